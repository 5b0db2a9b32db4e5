/* etcd.h -- a client for etcd's v3 JSON gateway (libcurl + jansson, no
 * gRPC), internal: the transport of cluster mode (docs/cluster.md, "The
 * etcd client").
 *
 * The gateway takes POST /v3/... with JSON bodies: keys and values in
 * standard base64, int64s as strings, and it omits every field that has its
 * default value (a missing "succeeded" is false, a missing "TTL" is 0).
 * The facts this relies on were measured on etcd 3.4.23 (see
 * ../shared/reference/ETCD-NOTES.md in the workspace, docs/cluster.md).
 *
 * A client holds a list of endpoints (members) and talks to one at a time;
 * when a connection cannot be made it moves to the next one.  Every request
 * is bounded by a connect timeout and a request timeout.  A client is used
 * by one thread at a time (one CURL easy handle, reused connections).
 *
 * Errors (every failure is logged once, naming the endpoint and the
 * operation):
 *   MDSHM__ETCD_ECONN       no endpoint could be connected to
 *   MDSHM__ETCD_ETIMEDOUT   no answer in time: for a write (put, delete,
 *                           txn) the outcome is UNKNOWN: read it back
 *   MDSHM__ETCD_ENOLEADER   the cluster has no leader (quorum lost); the
 *                           request was refused before anything was done
 *   MDSHM__ETCD_ECOMPACTED  the revision asked for has been compacted
 *   MDSHM__ETCD_EAUTH       authentication failed or permission denied
 *   MDSHM_ENOTFOUND         no such key (get) or lease
 *   MDSHM_EFENCED           a fenced txn was refused (cluster_elect.h)
 *   MDSHM_EPERM             the password file is not 0600 or not ours
 *   MDSHM_ETOOBIG           over etcd's limits (1.5 MiB, 128 operations)
 *   -EPROTO                 any other error answer, or a malformed one
 *   -EINVAL, -ENOMEM
 */
#ifndef MDSHM_ETCD_H
#define MDSHM_ETCD_H

#include "internal.h"

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>

#define MDSHM__ETCD_ECONN (-ECONNREFUSED)
#define MDSHM__ETCD_ETIMEDOUT (-ETIMEDOUT)
#define MDSHM__ETCD_ENOLEADER (-EAGAIN)
#define MDSHM__ETCD_ECOMPACTED (-ESTALE)
#define MDSHM__ETCD_EAUTH (-EACCES)

/* etcd's own limits (3.4 defaults): operations per txn branch, and bytes
 * per request (we count keys and values, and keep a margin for the rest). */
#ifndef MDSHM__ETCD_MAX_TXN_OPS /* also in cluster.h/etcd.h */
#define MDSHM__ETCD_MAX_TXN_OPS 128
#endif
#define MDSHM__ETCD_MAX_REQUEST_BYTES (3u << 19) /* 1.5 MiB */
#define MDSHM__ETCD_MAX_ENDPOINTS 16

/* A short text for an error code: the etcd meanings of the codes above
 * ("no leader (quorum lost)", ...), else mdshm_strerror().  Static. */
MDSHM_HIDDEN const char *mdshm__etcd_strerror(int err);
/* A stable short name: "connection-failed", "timed-out", "no-leader",
 * "compacted", "auth", "not-found", "fenced", "too-big", "error". */
MDSHM_HIDDEN const char *mdshm__etcd_err_name(int err);

typedef struct mdshm__etcd_opts {
    /* Members' client URLs separated by commas or blanks, e.g.
     * "http://127.0.0.1:2379,http://127.0.0.1:22379"; https:// with TLS. */
    const char *endpoints;
    const char *ca_file;       /* trust for https endpoints; NULL: system */
    const char *cert_file;     /* client certificate (no CN: see docs) */
    const char *key_file;      /* its key */
    const char *user;          /* authentication; NULL: none */
    const char *password_file; /* with user: 0600, owned by us */
    unsigned connect_timeout_ms; /* 0: 1000 */
    unsigned timeout_ms;         /* each request; 0: 5000 */
    const mdshm__logger_t *logger; /* NULL: the default sink */
} mdshm__etcd_opts_t;

typedef struct mdshm__etcd mdshm__etcd_t;

