/* http.c -- bounded HTTP requests over libcurl (see http.h).
 *
 * The response headers ACME needs (Replay-Nonce, Location, Content-Type,
 * Retry-After, Link) are captured by a header callback.  Only the headers
 * of the final response count: a proxy's "200 Connection established" or a
 * "100 Continue" starts a new status line, which resets them.
 */
#include "http.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/socket.h>
#include <time.h>

#include <curl/curl.h>

#define HEADERS_MAX (64u * 1024)       /* all header lines of one answer */
#define NONCE_MAX 256                  /* a Replay-Nonce we accept */
#define VALIDATOR_MAX 200              /* an ETag or date we send back */
#define RETRY_AFTER_MAX_S (30 * 86400) /* clamp for hostile values */

struct mdshm__http {
    CURL *curl;
    char *ca_file;
    char *proxy;
    unsigned connect_timeout_ms, timeout_ms, stall_time_s, stall_bytes;
    size_t max_body;
    bool (*cancelled)(void *baton);
    void *cancel_baton;
    /* the next request's validators (mdshm__http_get_cond), or NULL */
    const char *if_none_match, *if_modified_since;
};

typedef struct xfer {
    mdshm__http_t *h;
    mdshm__http_resp_t *resp;
    const char *url;
    size_t cap;          /* allocated body bytes */
    size_t hdr_bytes;
    char *retry_after;   /* raw value; parsed when the answer is complete */
    bool body_too_big, hdr_too_big;
    int err;             /* -ENOMEM from a callback */
} xfer_t;

static pthread_once_t global_once = PTHREAD_ONCE_INIT;
static CURLcode global_rc = CURLE_OK;

/* curl_global_init is not thread-safe in every libcurl: run it once. */
static void global_init(void)
{
    global_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

int mdshm__http_create(const mdshm__http_opts_t *opts, mdshm__http_t **out)
{
    mdshm__http_opts_t def = {0};
    mdshm__http_t *h;
    struct stat sb;

    if (!out)
        return -EINVAL;
    *out = NULL;
    if (!opts)
        opts = &def;
    pthread_once(&global_once, global_init);
    if (global_rc != CURLE_OK) {
        MDSHM_LOG(MDSHM_LOG_ERR, -EIO, "curl_global_init failed: %s",
                  curl_easy_strerror(global_rc));
        return -EIO;
    }
    /* libcurl reads MDCACertificateFile with a blocking open: a FIFO (or
     * a device) there would hang the drive. */
    if (opts->ca_file && stat(opts->ca_file, &sb) == 0 &&
        !S_ISREG(sb.st_mode)) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT,
                  "CA certificate file %s is not a regular file",
                  opts->ca_file);
        return MDSHM_EBADINPUT;
    }
    h = calloc(1, sizeof(*h));
    if (!h)
        return -ENOMEM;
    h->connect_timeout_ms =
        opts->connect_timeout_ms ? opts->connect_timeout_ms : 10000;
    h->timeout_ms = opts->timeout_ms ? opts->timeout_ms : 60000;
    h->stall_time_s = opts->stall_time_s ? opts->stall_time_s : 30;
    h->stall_bytes = opts->stall_bytes ? opts->stall_bytes : 10;
    h->max_body = opts->max_body ? opts->max_body
                                 : MDSHM__HTTP_MAX_BODY_DEFAULT;
    h->cancelled = opts->cancelled;
    h->cancel_baton = opts->cancel_baton;
    h->ca_file = dup_or_null(opts->ca_file);
    h->proxy = dup_or_null(opts->proxy);
    h->curl = curl_easy_init();
    if (!h->curl || (opts->ca_file && !h->ca_file) ||
        (opts->proxy && !h->proxy)) {
        mdshm__http_destroy(h);
        return -ENOMEM;
    }
    *out = h;
    return 0;
}

void mdshm__http_destroy(mdshm__http_t *h)
{
    if (!h)
        return;
    if (h->curl)
        curl_easy_cleanup(h->curl);
    free(h->ca_file);
    free(h->proxy);
    free(h);
}

