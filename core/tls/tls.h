/* tls.h -- the embedding API's internals (mdshm_tls_*): one context made in
 * the parent before fork, one worker (store, reader, cache) per process.
 *
 * A threaded host gives each thread a worker of its own
 * (mdshm_tls_attach_thread): the workers of one process share one store
 * (mdshm__tls_shared_t: LMDB allows one environment per process) and the
 * first worker's drive; each has its own reader, cache and counters.
 *
 * Files, bottom-up (each calls only files above it in this list):
 *   tls_cache.c     per-worker cache: SNI name -> MD -> parsed certificate
 *                   sets and their staples, keyed by the store's gen
 *                   (nothing parsed or copied while the gen is unchanged)
 *   tls_fallback.c  self-signed fallback certificate ("503 until issued")
 *   tls_hello.c     what the client asked for, read from an SSL in a
 *                   client_hello or certificate callback: SNI, signature
 *                   algorithms, ALPN acme-tls/1
 *   tls_select.c    the certificate set for a name and signature
 *                   algorithms (mdshm_tls_cert_select)
 *   tls_staple.c    the staple of a served certificate (cache, else store)
 *   tls_challenge.c the tls-alpn-01 certificate of a name
 *   tls_serve.c     one handshake's certificate on its SSL, from a host's
 *                   own callback (mdshm_tls_ssl_serve); connection state
 *   tls_hooks.c     the all-in-one: OpenSSL callbacks made of the pieces
 *                   above (mdshm_tls_ctx_setup)
 *   tls_leader.c    candidate + drive on a thread, or in a process of its own
 *   tls_ctx.c       mdshm_tls_init/free/attach/detach, worker counters
 *   tls_http01.c    http-01 lookup by request path
 */
#ifndef MDSHM_TLS_H
#define MDSHM_TLS_H

#include "internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

#include <openssl/ssl.h>
#include <openssl/x509.h>

/* Most names cached per worker (random SNI cannot grow it further: a full
 * table is emptied and refilled). */
#define MDSHM__TLS_MAX_NAMES 4096

/* The staple of one cached certificate, hung on its leaf X509 (ex_data,
 * freed with it).  A handshake holds a reference to the X509 it serves, so
 * the status callback reaches the staple with no store read and no
 * pointer into the cache that a refresh in between (another handshake of
 * an event loop) could free; a refresh updates it in place. */
typedef struct mdshm__tls_staple {
    uint8_t sha[32];       /* SHA-256 of the leaf DER: the ocsp record key */
    uint8_t *der;          /* malloc'ed copy; NULL: none */
    size_t len;
    int64_t next_update;   /* unix s: not stapled from then on */
    uint64_t gen;          /* gen of the ocsp record it was copied from */
    bool known;            /* the last refresh read the ocsp record: no der
                              means the store has none (at that gen) */
} mdshm__tls_staple_t;

/* One parsed certificate set. */
typedef struct mdshm__tls_set {
    char spec[24];
    uint64_t gen;          /* certset gen it was parsed from */
    X509 *leaf;
    STACK_OF(X509) *chain; /* without the leaf */
    EVP_PKEY *pkey;
    uint16_t sigalg;       /* TLS 1.3 ECDSA scheme of the key; 0 for RSA */
} mdshm__tls_set_t;

/* One MD as this worker knows it. */
typedef struct mdshm__tls_md {
    char *name;
    uint64_t checked_gen;  /* meta/gen when last checked against the store */
    size_t n_sets;
    mdshm__tls_set_t sets[MDSHM_MAX_LIST];
} mdshm__tls_md_t;

/* String -> pointer, open addressing; keys owned by the map. */
typedef struct mdshm__tls_map {
    size_t cap, n;         /* cap: power of two */
    char **keys;
    void **vals;
} mdshm__tls_map_t;

struct mdshm_tls {
    mdshm_config_t *cfg;   /* NULL: serve only (no drive possible) */
    char *store_dir;
    char *owner;           /* opts.owner copied; NULL: the euid */
    unsigned maxreaders;
    bool candidate;
    mdshm_drive_opts_t drive_opts;
    char *conf_path;       /* opts.conf_path (copy); NULL: not reloadable */
    mdshm_config_t **retired; /* configurations mdshm_tls_reload() */
    size_t n_retired;         /*   replaced: drives may still use them */
    X509 *fallback_cert;
    EVP_PKEY *fallback_key;
    pid_t pid;             /* of the process that made it */
};

typedef struct mdshm_tls_stats mdshm_tls_stats_t;

/* What the workers of one process share: its one store (LMDB: one
 * environment per process).  The mutex is taken only to open or close it
 * (attach, reattach, detach), never on a handshake; the last worker that
 * lets go closes it, the last reference frees the struct. */
typedef struct mdshm__tls_shared {
    atomic_uint refs;      /* workers pointing here */
    pthread_mutex_t mu;    /* guards st and users */
    mdshm_store_t *st;     /* NULL while not open */
    unsigned users;        /* workers with a reader on st */
} mdshm__tls_shared_t;