/* Make a client (no connection yet; the password file is read here).
 * @return 0, -EINVAL (no endpoint, bad URL), MDSHM_EPERM, -ENOMEM, -errno
 *   (password file). */
MDSHM_HIDDEN int mdshm__etcd_create(const mdshm__etcd_opts_t *opts,
                                    mdshm__etcd_t **out);
MDSHM_HIDDEN void mdshm__etcd_destroy(mdshm__etcd_t *c);
/* A second client with the same options (one per thread). */
MDSHM_HIDDEN int mdshm__etcd_dup(const mdshm__etcd_t *c, mdshm__etcd_t **out);
/* The endpoint in use (for messages and status). */
MDSHM_HIDDEN const char *mdshm__etcd_endpoint(const mdshm__etcd_t *c);
/* The options' logger (never NULL). */
MDSHM_HIDDEN const mdshm__logger_t *mdshm__etcd_logger(const mdshm__etcd_t *c);

/* ---- key-values ------------------------------------------------------ */

/* Keys and values are bytes; the parser adds a NUL after each (not
 * counted), so text can be used as a C string. */
typedef struct mdshm__etcd_kv {
    uint8_t *key;
    size_t key_len;
    uint8_t *value;
    size_t value_len;
    int64_t create_revision, mod_revision, version;
    uint64_t lease;
} mdshm__etcd_kv_t;

typedef struct mdshm__etcd_range_resp {
    int64_t revision; /* the store's revision when answered */
    int64_t count;    /* keys in the range (all pages) */
    bool more;        /* the limit cut the answer */
    size_t n;
    mdshm__etcd_kv_t *kvs;
} mdshm__etcd_range_resp_t;

MDSHM_HIDDEN void mdshm__etcd_kv_clear(mdshm__etcd_kv_t *kv);
MDSHM_HIDDEN void mdshm__etcd_range_resp_clear(mdshm__etcd_range_resp_t *r);

typedef struct mdshm__etcd_range_req {
    const void *key;
    size_t key_len;
    const void *range_end; /* NULL: the key alone */
    size_t range_end_len;
    int64_t limit;         /* 0: no limit */
    int64_t revision;      /* 0: the latest */
    int64_t min_mod_revision; /* 0: any; else only keys modified at or
                                 after it (etcd filters after counting:
                                 use kvs/n, not count, nor count_only) */
    bool keys_only;
    bool count_only;
    bool serializable;     /* answered by the member alone (may be stale;
                              works without a leader) */
} mdshm__etcd_range_req_t;

/* The range_end covering every key that starts with @prefix: the prefix
 * with its last byte below 0xff incremented (malloc'ed, NUL after it).
 * @return 0, -EINVAL (empty or all 0xff), -ENOMEM. */
MDSHM_HIDDEN int mdshm__etcd_prefix_end(const void *prefix, size_t len,
                                        uint8_t **end, size_t *end_len);

/* Put; @lease 0: none.  @revision (may be NULL): the put's revision. */
MDSHM_HIDDEN int mdshm__etcd_put(mdshm__etcd_t *c, const void *key,
                                 size_t key_len, const void *value,
                                 size_t value_len, uint64_t lease,
                                 int64_t *revision);
/* One range request.  @resp cleared first, filled on success. */
MDSHM_HIDDEN int mdshm__etcd_range(mdshm__etcd_t *c,
                                   const mdshm__etcd_range_req_t *req,
                                   mdshm__etcd_range_resp_t *resp);
/* One range request over every key that starts with @prefix: @req gives
 * the other fields (limit, count_only, ...); its key and range_end are
 * set here. */
MDSHM_HIDDEN int mdshm__etcd_range_prefix(mdshm__etcd_t *c, const char *prefix,
                                          const mdshm__etcd_range_req_t *req,
                                          mdshm__etcd_range_resp_t *resp);
/* One key: MDSHM_ENOTFOUND if absent. @kv owned by the caller (clear). */
MDSHM_HIDDEN int mdshm__etcd_get(mdshm__etcd_t *c, const void *key,
                                 size_t key_len, mdshm__etcd_kv_t *kv,
                                 int64_t *revision);

/* A range read page by page (@page keys each, 0: 1000), every page pinned
 * at the revision of the first (*@revision: 0 on entry for the latest, or
 * a revision to read at; on return the one read at).  @fn gets each page's
 * key-values (borrowed, valid during the call); a nonzero return stops and
 * is returned.  MDSHM__ETCD_ECOMPACTED if the revision got compacted
 * meanwhile: start again. */