void mdshm__http_resp_clear(mdshm__http_resp_t *resp)
{
    if (!resp)
        return;
    free(resp->body);
    free(resp->content_type);
    free(resp->nonce);
    free(resp->location);
    free(resp->etag);
    free(resp->last_modified);
    for (size_t i = 0; i < resp->n_links; i++) {
        free(resp->links[i].url);
        free(resp->links[i].rel);
    }
    memset(resp, 0, sizeof(*resp));
}

/* Forget the headers of an interim answer (proxy CONNECT, 100 Continue). */
static void headers_reset(xfer_t *x)
{
    mdshm__http_resp_t *r = x->resp;

    free(r->content_type);
    free(r->nonce);
    free(r->location);
    free(r->etag);
    free(r->last_modified);
    r->content_type = r->nonce = r->location = NULL;
    r->etag = r->last_modified = NULL;
    for (size_t i = 0; i < r->n_links; i++) {
        free(r->links[i].url);
        free(r->links[i].rel);
    }
    memset(r->links, 0, sizeof(r->links));
    r->n_links = 0;
    free(x->retry_after);
    x->retry_after = NULL;
}

static bool ows(char c)
{
    return c == ' ' || c == '\t';
}

static char *dup_n(const char *p, size_t n)
{
    char *s = malloc(n + 1);
    if (s) {
        memcpy(s, p, n);
        s[n] = 0;
    }
    return s;
}

static bool b64url_char(unsigned char c)
{
    return isalnum(c) || c == '-' || c == '_';
}

