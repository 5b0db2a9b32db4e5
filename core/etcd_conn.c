/* etcd_conn.c -- the etcd client's connection side: endpoints, TLS files,
 * the password file, authentication, and one request with failover.
 *
 * Failover rule: a request moves to the next member when nothing can have
 * happened on the first (no connection, or an answer "no leader", which
 * etcd gives before proposing anything).  After a timeout or a connection
 * broken mid-request, a read moves on too, but a write stops with
 * MDSHM__ETCD_ETIMEDOUT: its outcome is unknown, only the caller can read
 * it back (the next request starts on the next member). */
#include "etcd_int.h"

#include <fcntl.h>
#include <jansson.h>
#include <openssl/crypto.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define BODY_MAX (256u << 20) /* a range page of large values */
#define PASSWORD_MAX 4096

static pthread_once_t global_once = PTHREAD_ONCE_INIT;
static CURLcode global_rc = CURLE_OK;

static void global_init(void)
{
    global_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

#define LOG(c, level, err, ...) MDSHM__LOG((c)->logger, level, err, __VA_ARGS__)

const char *mdshm__etcd_endpoint(const mdshm__etcd_t *c)
{
    return c->ep[c->cur];
}

const mdshm__logger_t *mdshm__etcd_logger(const mdshm__etcd_t *c)
{
    return c->logger ? c->logger : mdshm__default_logger();
}

void mdshm__etcd_next_endpoint(mdshm__etcd_t *c)
{
    c->cur = (c->cur + 1) % c->n_ep;
}

static int split_endpoints(mdshm__etcd_t *c, const char *list)
{
    const char *p = list;

    while (*p) {
        size_t n = strcspn(p, ", \t\n");
        if (n) {
            char *ep;
            if (c->n_ep == MDSHM__ETCD_MAX_ENDPOINTS) {
                LOG(c, MDSHM_LOG_ERR, -EINVAL,
                    "etcd: more than %d endpoints in \"%s\"",
                    MDSHM__ETCD_MAX_ENDPOINTS, list);
                return -EINVAL;
            }
            size_t len = n;
            if (!(ep = strndup(p, n)))
                return -ENOMEM;
            c->ep[c->n_ep++] = ep;
            while (len > 1 && ep[len - 1] == '/')
                ep[--len] = 0;
            if (strncmp(ep, "http://", 7) && strncmp(ep, "https://", 8)) {
                LOG(c, MDSHM_LOG_ERR, -EINVAL,
                    "etcd: endpoint %s is not an http:// or https:// URL", ep);
                return -EINVAL;
            }
        }
        p += n;
        p += strspn(p, ", \t\n");
    }
    if (!c->n_ep) {
        LOG(c, MDSHM_LOG_ERR, -EINVAL, "etcd: no endpoint given");
        return -EINVAL;
    }
    return 0;
}

/* The password file must be ours and private: a password others can read
 * is one anybody on the host can use against the whole cluster. */
static int read_password(mdshm__etcd_t *c)
{
    struct stat sb;
    uint8_t *buf = NULL;
    size_t len;
    int fd, rv;

    fd = open(c->password_file, O_RDONLY | O_NOFOLLOW | O_CLOEXEC |
                                    O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        rv = errno == ELOOP ? MDSHM_EPERM : -errno;
        LOG(c, MDSHM_LOG_ERR, rv, "etcd: password file %s: cannot open%s",
            c->password_file,
            rv == MDSHM_EPERM ? " (a symbolic link is refused)" : "");
        return rv;
    }
    if (fstat(fd, &sb) < 0) {
        rv = -errno;
        goto out;
    }
    if (!S_ISREG(sb.st_mode) || sb.st_uid != geteuid() ||
        (sb.st_mode & 077)) {
        rv = MDSHM_EPERM;
        LOG(c, MDSHM_LOG_ERR, rv,
            "etcd: password file %s must be a regular file of mode 0600 "
            "owned by uid %ld (it is mode %04o, uid %ld): chmod 600 / chown it",
            c->password_file, (long)geteuid(), (unsigned)(sb.st_mode & 07777),
            (long)sb.st_uid);
        goto out;
    }
    if (sb.st_size > PASSWORD_MAX) {
        rv = MDSHM_ETOOBIG;
        LOG(c, MDSHM_LOG_ERR, rv, "etcd: password file %s is over %d bytes",
            c->password_file, PASSWORD_MAX);
        goto out;
    }
    rv = mdshm__read_fd(fd, (size_t)sb.st_size, true, &buf, &len);
    if (rv < 0)
        goto out;
    while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
        buf[--len] = 0;
    if (!len || memchr(buf, 0, len)) {
        rv = MDSHM_EBADINPUT;
        LOG(c, MDSHM_LOG_ERR, rv, "etcd: password file %s: empty or binary",
            c->password_file);
        OPENSSL_cleanse(buf, len);
        free(buf);
        goto out;
    }
    c->password = (char *)buf;
out:
    close(fd);
    return rv;
}

static int dup_opt(const char *in, char **out)
{
    *out = NULL;
    if (!in || !*in)
        return 0;
    return (*out = strdup(in)) ? 0 : -ENOMEM;
}

int mdshm__etcd_create(const mdshm__etcd_opts_t *opts, mdshm__etcd_t **out)
{
    mdshm__etcd_t *c;
    int rv;

    if (!opts || !out)
        return -EINVAL;
    *out = NULL;
    pthread_once(&global_once, global_init);
    if (global_rc != CURLE_OK)
        return -EIO;
    if (!(c = calloc(1, sizeof(*c))))
        return -ENOMEM;
    c->logger = opts->logger;
    c->connect_timeout_ms = opts->connect_timeout_ms ? opts->connect_timeout_ms
                                                     : 1000;
    c->timeout_ms = opts->timeout_ms ? opts->timeout_ms : 5000;
    if (!opts->endpoints) {
        rv = -EINVAL;
        LOG(c, MDSHM_LOG_ERR, rv, "etcd: no endpoint given");
        goto out;
    }
    rv = dup_opt(opts->endpoints, &c->endpoints);
    if (rv == 0)
        rv = dup_opt(opts->ca_file, &c->ca_file);
    if (rv == 0)
        rv = dup_opt(opts->cert_file, &c->cert_file);
    if (rv == 0)
        rv = dup_opt(opts->key_file, &c->key_file);
    if (rv == 0)
        rv = dup_opt(opts->user, &c->user);
    if (rv == 0)
        rv = dup_opt(opts->password_file, &c->password_file);
    if (rv < 0)
        goto out;
    rv = split_endpoints(c, opts->endpoints);
    if (rv < 0)
        goto out;
    if (!c->cert_file != !c->key_file || (c->user && !c->password_file)) {
        rv = -EINVAL;
        LOG(c, MDSHM_LOG_ERR, rv, "etcd: %s",
            c->user ? "a user needs a password file"
                    : "a client certificate needs its key file and the "
                      "reverse");
        goto out;
    }
    if (c->user) {
        rv = read_password(c);
        if (rv < 0)
            goto out;
    }
    if (!(c->curl = curl_easy_init()))
        rv = -ENOMEM;
out:
    if (rv < 0)
        mdshm__etcd_destroy(c);
    else
        *out = c;
    return rv;
}

int mdshm__etcd_dup(const mdshm__etcd_t *c, mdshm__etcd_t **out)
{
    mdshm__etcd_opts_t o = {
        .endpoints = c->endpoints,
        .ca_file = c->ca_file,
        .cert_file = c->cert_file,
        .key_file = c->key_file,
        .user = c->user,
        .password_file = c->password_file,
        .connect_timeout_ms = c->connect_timeout_ms,
        .timeout_ms = c->timeout_ms,
        .logger = c->logger,
    };
    int rv = mdshm__etcd_create(&o, out);

    if (rv == 0)
        (*out)->cur = c->cur;
    return rv;
}

static void free_secret(char *s)
{
    if (s) {
        OPENSSL_cleanse(s, strlen(s));
        free(s);
    }
}

void mdshm__etcd_destroy(mdshm__etcd_t *c)
{
    if (!c)
        return;
    if (c->curl)
        curl_easy_cleanup(c->curl);
    for (size_t i = 0; i < c->n_ep; i++)
        free(c->ep[i]);
    free(c->endpoints);
    free(c->ca_file);
    free(c->cert_file);
    free(c->key_file);
    free(c->user);
    free(c->password_file);
    free_secret(c->password);
    free_secret(c->token);
    free(c);
}

/* ---- one exchange ---------------------------------------------------- */

typedef struct body {
    char *p;
    size_t len, cap;
    bool too_big;
} body_t;

static size_t on_body(char *data, size_t size, size_t nmemb, void *baton)
{
    body_t *b = baton;
    size_t n = size * nmemb;
    int rv = mdshm__buf_append(&b->p, &b->len, &b->cap, 1024, BODY_MAX,
                               data, n);

    if (rv == MDSHM_ETOOBIG)
        b->too_big = true;
    return rv < 0 ? 0 : n;
}

static curl_socket_t open_socket(void *baton, curlsocktype purpose,
                                 struct curl_sockaddr *a)
{
    (void)baton;
    (void)purpose;
    return socket(a->family, a->socktype | SOCK_CLOEXEC, a->protocol);
}

static int append(struct curl_slist **list, const char *h)
{
    struct curl_slist *t = curl_slist_append(*list, h);

    if (!t)
        return -ENOMEM;
    *list = t;
    return 0;
}

int mdshm__etcd_setup(mdshm__etcd_t *c, CURL *h, const char *url,
                      unsigned timeout_ms, bool hasleader,
                      struct curl_slist **headers)
{
    char auth[4096];
    int rv = 0;

    *headers = NULL;
    curl_easy_reset(h); /* keeps the connection cache */
    if (curl_easy_setopt(h, CURLOPT_URL, url) ||
        curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L) ||
        curl_easy_setopt(h, CURLOPT_OPENSOCKETFUNCTION, open_socket) ||
        curl_easy_setopt(h, CURLOPT_PROXY, "") ||
        curl_easy_setopt(h, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_1_1) ||
        curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS,
                         (long)c->connect_timeout_ms) ||
        curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, (long)timeout_ms) ||
        curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L) ||
        curl_easy_setopt(h, CURLOPT_POST, 1L) ||
        (c->ca_file && curl_easy_setopt(h, CURLOPT_CAINFO, c->ca_file)) ||
        (c->cert_file && curl_easy_setopt(h, CURLOPT_SSLCERT, c->cert_file)) ||
        (c->key_file && curl_easy_setopt(h, CURLOPT_SSLKEY, c->key_file)))
        return -EINVAL;
    /* No "Expect: 100-continue" round trip. */
    rv = append(headers, "Expect:");
    if (rv == 0)
        rv = append(headers, "Content-Type: application/json");
    if (rv == 0 && hasleader)
        rv = append(headers, "Grpc-Metadata-hasleader: true");
    if (rv == 0 && c->token) {
        /* etcd wants the bare token: "Bearer" is refused (401) */
        snprintf(auth, sizeof(auth), "Authorization: %s", c->token);
        rv = append(headers, auth);
        OPENSSL_cleanse(auth, sizeof(auth));
    }
    if (rv == 0 && curl_easy_setopt(h, CURLOPT_HTTPHEADER, *headers))
        rv = -EINVAL;
    if (rv < 0) {
        curl_slist_free_all(*headers);
        *headers = NULL;
    }
    return rv;
}