typedef int mdshm__etcd_page_fn(void *baton, const mdshm__etcd_kv_t *kvs,
                                size_t n);
MDSHM_HIDDEN int mdshm__etcd_range_pages(mdshm__etcd_t *c, const void *key,
                                         size_t key_len, const void *end,
                                         size_t end_len, int64_t page,
                                         int64_t *revision,
                                         mdshm__etcd_page_fn *fn,
                                         void *baton);

/* Delete a key (@end NULL) or a range.  @deleted, @revision may be NULL. */
MDSHM_HIDDEN int mdshm__etcd_delete(mdshm__etcd_t *c, const void *key,
                                    size_t key_len, const void *end,
                                    size_t end_len, int64_t *deleted,
                                    int64_t *revision);

/* Compact the history up to @revision (physical: wait until done). */
MDSHM_HIDDEN int mdshm__etcd_compact(mdshm__etcd_t *c, int64_t revision);

/* ---- transactions ---------------------------------------------------- */

typedef enum {
    MDSHM__ETCD_CMP_CREATE,  /* create_revision (0: absent) */
    MDSHM__ETCD_CMP_MOD,     /* mod_revision */
    MDSHM__ETCD_CMP_VERSION, /* version */
    MDSHM__ETCD_CMP_VALUE,   /* value bytes */
    MDSHM__ETCD_CMP_LEASE    /* lease id */
} mdshm__etcd_cmp_target_t;

typedef enum {
    MDSHM__ETCD_EQUAL,
    MDSHM__ETCD_NOT_EQUAL,
    MDSHM__ETCD_GREATER,
    MDSHM__ETCD_LESS
} mdshm__etcd_cmp_result_t;

typedef struct mdshm__etcd_cmp {
    mdshm__etcd_cmp_target_t target;
    mdshm__etcd_cmp_result_t result;
    const void *key;
    size_t key_len;
    int64_t number;     /* CREATE, MOD, VERSION */
    uint64_t lease;     /* LEASE */
    const void *value;  /* VALUE */
    size_t value_len;
} mdshm__etcd_cmp_t;

typedef enum {
    MDSHM__ETCD_OP_PUT,
    MDSHM__ETCD_OP_DELETE,
    MDSHM__ETCD_OP_RANGE
} mdshm__etcd_op_type_t;

typedef struct mdshm__etcd_op {
    mdshm__etcd_op_type_t type;
    const void *key;
    size_t key_len;
    const void *value;     /* PUT */
    size_t value_len;
    uint64_t lease;        /* PUT; 0: none */
    const void *range_end; /* DELETE, RANGE; NULL: the key alone */
    size_t range_end_len;
} mdshm__etcd_op_t;

typedef struct mdshm__etcd_txn {
    const mdshm__etcd_cmp_t *cmp;
    size_t n_cmp;
    const mdshm__etcd_op_t *success;
    size_t n_success;
    const mdshm__etcd_op_t *failure;
    size_t n_failure;
} mdshm__etcd_txn_t;

typedef struct mdshm__etcd_txn_resp {
    bool succeeded;   /* false when the answer has no "succeeded" */
    int64_t revision; /* the header's: of the writes when succeeded */
    size_t n;         /* one per operation of the branch taken */
    mdshm__etcd_range_resp_t *ranges; /* kvs of RANGE ops; empty others */
} mdshm__etcd_txn_resp_t;

MDSHM_HIDDEN void mdshm__etcd_txn_resp_clear(mdshm__etcd_txn_resp_t *r);

/* Run a txn.  Each list at most MDSHM__ETCD_MAX_TXN_OPS (MDSHM_ETOOBIG).
 * A txn that took the failure branch is a success here (succeeded false).
 * Timed out: the outcome is unknown. */
MDSHM_HIDDEN int mdshm__etcd_txn(mdshm__etcd_t *c, const mdshm__etcd_txn_t *t,
                                 mdshm__etcd_txn_resp_t *resp);

/* ---- leases ---------------------------------------------------------- */