/* Keep one header the ACME layer uses; others are ignored. */
static int header_field(xfer_t *x, const char *name, size_t nlen,
                        const char *val, size_t vlen)
{
    mdshm__http_resp_t *r = x->resp;
    char *v;
    int rv = 0;

#define IS(s) (nlen == sizeof(s) - 1 && !strncasecmp(name, s, nlen))
    if (IS("replay-nonce")) {
        /* A nonce is base64url (RFC 8555 6.5.1); anything else is
         * ignored rather than echoed into the next request. */
        if (vlen == 0 || vlen > NONCE_MAX)
            return 0;
        for (size_t i = 0; i < vlen; i++)
            if (!b64url_char((unsigned char)val[i]))
                return 0;
        if (!(v = dup_n(val, vlen)))
            return -ENOMEM;
        free(r->nonce);
        r->nonce = v;
    } else if (IS("content-type")) {
        size_t n = 0;
        while (n < vlen && val[n] != ';' && !ows(val[n]))
            n++;
        if (!(v = dup_n(val, n)))
            return -ENOMEM;
        for (char *p = v; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        free(r->content_type);
        r->content_type = v;
    } else if (IS("location")) {
        if (!(v = dup_n(val, vlen)))
            return -ENOMEM;
        free(r->location);
        r->location = NULL;
        rv = mdshm__http_resolve(x->url, v, &r->location);
        free(v);
        if (rv == MDSHM_EBADINPUT)
            rv = 0; /* an unusable Location is as good as none */
    } else if (IS("etag") || IS("last-modified")) {
        char **dst = IS("etag") ? &r->etag : &r->last_modified;
        if (vlen == 0 || vlen > VALIDATOR_MAX)
            return 0; /* a validator we would not send back */
        for (size_t i = 0; i < vlen; i++)
            if ((unsigned char)val[i] < 0x20 || val[i] == 0x7f)
                return 0;
        if (!(v = dup_n(val, vlen)))
            return -ENOMEM;
        free(*dst);
        *dst = v;
    } else if (IS("retry-after")) {
        if (!(v = dup_n(val, vlen)))
            return -ENOMEM;
        free(x->retry_after);
        x->retry_after = v;
    } else if (IS("link")) {
        if (!(v = dup_n(val, vlen)))
            return -ENOMEM;
        rv = mdshm__http_links_parse(r, v, x->url);
        free(v);
        if (rv == MDSHM_EBADINPUT)
            rv = 0; /* keep the links parsed before the bad one */
    }
#undef IS
    return rv;
}

static size_t on_header(char *data, size_t size, size_t nitems, void *baton)
{
    xfer_t *x = baton;
    size_t n = size * nitems, len = n;
    const char *colon, *val, *end;

    x->hdr_bytes += n;
    if (x->hdr_bytes > HEADERS_MAX) {
        x->hdr_too_big = true;
        return 0;
    }
    if (n >= 5 && !memcmp(data, "HTTP/", 5)) {
        headers_reset(x);
        return n;
    }
    while (len > 0 && (data[len - 1] == '\r' || data[len - 1] == '\n'))
        len--;
    colon = memchr(data, ':', len);
    if (!colon || colon == data)
        return n;
    val = colon + 1;
    end = data + len;
    while (val < end && ows(*val))
        val++;
    while (end > val && ows(end[-1]))
        end--;
    x->err = header_field(x, data, (size_t)(colon - data), val,
                          (size_t)(end - val));
    if (x->err)
        return 0;
    return n;
}

static size_t on_body(char *data, size_t size, size_t nmemb, void *baton)
{
    xfer_t *x = baton;
    mdshm__http_resp_t *r = x->resp;
    size_t n = size * nmemb;
    int rv = mdshm__buf_append(&r->body, &r->body_len, &x->cap, 4096,
                               x->h->max_body, data, n);

    if (rv == MDSHM_ETOOBIG)
        x->body_too_big = true;
    else if (rv < 0)
        x->err = rv;
    return rv < 0 ? 0 : n;
}

static int on_progress(void *baton, curl_off_t dltotal, curl_off_t dlnow,
                       curl_off_t ultotal, curl_off_t ulnow)
{
    xfer_t *x = baton;
    (void)dltotal;
    (void)dlnow;
    (void)ultotal;
    (void)ulnow;
    return x->h->cancelled(x->h->cancel_baton) ? 1 : 0;
}

static int map_curl(CURLcode cc, const xfer_t *x)
{
    if (x->err)
        return x->err;
    if (x->body_too_big || x->hdr_too_big)
        return MDSHM_ETOOBIG;
    switch (cc) {
    case CURLE_OUT_OF_MEMORY:
        return -ENOMEM;
    case CURLE_OPERATION_TIMEDOUT:
        return -ETIMEDOUT;
    case CURLE_COULDNT_CONNECT:
        return -ECONNREFUSED;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return -EHOSTUNREACH;
    case CURLE_FILESIZE_EXCEEDED:
        return MDSHM_ETOOBIG;
    case CURLE_ABORTED_BY_CALLBACK:
        return -ECANCELED;
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return MDSHM_EBADINPUT;
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
        return -ECONNRESET;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_BAD_CONTENT_ENCODING:
        return -EPROTO;
    default:
        return -EIO;
    }
}

/* Ours are close-on-exec, like every descriptor of the library, whatever
 * the libcurl build does (Debian's 7.88 passes SOCK_CLOEXEC itself; older
 * or other builds may not).  runcmd also closes all but 0-2 in a program
 * it starts, which covers curl's internal socketpair too. */
static curl_socket_t open_socket(void *baton, curlsocktype purpose,
                                 struct curl_sockaddr *a)
{
    (void)baton;
    (void)purpose;
    return socket(a->family, a->socktype | SOCK_CLOEXEC, a->protocol);
}

#define SETOPT(opt, val)                                                      \
    do {                                                                      \
        if ((cc = curl_easy_setopt(c, opt, val)) != CURLE_OK)                 \
            goto curl_fail;                                                   \
    } while (0)

int mdshm__http_request(mdshm__http_t *h, const char *method,
                        const char *url, const char *accept,
                        const char *content_type, const void *body,
                        size_t len, mdshm__http_resp_t *resp)
{
    char errbuf[CURL_ERROR_SIZE] = "", hdr[256];
    struct curl_slist *headers = NULL, *tmp;
    xfer_t x = {0};
    CURL *c;
    CURLcode cc = CURLE_OK;
    long status = 0;
    int rv = 0;

    if (!resp)
        return -EINVAL;
    memset(resp, 0, sizeof(*resp));
    if (!h || !method || !url)
        return -EINVAL;
    if (strcmp(method, "GET") && strcmp(method, "HEAD") &&
        strcmp(method, "POST"))
        return MDSHM_EBADINPUT;
    c = h->curl;
    x.h = h;
    x.resp = resp;
    x.url = url;
    curl_easy_reset(c); /* keeps the connection cache */

    SETOPT(CURLOPT_URL, url);
    SETOPT(CURLOPT_NOSIGNAL, 1L);
    SETOPT(CURLOPT_OPENSOCKETFUNCTION, open_socket);
    SETOPT(CURLOPT_USERAGENT, "mdshm/" MDSHM_VERSION);
    SETOPT(CURLOPT_CONNECTTIMEOUT_MS, (long)h->connect_timeout_ms);
    SETOPT(CURLOPT_TIMEOUT_MS, (long)h->timeout_ms);
    SETOPT(CURLOPT_LOW_SPEED_LIMIT, (long)h->stall_bytes);
    SETOPT(CURLOPT_LOW_SPEED_TIME, (long)h->stall_time_s);
    SETOPT(CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)h->max_body);
    SETOPT(CURLOPT_FOLLOWLOCATION, 0L);
#if LIBCURL_VERSION_NUM >= 0x075500
    SETOPT(CURLOPT_PROTOCOLS_STR, "http,https");
#endif
    /* An empty proxy disables the *_proxy environment variables too: the
     * leader talks to the CA exactly as configured. */
    SETOPT(CURLOPT_PROXY, h->proxy ? h->proxy : "");
    if (h->ca_file)
        SETOPT(CURLOPT_CAINFO, h->ca_file);
    SETOPT(CURLOPT_ERRORBUFFER, errbuf);
    SETOPT(CURLOPT_WRITEFUNCTION, on_body);
    SETOPT(CURLOPT_WRITEDATA, &x);
    SETOPT(CURLOPT_HEADERFUNCTION, on_header);
    SETOPT(CURLOPT_HEADERDATA, &x);
    if (h->cancelled) {
        SETOPT(CURLOPT_XFERINFOFUNCTION, on_progress);
        SETOPT(CURLOPT_XFERINFODATA, &x);
        SETOPT(CURLOPT_NOPROGRESS, 0L);
    }
    if (!strcmp(method, "HEAD")) {
        SETOPT(CURLOPT_NOBODY, 1L);
    } else if (!strcmp(method, "POST")) {
        SETOPT(CURLOPT_POST, 1L);
        SETOPT(CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)len);
        SETOPT(CURLOPT_POSTFIELDS, len ? body : "");
    } else {
        SETOPT(CURLOPT_HTTPGET, 1L);
    }
    /* No "Expect: 100-continue" round trip for small JWS bodies. */
    if (!(headers = curl_slist_append(NULL, "Expect:")))
        goto nomem;
    if (accept) {
        snprintf(hdr, sizeof(hdr), "Accept: %s", accept);
        if (!(tmp = curl_slist_append(headers, hdr)))
            goto nomem;
        headers = tmp;
    }
    if (content_type) {
        snprintf(hdr, sizeof(hdr), "Content-Type: %s", content_type);
        if (!(tmp = curl_slist_append(headers, hdr)))
            goto nomem;
        headers = tmp;
    }
    if (h->if_none_match && h->if_none_match[0]) {
        snprintf(hdr, sizeof(hdr), "If-None-Match: %s", h->if_none_match);
        if (!(tmp = curl_slist_append(headers, hdr)))
            goto nomem;
        headers = tmp;
    }
    if (h->if_modified_since && h->if_modified_since[0]) {
        snprintf(hdr, sizeof(hdr), "If-Modified-Since: %s",
                 h->if_modified_since);
        if (!(tmp = curl_slist_append(headers, hdr)))
            goto nomem;
        headers = tmp;
    }
    SETOPT(CURLOPT_HTTPHEADER, headers);

    cc = curl_easy_perform(c);
    if (cc != CURLE_OK)
        goto curl_fail;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    if (status < 100 || status > 599) {
        rv = -EPROTO;
        snprintf(resp->error, sizeof(resp->error),
                 "invalid HTTP status %ld", status);
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "%s %s: %s", method, url, resp->error);
        goto out;
    }
    resp->status = status;
    if (x.retry_after &&
        mdshm__http_retry_after(x.retry_after, mdshm__now_ms(),
                                &resp->retry_after_ms))
        resp->retry_after_ms = 0;
    MDSHM_LOG(MDSHM_LOG_TRACE, 0, "%s %s: %ld, %zu bytes", method, url,
              status, resp->body_len);
    goto out;