struct mdshm_tls_worker {
    mdshm_tls_t *t;
    mdshm__tls_shared_t *sh; /* the process's store, shared by its workers */
    bool per_thread;       /* from mdshm_tls_attach_thread: no drive */
    mdshm_store_t *st;     /* sh->st while this worker has its reader;
                              NULL, with rd, while the store cannot be
                              opened (mdshm_tls_attach_fallback) */
    mdshm_reader_t *rd;
    int attach_rv;         /* what the last attempt to open it gave */
    pid_t pid;
    uint64_t gen;          /* meta/gen the name map is valid for */
    bool gen_known;
    mdshm__tls_map_t names; /* name -> mdshm__tls_md_t* or NULL (unmanaged) */
    mdshm__tls_map_t mds;   /* md name -> mdshm__tls_md_t* */
    mdshm_record_t *rec;    /* scratch record (big: on the heap) */
    uint64_t n_handshakes, n_parses, n_refreshes, n_fallback, n_challenges,
        n_staples, n_staples_cached, n_staple_reads, n_staple_copies,
        n_errors;
    int64_t clock_skew_s;   /* tests: added to the clock (expiry) */
    /* the drive */
    mdshm_drive_t *drive;
    pthread_t thread;
    bool thread_running;
    int drive_rv;
};

/* tls_cache.c */
MDSHM_HIDDEN void mdshm__tls_map_free(mdshm__tls_map_t *m, bool free_vals);
MDSHM_HIDDEN void mdshm__tls_cache_free(mdshm_tls_worker_t *w);
/* Inside a read: the MD serving @name (lower case, no trailing dot), its
 * sets current for this read.  *out NULL: not a managed name. */
MDSHM_HIDDEN int mdshm__tls_cache_lookup(mdshm_tls_worker_t *w,
                                         const char *name, size_t len,
                                         mdshm__tls_md_t **out);

/* The store has no valid staple for @st (none, or expired): drop the
 * copy and remember that (no read until the next store change). */
MDSHM_HIDDEN void mdshm__tls_staple_none(mdshm__tls_staple_t *st);

/* Without a read (the store is unavailable): what the cache had for @name.
 * MDSHM_ENOTFOUND if nothing. */
MDSHM_HIDDEN int mdshm__tls_cache_peek(mdshm_tls_worker_t *w,
                                       const char *name, size_t len,
                                       mdshm__tls_md_t **out);

/* tls_fallback.c: a self-signed EC P-256 certificate (parent, before
 * fork). */
MDSHM_HIDDEN int mdshm__tls_fallback_make(X509 **cert, EVP_PKEY **key);

/* ex_data indexes (made once by mdshm_tls_init; tls_cache.c). */
MDSHM_HIDDEN int mdshm__tls_ssl_idx(void);
MDSHM_HIDDEN int mdshm__tls_x509_idx(void);
MDSHM_HIDDEN int mdshm__tls_indexes_init(void);

/* tls_hello.c */
/* The signature schemes a client accepts, in one of three forms: a host's
 * list, the big-endian pairs of the ClientHello's extension (no copy), or
 * the peer's list as OpenSSL parsed it (a certificate callback). */
typedef struct mdshm__tls_sigalgs {
    const uint16_t *list;
    const uint8_t *wire;
    SSL *peer;
    size_t n;
} mdshm__tls_sigalgs_t;

/* What one handshake asks for. */
typedef struct mdshm__tls_hello {
    char name[MDSHM_MAX_NAME_LEN + 1]; /* lower case, no trailing dot */
    size_t len;                        /* 0: no (usable) SNI */
    mdshm__tls_sigalgs_t sigalgs;
    bool acme;                         /* ALPN acme-tls/1 offered (client
                                          hello) or selected (cert cb) */
} mdshm__tls_hello_t;

/* @name as the cache keys it (lower case, one trailing dot dropped) into
 * @buf (MDSHM_MAX_NAME_LEN + 1); 0 if empty or too long. */
MDSHM_HIDDEN size_t mdshm__tls_name_norm(const char *name, size_t n,
                                         char *buf);
MDSHM_HIDDEN bool mdshm__tls_sigalgs_has(const mdshm__tls_sigalgs_t *s,
                                         uint16_t scheme);
/* Fill @h from @ssl, inside a client_hello callback (the extensions as
 * sent) or a certificate callback (as OpenSSL parsed them). */
MDSHM_HIDDEN void mdshm__tls_hello_read(SSL *ssl, mdshm__tls_hello_t *h);

/* tls_select.c: mdshm_tls_cert_select for a normalised name, without
 * counting a handshake. */
MDSHM_HIDDEN int mdshm__tls_select(mdshm_tls_worker_t *w, const char *name,
                                   size_t len,
                                   const mdshm__tls_sigalgs_t *sigalgs,
                                   mdshm_tls_cert_t *out);

/* tls_challenge.c: mdshm_tls_challenge_get for a normalised name. */
MDSHM_HIDDEN int mdshm__tls_challenge(mdshm_tls_worker_t *w,
                                      const char *name, X509 **cert,
                                      EVP_PKEY **pkey);

/* tls_hooks.c: the all-in-one's client_hello and OCSP status callbacks
 * (@arg: the worker); tests and benchmarks call them directly. */
MDSHM_HIDDEN int mdshm__tls_hello_cb(SSL *ssl, int *al, void *arg);
MDSHM_HIDDEN int mdshm__tls_status_cb(SSL *ssl, void *arg);

/* Unix seconds from the coarse clock, read from the vDSO (no system
 * call).  Inline: every file of the layer may use it. */
static inline int64_t mdshm__tls_now_s(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_REALTIME_COARSE, &ts);
    return (int64_t)ts.tv_sec;
}
/* The worker's clock: that plus its test skew. */
static inline int64_t mdshm__tls_worker_now(const mdshm_tls_worker_t *w)
{
    return mdshm__tls_now_s() + w->clock_skew_s;
}

#endif