/* Grant a lease of @ttl_s seconds (etcd raises anything below 2). */
MDSHM_HIDDEN int mdshm__etcd_lease_grant(mdshm__etcd_t *c, int64_t ttl_s,
                                         uint64_t *id, int64_t *granted_ttl);
/* One keepalive (a single POST).  @return 0 with *@ttl the renewed TTL;
 * MDSHM_ENOTFOUND when the answer has no TTL: the lease is gone. */
MDSHM_HIDDEN int mdshm__etcd_lease_keepalive(mdshm__etcd_t *c, uint64_t id,
                                             int64_t *ttl);
/* Revoke (its keys are deleted).  MDSHM_ENOTFOUND: it was gone already. */
MDSHM_HIDDEN int mdshm__etcd_lease_revoke(mdshm__etcd_t *c, uint64_t id);
/* The seconds left of lease @id (*@ttl) and its granted TTL (status).
 * MDSHM_ENOTFOUND: it expired or never was. */
MDSHM_HIDDEN int mdshm__etcd_lease_ttl(mdshm__etcd_t *c, uint64_t id,
                                       int64_t *ttl, int64_t *granted);

/* ---- watch ----------------------------------------------------------- */

typedef enum {
    MDSHM__ETCD_EV_PUT,
    MDSHM__ETCD_EV_DELETE
} mdshm__etcd_ev_type_t;

typedef struct mdshm__etcd_event {
    mdshm__etcd_ev_type_t type;
    mdshm__etcd_kv_t kv;      /* a DELETE has the key and mod_revision */
    bool has_prev;
    mdshm__etcd_kv_t prev_kv; /* with prev_kv asked for, when it existed */
} mdshm__etcd_event_t;

typedef enum {
    MDSHM__ETCD_WATCH_CREATED,
    MDSHM__ETCD_WATCH_EVENTS,
    MDSHM__ETCD_WATCH_PROGRESS, /* no events: everything up to revision */
    MDSHM__ETCD_WATCH_CANCELED, /* compact_revision > 0: compacted */
    MDSHM__ETCD_WATCH_ERROR     /* an in-band error (err, reason) */
} mdshm__etcd_watch_kind_t;

typedef struct mdshm__etcd_watch_msg {
    mdshm__etcd_watch_kind_t kind;
    int64_t revision;         /* the header's */
    int64_t watch_id;
    int64_t compact_revision; /* CANCELED by compaction: the oldest
                                 revision still available */
    int err;                  /* CANCELED, ERROR: an error code */
    char reason[256];         /* CANCELED, ERROR: the server's text */
    size_t n_events;
    mdshm__etcd_event_t *events;
} mdshm__etcd_watch_msg_t;

MDSHM_HIDDEN void mdshm__etcd_watch_msg_clear(mdshm__etcd_watch_msg_t *m);

/* Parse one line of a watch stream ({"result":...} or {"error":...}).
 * @return 0, -EPROTO (not JSON or not a watch answer), -ENOMEM. */
MDSHM_HIDDEN int mdshm__etcd_watch_parse(const char *line, size_t len,
                                         mdshm__etcd_watch_msg_t *out);

/* Splits a byte stream into lines on '\n' (chunk boundaries mean
 * nothing).  A line longer than @max is an error (-EMSGSIZE). */
typedef struct mdshm__etcd_lines {
    char *buf;
    size_t len, cap, max;
    size_t scanned; /* bytes of buf known to hold no '\n' */
} mdshm__etcd_lines_t;

MDSHM_HIDDEN void mdshm__etcd_lines_init(mdshm__etcd_lines_t *l, size_t max);
MDSHM_HIDDEN void mdshm__etcd_lines_free(mdshm__etcd_lines_t *l);
/* @return 0, -EMSGSIZE (no '\n' within max bytes), -ENOMEM. */
MDSHM_HIDDEN int mdshm__etcd_lines_feed(mdshm__etcd_lines_t *l,
                                        const void *p, size_t n);
/* The next complete line into malloc'ed @line (NUL-terminated, without
 * '\n'; a '\r' before it is dropped; empty lines are skipped).
 * @return 1 (a line), 0 (none complete yet), -ENOMEM. */
MDSHM_HIDDEN int mdshm__etcd_lines_next(mdshm__etcd_lines_t *l, char **line,
                                        size_t *len);

typedef struct mdshm__etcd_watch mdshm__etcd_watch_t;