nomem:
    rv = -ENOMEM;
    goto out;
curl_fail:
    rv = map_curl(cc, &x);
    if (x.body_too_big || cc == CURLE_FILESIZE_EXCEEDED)
        snprintf(resp->error, sizeof(resp->error),
                 "response body larger than %zu bytes", h->max_body);
    else if (x.hdr_too_big)
        snprintf(resp->error, sizeof(resp->error),
                 "response headers larger than %u bytes", HEADERS_MAX);
    else
        snprintf(resp->error, sizeof(resp->error), "%s",
                 errbuf[0] ? errbuf : curl_easy_strerror(cc));
    if (rv != -ENOMEM && rv != -ECANCELED)
        MDSHM_LOG(MDSHM_LOG_WARN, rv, "%s %s: %s", method, url, resp->error);
out:
    curl_slist_free_all(headers);
    free(x.retry_after);
    /* The easy handle must not keep pointers to this stack frame. */
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, NULL);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, NULL);
    if (rv) {
        char err[sizeof(resp->error)];
        memcpy(err, resp->error, sizeof(err));
        mdshm__http_resp_clear(resp);
        memcpy(resp->error, err, sizeof(err));
    }
    return rv;
}

const char *mdshm__http_link(const mdshm__http_resp_t *resp, const char *rel,
                             size_t i)
{
    size_t rlen;

    if (!resp || !rel)
        return NULL;
    rlen = strlen(rel);
    for (size_t k = 0; k < resp->n_links; k++) {
        const char *p = resp->links[k].rel;
        /* rel is a space-separated list of relation types (RFC 8288). */
        while (p && *p) {
            size_t n;
            while (*p == ' ' || *p == '\t')
                p++;
            n = strcspn(p, " \t");
            if (n == rlen && !strncasecmp(p, rel, n)) {
                if (i-- == 0)
                    return resp->links[k].url;
                break;
            }
            p += n;
        }
    }
    return NULL;
}

