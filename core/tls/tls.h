/* tls.h -- the embedding API's internals (mdshm_tls_*): one context made in
 * the parent before fork, one worker (store, reader, cache) per process.
 *
 * Files:
 *   tls_ctx.c      mdshm_tls_init/free/attach/detach, SSL_CTX setup
 *   tls_cache.c    per-worker cache: SNI name -> MD -> parsed certificate
 *                  sets and their staples, keyed by the store's gen
 *                  (nothing parsed or copied while the gen is unchanged)
 *   tls_hello.c    client_hello callback: SNI, signature_algorithms (ECDSA
 *                  or RSA), ALPN acme-tls/1; ALPN select callback
 *   tls_staple.c   OCSP status callback (staple from the cache, else the
 *                  store)
 *   tls_fallback.c self-signed fallback certificate ("503 until issued")
 *   tls_leader.c   candidate + drive on a thread, or in a process of its own
 *   tls_http01.c   http-01 lookup by request path
 */
#ifndef MDSHM_TLS_H
#define MDSHM_TLS_H

#include "internal.h"

#include <pthread.h>

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

struct mdshm_tls_worker {
    mdshm_tls_t *t;
    mdshm_store_t *st;     /* NULL, with rd, while the store cannot be
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

/* tls_hello.c */
MDSHM_HIDDEN int mdshm__tls_hello_cb(SSL *ssl, int *al, void *arg);
MDSHM_HIDDEN int mdshm__tls_alpn_cb(SSL *ssl, const unsigned char **out,
                                    unsigned char *outlen,
                                    const unsigned char *in,
                                    unsigned int inlen, void *arg);
/* ex_data indexes (made once by mdshm_tls_init). */
MDSHM_HIDDEN int mdshm__tls_ssl_idx(void);
MDSHM_HIDDEN int mdshm__tls_x509_idx(void);
MDSHM_HIDDEN int mdshm__tls_indexes_init(void);

/* tls_staple.c */
MDSHM_HIDDEN int mdshm__tls_status_cb(SSL *ssl, void *arg);

/* Unix seconds from the vDSO clock (no system call). */
MDSHM_HIDDEN int64_t mdshm__tls_now_s(void);
/* The worker's clock: that plus its test skew. */
static inline int64_t mdshm__tls_worker_now(const mdshm_tls_worker_t *w)
{
    return mdshm__tls_now_s() + w->clock_skew_s;
}

#endif