/* Open a watch on @key (or [key, end)) from @start_revision (0: now),
 * with prev_kv and progress notifications, asking that the member has a
 * leader.  @progress: ask for one progress notification right away (it
 * follows "created").  The request is sent whole: etcd 3.4's gateway is
 * not full duplex over HTTP/1.1, nothing more can be sent on the stream;
 * periodic progress comes from the server (progress_notify and etcd's
 * --experimental-watch-progress-notify-interval), or from a new watch
 * with @progress.  Waits for "created" (connection errors move to the
 * next endpoint).  The watch has its own connection; @c (its options,
 * endpoints and token) must outlive it and may be used meanwhile by the
 * same thread.
 * @return 0, the error codes above.  A start revision already compacted
 *   gives "created" then a CANCELED message with compact_revision (from
 *   watch_next), or MDSHM__ETCD_ECOMPACTED here (and *@compact_revision,
 *   if not NULL) when the cancel comes first. */
MDSHM_HIDDEN int mdshm__etcd_watch_open(mdshm__etcd_t *c, const void *key,
                                        size_t key_len, const void *end,
                                        size_t end_len,
                                        int64_t start_revision, bool progress,
                                        int64_t *compact_revision,
                                        mdshm__etcd_watch_t **out);
/* Wait up to @timeout_ms for the next message.  @return 1 (@msg filled;
 * clear it), 0 (nothing in time), -ECONNRESET (the stream broke: open a
 * new watch from the last revision + 1), -ENOMEM.  After a CANCELED or
 * ERROR message the stream is closed: every later call gives -ECONNRESET. */
MDSHM_HIDDEN int mdshm__etcd_watch_next(mdshm__etcd_watch_t *w,
                                        int timeout_ms,
                                        mdshm__etcd_watch_msg_t *msg);
/* The endpoint the watch uses. */
MDSHM_HIDDEN const char *mdshm__etcd_watch_endpoint(
    const mdshm__etcd_watch_t *w);
MDSHM_HIDDEN void mdshm__etcd_watch_close(mdshm__etcd_watch_t *w);

/* ---- JSON pieces (etcd_json.c; exposed for the unit tests) ----------- */

/* Standard base64 (with padding), malloc'ed NUL-terminated. */
MDSHM_HIDDEN int mdshm__etcd_b64_encode(const void *p, size_t n, char **out);
/* Decode standard base64 into malloc'ed @out (NUL after it).
 * @return 0, MDSHM_EBADINPUT, -ENOMEM. */
MDSHM_HIDDEN int mdshm__etcd_b64_decode(const char *s, size_t len,
                                        uint8_t **out, size_t *outlen);
/* An int64 as the gateway sends it: a string of digits, or a JSON integer;
 * absent is 0.  @return 0 or -EPROTO. */
MDSHM_HIDDEN int mdshm__etcd_json_i64(const void *obj, const char *name,
                                      int64_t *out);
MDSHM_HIDDEN int mdshm__etcd_json_u64(const void *obj, const char *name,
                                      uint64_t *out);
/* A kv object into @kv.  @return 0, -EPROTO, -ENOMEM. */
MDSHM_HIDDEN int mdshm__etcd_json_kv(const void *obj, mdshm__etcd_kv_t *kv);
/* The JSON body of a txn request (malloc'ed text).
 * @return 0, MDSHM_ETOOBIG, -EINVAL, -ENOMEM. */
MDSHM_HIDDEN int mdshm__etcd_txn_json(const mdshm__etcd_txn_t *t,
                                      char **out);
/* Parse a txn answer body.  @return 0, -EPROTO, -ENOMEM. */
MDSHM_HIDDEN int mdshm__etcd_txn_parse(const char *body, size_t len,
                                       mdshm__etcd_txn_resp_t *resp);
/* Parse a range answer body.  @return 0, -EPROTO, -ENOMEM. */
MDSHM_HIDDEN int mdshm__etcd_range_parse(const char *body, size_t len,
                                         mdshm__etcd_range_resp_t *resp);
/* Map an error answer (HTTP @status, body {"error","code","message"}) to
 * an error code, copying the message into @msg (may be NULL). */
MDSHM_HIDDEN int mdshm__etcd_error_parse(long status, const char *body,
                                         size_t len, char *msg,
                                         size_t msg_size);

#endif
