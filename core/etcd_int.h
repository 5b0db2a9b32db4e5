/* etcd_int.h -- what the etcd_*.c files share: the client's fields and
 * the one request function with endpoint failover. */
#ifndef MDSHM_ETCD_INT_H
#define MDSHM_ETCD_INT_H

#include "etcd.h"

#include <curl/curl.h>

struct mdshm__etcd {
    char *endpoints;  /* the option as given (for dup) */
    char *ep[MDSHM__ETCD_MAX_ENDPOINTS];
    size_t n_ep, cur; /* cur: the endpoint in use */
    char *ca_file, *cert_file, *key_file;
    char *user, *password_file, *password;
    char *token;      /* from /v3/auth/authenticate; NULL: none yet */
    unsigned connect_timeout_ms, timeout_ms;
    const mdshm__logger_t *logger;
    CURL *curl;
};

/* How a request may be retried on another member after a failure whose
 * effect is unknown (a timeout, a connection broken after sending). */
typedef enum {
    MDSHM__ETCD_WRITE,     /* not: the outcome is unknown, say so */
    MDSHM__ETCD_IDEMPOTENT /* yes: reads, keepalives, revokes */
} mdshm__etcd_kind_t;

/* POST @body to @path ("/v3/kv/put") on the endpoints, @op naming the
 * operation in messages.  On 0, *@out is the 200 answer's body (malloc'ed,
 * NUL-terminated).  Authenticates first when a user is set, again once on
 * an invalid token; moves to the next endpoint on a connection error or
 * "no leader".  @hasleader: send Grpc-Metadata-hasleader (fail fast
 * without quorum); not for serializable reads. */
MDSHM_HIDDEN int mdshm__etcd_call(mdshm__etcd_t *c, const char *op,
                                  const char *path, const char *body,
                                  mdshm__etcd_kind_t kind, bool hasleader,
                                  char **out, size_t *out_len);

/* The common options of an easy handle for endpoint @ep (TLS files,
 * timeouts, HTTP/1.1, close-on-exec sockets) and its header list
 * (Content-Type, Authorization, hasleader).  @timeout_ms 0: none. */
MDSHM_HIDDEN int mdshm__etcd_setup(mdshm__etcd_t *c, CURL *h, const char *url,
                                   unsigned timeout_ms, bool hasleader,
                                   struct curl_slist **headers);

/* Get a token when a user is set and there is none. */
MDSHM_HIDDEN int mdshm__etcd_auth(mdshm__etcd_t *c);

/* Move to the next endpoint. */
MDSHM_HIDDEN void mdshm__etcd_next_endpoint(mdshm__etcd_t *c);

#endif