typedef enum {
    SENT_NOTHING, /* nothing reached the member: try another */
    SENT_UNKNOWN, /* it may have acted: timed out or broken */
    ANSWERED
} outcome_t;

/* One POST to the current endpoint. */
static int exchange(mdshm__etcd_t *c, const char *path, const char *req,
                    bool hasleader, long *status, body_t *b,
                    outcome_t *outcome, char *errbuf)
{
    struct curl_slist *headers = NULL;
    char url[1024];
    curl_off_t pre = 0;
    CURLcode cc;
    int rv;

    *outcome = SENT_NOTHING;
    *status = 0;
    errbuf[0] = 0;
    snprintf(url, sizeof(url), "%s%s", c->ep[c->cur], path);
    rv = mdshm__etcd_setup(c, c->curl, url, c->timeout_ms, hasleader,
                           &headers);
    if (rv < 0)
        return rv;
    if (curl_easy_setopt(c->curl, CURLOPT_POSTFIELDS, req) ||
        curl_easy_setopt(c->curl, CURLOPT_WRITEFUNCTION, on_body) ||
        curl_easy_setopt(c->curl, CURLOPT_WRITEDATA, b) ||
        curl_easy_setopt(c->curl, CURLOPT_ERRORBUFFER, errbuf)) {
        rv = -EINVAL;
        goto out;
    }
    cc = curl_easy_perform(c->curl);
    curl_easy_setopt(c->curl, CURLOPT_ERRORBUFFER, NULL);
    if (cc == CURLE_OK) {
        curl_easy_getinfo(c->curl, CURLINFO_RESPONSE_CODE, status);
        *outcome = ANSWERED;
        goto out;
    }
    if (!errbuf[0])
        snprintf(errbuf, CURL_ERROR_SIZE, "%s", curl_easy_strerror(cc));
    if (b->too_big) {
        rv = MDSHM_ETOOBIG;
        *outcome = ANSWERED;
        goto out;
    }
    if (cc == CURLE_OUT_OF_MEMORY || cc == CURLE_WRITE_ERROR) {
        rv = -ENOMEM;
        *outcome = ANSWERED;
        goto out;
    }
    curl_easy_getinfo(c->curl, CURLINFO_PRETRANSFER_TIME_T, &pre);
    if (cc == CURLE_COULDNT_CONNECT || cc == CURLE_COULDNT_RESOLVE_HOST ||
        cc == CURLE_SSL_CONNECT_ERROR || pre == 0) {
        rv = MDSHM__ETCD_ECONN;
    } else {
        *outcome = SENT_UNKNOWN;
        rv = MDSHM__ETCD_ETIMEDOUT;
    }
out:
    curl_easy_setopt(c->curl, CURLOPT_HTTPHEADER, NULL);
    curl_slist_free_all(headers);
    return rv;
}

