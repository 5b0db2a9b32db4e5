/* etcd_watch.c -- a watch stream over the JSON gateway.
 *
 * POST /v3/watch answers with a chunked stream of one JSON object per
 * line, open as long as we keep it.  It is NOT full duplex over HTTP/1.1:
 * etcd 3.4's gateway answers nothing until the request body is complete
 * (measured: a chunked upload kept open got "created" only when it ended).
 * So the whole request goes at once: the create_request, and when asked a
 * progress_request after it (answered right after "created").  Periodic
 * progress comes from the server (progress_notify, with etcd's
 * --experimental-watch-progress-notify-interval).  One CURL easy handle in
 * a multi handle, so that waiting has a timeout.  The
 * Grpc-Metadata-hasleader header makes a member without a leader say so
 * in-band instead of keeping a silent stream. */
#include "etcd_int.h"

#include <jansson.h>
#include <openssl/crypto.h>
#include <stdlib.h>
#include <string.h>

#define LINE_MAX_BYTES (64u << 20) /* one message: a txn's events, base64 */

struct mdshm__etcd_watch {
    mdshm__etcd_t *c; /* options, logger and token (borrowed) */
    char *ep;
    CURLM *multi;
    CURL *easy;
    struct curl_slist *headers;
    char *body;       /* the request (curl does not copy it) */
    mdshm__etcd_lines_t lines;
    bool lines_err;   /* a line over LINE_MAX_BYTES, or no memory */
    bool done;        /* the transfer ended */
    CURLcode result;
    bool closed;      /* after CANCELED or ERROR */
    char errbuf[CURL_ERROR_SIZE];
};

#define LOG(w, level, err, ...) MDSHM__LOG((w)->c->logger, level, err, __VA_ARGS__)

static size_t on_write(char *data, size_t size, size_t nmemb, void *baton)
{
    mdshm__etcd_watch_t *w = baton;
    size_t n = size * nmemb;

    if (mdshm__etcd_lines_feed(&w->lines, data, n) < 0) {
        w->lines_err = true;
        return 0;
    }
    return n;
}

static void watch_free(mdshm__etcd_watch_t *w)
{
    if (!w)
        return;
    if (w->multi && w->easy)
        curl_multi_remove_handle(w->multi, w->easy);
    if (w->easy)
        curl_easy_cleanup(w->easy);
    if (w->multi)
        curl_multi_cleanup(w->multi);
    curl_slist_free_all(w->headers);
    mdshm__etcd_lines_free(&w->lines);
    free(w->body);
    free(w->ep);
    free(w);
}

void mdshm__etcd_watch_close(mdshm__etcd_watch_t *w)
{
    watch_free(w);
}

const char *mdshm__etcd_watch_endpoint(const mdshm__etcd_watch_t *w)
{
    return w->ep;
}

static char *join_lines(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 3;
    char *s = malloc(n);

    if (s)
        snprintf(s, n, "%s\n%s\n", a, b);
    return s;
}

static int create_request(const void *key, size_t key_len, const void *end,
                          size_t end_len, int64_t start, bool progress,
                          char **out)
{
    char *k = NULL, *e = NULL, *s, rev[24];
    json_t *o;
    int rv;

    *out = NULL;
    rv = mdshm__etcd_b64_encode(key, key_len, &k);
    if (rv == 0 && end)
        rv = mdshm__etcd_b64_encode(end, end_len, &e);
    if (rv < 0)
        goto out;
    snprintf(rev, sizeof(rev), "%lld", (long long)(start > 0 ? start : 0));
    o = json_pack("{s:{s:s, s:s?, s:s, s:b, s:b}}", "create_request", "key",
                  k, "range_end", e, "start_revision", rev, "prev_kv", 1,
                  "progress_notify", 1);
    s = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    if (s && progress) {
        /* one body, two messages: the gateway reads them in turn */
        *out = join_lines(s, "{\"progress_request\":{}}");
        free(s);
    } else {
        *out = s;
    }
    rv = *out ? 0 : -ENOMEM;
out:
    free(k);
    free(e);
    return rv;
}