int mdshm__http_get_cond(mdshm__http_t *h, const char *url,
                         const char *accept, const char *etag,
                         const char *last_modified, mdshm__http_resp_t *resp)
{
    int rv;

    if (!h)
        return mdshm__http_request(h, "GET", url, accept, NULL, NULL, 0,
                                   resp);
    h->if_none_match = etag;
    h->if_modified_since = last_modified;
    rv = mdshm__http_request(h, "GET", url, accept, NULL, NULL, 0, resp);
    h->if_none_match = h->if_modified_since = NULL;
    return rv;
}

int mdshm__http_retry_after(const char *value, int64_t now_ms,
                            int64_t *out_ms)
{
    char buf[128];
    const char *p;
    size_t n;
    int64_t at;

    if (!value || !out_ms)
        return -EINVAL;
    *out_ms = 0;
    while (ows(*value))
        value++;
    n = strlen(value);
    while (n > 0 && ows(value[n - 1]))
        n--;
    if (n == 0 || n >= sizeof(buf))
        return MDSHM_EBADINPUT;
    memcpy(buf, value, n);
    buf[n] = 0;
    for (p = buf; *p >= '0' && *p <= '9'; p++)
        ;
    if (!*p) { /* delta-seconds; any number of digits, clamped */
        uint64_t s = 0;
        for (p = buf; *p; p++) {
            s = s * 10 + (uint64_t)(*p - '0');
            if (s > RETRY_AFTER_MAX_S) {
                s = RETRY_AFTER_MAX_S;
                break;
            }
        }
        *out_ms = now_ms + (int64_t)s * 1000;
        return 0;
    }
    /* HTTP-date (IMF-fixdate, RFC 850 or asctime form): libcurl parses
     * all three.  A date is required to name a weekday or month, so that
     * garbage with a digit in it is not taken for a time. */
    if (!strchr(buf, ' ') && !strchr(buf, ','))
        return MDSHM_EBADINPUT;
    {
        time_t t = curl_getdate(buf, NULL);
        if (t == (time_t)-1)
            return MDSHM_EBADINPUT;
        at = (int64_t)t * 1000;
    }
    if (at < now_ms)
        at = now_ms;
    if (at > now_ms + (int64_t)RETRY_AFTER_MAX_S * 1000)
        at = now_ms + (int64_t)RETRY_AFTER_MAX_S * 1000;
    *out_ms = at;
    return 0;
}