int mdshm__etcd_auth(mdshm__etcd_t *c)
{
    json_t *req = NULL, *ans = NULL, *tok;
    char errbuf[CURL_ERROR_SIZE], msg[256], *s = NULL;
    body_t b = {0};
    long status;
    outcome_t oc;
    int rv;

    if (!c->user || c->token)
        return 0;
    req = json_pack("{s:s, s:s}", "name", c->user, "password", c->password);
    if (!req || !(s = json_dumps(req, JSON_COMPACT))) {
        rv = -ENOMEM;
        goto out;
    }
    rv = exchange(c, "/v3/auth/authenticate", s, false, &status, &b, &oc,
                  errbuf);
    if (rv < 0) {
        LOG(c, MDSHM_LOG_WARN, rv, "etcd %s: authenticate: %s",
            c->ep[c->cur], errbuf);
        goto out;
    }
    if (status != 200) {
        rv = mdshm__etcd_error_parse(status, b.p, b.len, msg, sizeof(msg));
        LOG(c, MDSHM_LOG_ERR, rv, "etcd %s: authenticate as %s: HTTP %ld: %s",
            c->ep[c->cur], c->user, status, msg);
        goto out;
    }
    ans = b.p ? json_loads(b.p, 0, NULL) : NULL;
    tok = json_object_get(ans, "token");
    if (!json_is_string(tok) || !json_string_length(tok)) {
        rv = -EPROTO;
        LOG(c, MDSHM_LOG_ERR, rv, "etcd %s: authenticate: no token in the "
            "answer", c->ep[c->cur]);
        goto out;
    }
    if (!(c->token = strdup(json_string_value(tok))))
        rv = -ENOMEM;
out:
    if (s) {
        OPENSSL_cleanse(s, strlen(s));
        free(s);
    }
    json_decref(req);
    json_decref(ans);
    free(b.p);
    return rv;
}