/* Start the stream on the client's current endpoint. */
static int start(mdshm__etcd_t *c, const char *req, mdshm__etcd_watch_t **out)
{
    mdshm__etcd_watch_t *w = calloc(1, sizeof(*w));
    char url[1024];
    int rv = -ENOMEM;

    *out = NULL;
    if (!w)
        return -ENOMEM;
    w->c = c;
    mdshm__etcd_lines_init(&w->lines, LINE_MAX_BYTES);
    if (!(w->ep = strdup(c->ep[c->cur])) || !(w->body = strdup(req)) ||
        !(w->multi = curl_multi_init()) || !(w->easy = curl_easy_init()))
        goto out;
    snprintf(url, sizeof(url), "%s/v3/watch", w->ep);
    rv = mdshm__etcd_setup(c, w->easy, url, 0, true, &w->headers);
    if (rv < 0)
        goto out;
    if (curl_easy_setopt(w->easy, CURLOPT_POSTFIELDS, w->body) ||
        curl_easy_setopt(w->easy, CURLOPT_WRITEFUNCTION, on_write) ||
        curl_easy_setopt(w->easy, CURLOPT_WRITEDATA, w) ||
        curl_easy_setopt(w->easy, CURLOPT_ERRORBUFFER, w->errbuf) ||
        curl_easy_setopt(w->easy, CURLOPT_TCP_KEEPALIVE, 1L) ||
        curl_multi_add_handle(w->multi, w->easy)) {
        rv = -EINVAL;
        goto out;
    }
    rv = 0;
out:
    if (rv < 0)
        watch_free(w);
    else
        *out = w;
    return rv;
}

/* Let curl work for up to @timeout_ms (returns earlier on any traffic). */
static int pump(mdshm__etcd_watch_t *w, int timeout_ms)
{
    int running = 0, left;
    CURLMsg *m;

    if (curl_multi_perform(w->multi, &running) != CURLM_OK)
        return -EIO;
    if (running && timeout_ms > 0) {
        if (curl_multi_poll(w->multi, NULL, 0, timeout_ms, NULL) != CURLM_OK)
            return -EIO;
        if (curl_multi_perform(w->multi, &running) != CURLM_OK)
            return -EIO;
    }
    while ((m = curl_multi_info_read(w->multi, &left))) {
        if (m->msg == CURLMSG_DONE && m->easy_handle == w->easy) {
            w->done = true;
            w->result = m->data.result;
        }
    }
    return 0;
}

static long status_of(mdshm__etcd_watch_t *w)
{
    long status = 0;

    curl_easy_getinfo(w->easy, CURLINFO_RESPONSE_CODE, &status);
    return status;
}

int mdshm__etcd_watch_next(mdshm__etcd_watch_t *w, int timeout_ms,
                           mdshm__etcd_watch_msg_t *msg)
{
    int64_t deadline = mdshm__mono_ms() + (timeout_ms > 0 ? timeout_ms : 0);
    bool pumped = false;

    memset(msg, 0, sizeof(*msg));
    for (;;) {
        char *line;
        size_t len;
        int64_t left;
        int rv;

        if (w->closed)
            return -ECONNRESET;
        if (status_of(w) == 200) {
            rv = mdshm__etcd_lines_next(&w->lines, &line, &len);
            if (rv < 0)
                return rv;
            if (rv == 1) {
                rv = mdshm__etcd_watch_parse(line, len, msg);
                if (rv < 0)
                    LOG(w, MDSHM_LOG_WARN, rv,
                        "etcd %s: watch: malformed message: %.200s", w->ep,
                        line);
                free(line);
                if (rv < 0) {
                    w->closed = true;
                    return rv == -ENOMEM ? rv : -ECONNRESET;
                }
                if (msg->kind == MDSHM__ETCD_WATCH_CANCELED ||
                    msg->kind == MDSHM__ETCD_WATCH_ERROR)
                    w->closed = true; /* the server may keep it open */
                return 1;
            }
        }
        if (w->done && !w->lines_err && w->lines.len &&
            w->lines.buf[w->lines.len - 1] != '\n') {
            /* the gateway ends an in-band error without a newline (once:
             * an error answer that is no stream, e.g. HTTP 503 "no
             * leader", is never read as lines and looped forever) */
            rv = mdshm__etcd_lines_feed(&w->lines, "\n", 1);
            if (rv < 0)
                return rv;
            continue;
        }
        if (w->done || w->lines_err) {
            LOG(w, MDSHM_LOG_INFO, -ECONNRESET, "etcd %s: watch: stream "
                "ended: %s", w->ep, w->lines_err ? "message too large"
                : w->errbuf[0] ? w->errbuf : curl_easy_strerror(w->result));
            w->closed = true;
            return -ECONNRESET;
        }
        left = deadline - mdshm__mono_ms();
        if (left <= 0 && pumped)
            return 0;
        rv = pump(w, left > 0 ? (int)left : 0);
        if (rv < 0)
            return rv;
        pumped = true;
    }
}

/* Why a stream that never got to "created" failed, and may another member
 * do better? */