int mdshm__http_resolve(const char *base, const char *ref, char **out)
{
    CURLU *u;
    CURLUcode uc;
    char *s = NULL;
    int rv = 0;

    if (!ref || !out)
        return -EINVAL;
    *out = NULL;
    if (!base) {
        *out = strdup(ref);
        return *out ? 0 : -ENOMEM;
    }
    if (!(u = curl_url()))
        return -ENOMEM;
    /* With a URL already set, curl_url_set resolves a relative one.  Out
     * of memory is not a bad URL: the caller skips a bad one. */
    uc = curl_url_set(u, CURLUPART_URL, base, 0);
    if (uc == CURLUE_OK)
        uc = curl_url_set(u, CURLUPART_URL, ref, 0);
    if (uc == CURLUE_OK)
        uc = curl_url_get(u, CURLUPART_URL, &s, 0);
    if (uc == CURLUE_OUT_OF_MEMORY)
        rv = -ENOMEM;
    else if (uc != CURLUE_OK)
        rv = MDSHM_EBADINPUT;
    else if (!(*out = strdup(s)))
        rv = -ENOMEM;
    curl_free(s);
    curl_url_cleanup(u);
    return rv;
}

static bool tchar(char c)
{
    return isalnum((unsigned char)c) || (c && strchr("!#$%&'*+-.^_`|~", c));
}

/* Parse a token or quoted-string at *pp into a malloc'ed string. */
static int param_value(const char **pp, char **out)
{
    const char *p = *pp;
    char *v;
    size_t n = 0;

    *out = NULL;
    if (*p == '"') {
        const char *q = ++p;
        /* Unescape into a buffer no larger than the quoted text. */
        while (*q && *q != '"') {
            if (*q == '\\' && q[1])
                q++;
            q++;
        }
        if (*q != '"')
            return MDSHM_EBADINPUT;
        if (!(v = malloc((size_t)(q - p) + 1)))
            return -ENOMEM;
        while (p < q) {
            if (*p == '\\' && p + 1 < q)
                p++;
            v[n++] = *p++;
        }
        v[n] = 0;
        *pp = q + 1;
    } else {
        const char *q = p;
        while (tchar(*q))
            q++;
        if (!(v = dup_n(p, (size_t)(q - p))))
            return -ENOMEM;
        *pp = q;
    }
    *out = v;
    return 0;
}

int mdshm__http_links_parse(mdshm__http_resp_t *resp, const char *value,
                            const char *base)
{
    const char *p = value;
    int rv = 0;

    if (!resp || !value)
        return -EINVAL;
    for (;;) {
        const char *url, *gt;
        char *rel = NULL, *ref, *abs = NULL;

        while (ows(*p) || *p == ',')
            p++;
        if (!*p)
            return 0;
        if (*p != '<' || !(gt = strchr(p + 1, '>')))
            return MDSHM_EBADINPUT;
        url = p + 1;
        p = gt + 1;
        for (;;) {
            const char *name;
            size_t nlen;
            char *v = NULL;

            while (ows(*p))
                p++;
            if (!*p || *p == ',')
                break;
            if (*p != ';') {
                free(rel);
                return MDSHM_EBADINPUT;
            }
            p++;
            while (ows(*p))
                p++;
            name = p;
            while (tchar(*p))
                p++;
            nlen = (size_t)(p - name);
            while (ows(*p))
                p++;
            if (nlen == 0) {
                free(rel);
                return MDSHM_EBADINPUT;
            }
            if (*p == '=') {
                p++;
                while (ows(*p))
                    p++;
                rv = param_value(&p, &v);
                if (rv) {
                    free(rel);
                    return rv;
                }
            }
            /* Only the first rel counts (RFC 8288 3.3). */
            if (nlen == 3 && !strncasecmp(name, "rel", 3) && !rel && v)
                rel = v;
            else
                free(v);
        }
        if (!rel || resp->n_links == MDSHM__HTTP_MAX_LINKS) {
            free(rel);
            continue;
        }
        if (!(ref = dup_n(url, (size_t)(gt - url)))) {
            free(rel);
            return -ENOMEM;
        }
        rv = mdshm__http_resolve(base, ref, &abs);
        free(ref);
        if (rv) {
            free(rel);
            if (rv == MDSHM_EBADINPUT)
                continue; /* skip a link we cannot resolve */
            return rv;
        }
        resp->links[resp->n_links].url = abs;
        resp->links[resp->n_links].rel = rel;
        resp->n_links++;
    }
}