int mdshm__etcd_call(mdshm__etcd_t *c, const char *op, const char *path,
                     const char *body, mdshm__etcd_kind_t kind,
                     bool hasleader, char **out, size_t *out_len)
{
    char errbuf[CURL_ERROR_SIZE], msg[256];
    bool reauthed = false, saw_noleader = false;
    size_t tries = 0;
    int rv = MDSHM__ETCD_ECONN;

    *out = NULL;
    *out_len = 0;
    while (tries < c->n_ep) {
        body_t b = {0};
        long status;
        outcome_t oc;
        const char *ep = c->ep[c->cur];

        rv = mdshm__etcd_auth(c);
        if (rv == MDSHM__ETCD_ECONN || rv == MDSHM__ETCD_ETIMEDOUT ||
            rv == MDSHM__ETCD_ENOLEADER) {
            mdshm__etcd_next_endpoint(c);
            tries++;
            continue;
        }
        if (rv < 0)
            return rv;
        rv = exchange(c, path, body, hasleader, &status, &b, &oc, errbuf);
        if (oc == SENT_NOTHING || (oc == SENT_UNKNOWN &&
                                   kind == MDSHM__ETCD_IDEMPOTENT)) {
            LOG(c, MDSHM_LOG_INFO, rv, "etcd %s: %s: %s%s", ep, op, errbuf,
                tries + 1 < c->n_ep ? ": trying the next endpoint" : "");
            free(b.p);
            mdshm__etcd_next_endpoint(c);
            tries++;
            continue;
        }
        if (oc == SENT_UNKNOWN) {
            /* the next request goes elsewhere: this member may be stuck */
            LOG(c, MDSHM_LOG_WARN, rv, "etcd %s: %s: %s (outcome unknown)",
                ep, op, errbuf);
            free(b.p);
            mdshm__etcd_next_endpoint(c);
            return rv;
        }
        if (rv < 0) {
            LOG(c, MDSHM_LOG_ERR, rv, "etcd %s: %s: %s", ep, op, errbuf);
            free(b.p);
            return rv;
        }
        if (status == 200) {
            if (!b.p && !(b.p = calloc(1, 1)))
                return -ENOMEM;
            *out = b.p;
            *out_len = b.len;
            return 0;
        }
        rv = mdshm__etcd_error_parse(status, b.p, b.len, msg, sizeof(msg));
        free(b.p);
        if (status == 401 && c->user && !reauthed) {
            /* simple tokens die when a member restarts: get a new one */
            LOG(c, MDSHM_LOG_INFO, rv, "etcd %s: %s: token refused (%s): "
                "authenticating again", ep, op, msg);
            free_secret(c->token);
            c->token = NULL;
            reauthed = true;
            continue;
        }
        if (rv == MDSHM__ETCD_ENOLEADER) {
            LOG(c, MDSHM_LOG_INFO, rv, "etcd %s: %s: %s", ep, op, msg);
            saw_noleader = true;
            mdshm__etcd_next_endpoint(c);
            tries++;
            continue;
        }
        LOG(c, rv == MDSHM_ENOTFOUND ? MDSHM_LOG_DEBUG : MDSHM_LOG_WARN, rv,
            "etcd %s: %s: HTTP %ld: %s", ep, op, status, msg);
        return rv;
    }
    if (saw_noleader)
        rv = MDSHM__ETCD_ENOLEADER;
    LOG(c, MDSHM_LOG_WARN, rv, "etcd: %s: %s on every endpoint (%s)", op,
        mdshm__etcd_strerror(rv), c->endpoints);
    return rv;
}