static int open_failed(mdshm__etcd_watch_t *w, bool *next)
{
    long status = status_of(w);
    char msg[256];
    int rv;

    *next = false;
    if (status && status != 200) {
        rv = mdshm__etcd_error_parse(status, w->lines.buf, w->lines.len, msg,
                                     sizeof(msg));
        LOG(w, MDSHM_LOG_WARN, rv, "etcd %s: watch: HTTP %ld: %s", w->ep,
            status, msg);
        *next = rv == MDSHM__ETCD_ENOLEADER;
        return status == 401 ? -EACCES : rv;
    }
    *next = true;
    LOG(w, MDSHM_LOG_INFO, MDSHM__ETCD_ECONN, "etcd %s: watch: %s", w->ep,
        w->errbuf[0] ? w->errbuf : curl_easy_strerror(w->result));
    return MDSHM__ETCD_ECONN;
}

/* A watch is refused for a dead token (simple tokens die when a member
 * restarts) not with HTTP 401, as unary requests are, but in the stream:
 * "created" and "canceled" at once, the gRPC status as text. */
static bool token_refused(const mdshm__etcd_watch_msg_t *m)
{
    return m->err == MDSHM__ETCD_EAUTH &&
           (strstr(m->reason, "invalid auth token") ||
            strstr(m->reason, "code = Unauthenticated"));
}

int mdshm__etcd_watch_open(mdshm__etcd_t *c, const void *key, size_t key_len,
                           const void *end, size_t end_len,
                           int64_t start_revision, bool progress,
                           int64_t *compact_revision,
                           mdshm__etcd_watch_t **out)
{
    char *req = NULL;
    bool reauthed = false, saw_noleader = false;
    size_t tries = 0;
    int rv;

    *out = NULL;
    if (compact_revision)
        *compact_revision = 0;
    if (!c || !key || !key_len)
        return -EINVAL;
    rv = create_request(key, key_len, end, end_len, start_revision, progress,
                        &req);
    if (rv < 0)
        return rv;
    rv = MDSHM__ETCD_ECONN;
    while (tries < c->n_ep) {
        mdshm__etcd_watch_t *w = NULL;
        mdshm__etcd_watch_msg_t m;
        bool next = true;
        int r;

        rv = mdshm__etcd_auth(c);
        if (rv == 0)
            rv = start(c, req, &w);
        if (rv == 0) {
            r = mdshm__etcd_watch_next(w, (int)c->timeout_ms, &m);
            if (r == 1 && m.kind == MDSHM__ETCD_WATCH_CREATED) {
                *out = w;
                break;
            }
            if (r == 1 && m.kind == MDSHM__ETCD_WATCH_CANCELED &&
                m.compact_revision) {
                if (compact_revision)
                    *compact_revision = m.compact_revision;
                rv = MDSHM__ETCD_ECOMPACTED;
                next = false;
                LOG(w, MDSHM_LOG_INFO, rv, "etcd %s: watch from revision "
                    "%lld: compacted (oldest kept: %lld)", w->ep,
                    (long long)start_revision, (long long)m.compact_revision);
            } else if (r == 1 && token_refused(&m) && c->user && !reauthed) {
                rv = -EACCES; /* authenticate again, same member */
                LOG(w, MDSHM_LOG_INFO, MDSHM__ETCD_EAUTH, "etcd %s: watch: "
                    "token refused (%s): authenticating again", w->ep,
                    m.reason);
            } else if (r == 1) {
                rv = m.err ? m.err : -EPROTO;
                next = rv == MDSHM__ETCD_ENOLEADER;
                saw_noleader |= next;
                LOG(w, MDSHM_LOG_WARN, rv, "etcd %s: watch: %s", w->ep,
                    m.reason[0] ? m.reason : "refused");
            } else if (r == 0) {
                rv = MDSHM__ETCD_ETIMEDOUT;
                LOG(w, MDSHM_LOG_WARN, rv, "etcd %s: watch: not created "
                    "within %u ms", w->ep, c->timeout_ms);
            } else if (r == -ECONNRESET) {
                rv = open_failed(w, &next);
            } else {
                rv = r;
                next = false;
            }
            mdshm__etcd_watch_msg_clear(&m);
            watch_free(w);
        }
        if (rv == -EACCES && c->user && !reauthed) {
            reauthed = true;
            OPENSSL_cleanse(c->token, c->token ? strlen(c->token) : 0);
            free(c->token);
            c->token = NULL;
            continue;
        }
        if (rv == -EACCES)
            rv = MDSHM__ETCD_EAUTH;
        if (!next && rv != MDSHM__ETCD_ECONN && rv != MDSHM__ETCD_ETIMEDOUT &&
            rv != MDSHM__ETCD_ENOLEADER)
            break;
        mdshm__etcd_next_endpoint(c);
        tries++;
    }
    if (!*out && tries == c->n_ep && saw_noleader)
        rv = MDSHM__ETCD_ENOLEADER;
    free(req);
    return *out ? 0 : rv;
}
