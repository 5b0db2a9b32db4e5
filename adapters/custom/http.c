/* http.c -- the example server's HTTP/1.x handling: one request per
 * connection (Connection: close), bounded in size (MAX_REQUEST) and time
 * (the connection's deadline, CONN_TIMEOUT_MS from its accept: conn.c). */
#include "server.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <openssl/err.h>

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void respond(conn_t *c, int code, const char *reason,
                    const char *ctype, const char *body, size_t len)
{
    char head[512];
    int n = snprintf(head, sizeof(head),
                     "HTTP/1.1 %d %s\r\n"
                     "Content-Type: %s\r\n"
                     "Content-Length: %zu\r\n"
                     "X-Worker-Pid: %d\r\n"
                     "Connection: close\r\n\r\n",
                     code, reason, ctype, len, (int)getpid());
    if (conn_write(c, head, (size_t)n))
        conn_write(c, body, len);
}

static void text(conn_t *c, int code, const char *reason, const char *body)
{
    respond(c, code, reason, "text/plain", body, strlen(body));
}

/* Read up to the end of the headers; the request line is NUL-terminated
 * in @buf, and *@headers points at the header lines after it.  Returns
 * false for a request too big, too slow or malformed. */
static bool read_request(conn_t *c, char *buf, size_t size, char **target,
                         const char **headers)
{
    size_t have = 0;
    char *end, *sp1, *sp2;

    buf[0] = '\0';
    while (!(end = strstr(buf, "\r\n\r\n"))) {
        int r;
        if (have + 1 >= size)
            return false;
        r = conn_read(c, buf + have, size - 1 - have);
        if (r < 0)
            return false;
        have += (size_t)r;
        buf[have] = '\0';
    }
    end = strstr(buf, "\r\n");
    *end = '\0';
    *headers = end + 2;
    sp1 = strchr(buf, ' ');
    if (!sp1 || !(sp2 = strchr(sp1 + 1, ' ')) || strncmp(sp2 + 1, "HTTP/1.",
                                                         7) != 0)
        return false;
    *sp1 = '\0';
    *sp2 = '\0';
    *target = sp1 + 1;
    return true;
}

/* A worker without its store (mdshm_tls_attach_fallback) says why. */
static bool store_missing(conn_t *c, mdshm_tls_worker_t *w)
{
    char body[160];

    if (mdshm_tls_store(w))
        return false;
    snprintf(body, sizeof(body), "store unavailable: %s\n",
             mdshm_strerror(mdshm_tls_store_error(w)));
    text(c, 503, "Service Unavailable", body);
    return true;
}

/* A status document streamed as it is made (chunked: a 100,000-MD store
 * makes 200 MB documents, never held whole).  The head goes with the first
 * piece, so a document that fails at once still gets its error status; one
 * that fails later ends without the final chunk, which clients see as
 * truncated. */
struct stream {
    conn_t *c;
    const char *ctype;
    bool started;
};

static void stream_head(struct stream *st)
{
    char head[512];
    int n = snprintf(head, sizeof(head),
                     "HTTP/1.1 200 OK\r\n"
                     "Content-Type: %s\r\n"
                     "Transfer-Encoding: chunked\r\n"
                     "X-Worker-Pid: %d\r\n"
                     "Connection: close\r\n\r\n",
                     st->ctype, (int)getpid());
    conn_write(st->c, head, (size_t)n);
    st->started = true;
}

static int stream_sink(void *baton, const char *data, size_t len)
{
    struct stream *st = baton;
    char size[32];
    int n;

    if (!st->started)
        stream_head(st);
    n = snprintf(size, sizeof(size), "%zx\r\n", len);
    conn_write(st->c, size, (size_t)n);
    conn_write(st->c, data, len);
    conn_write(st->c, "\r\n", 2);
    return 0;
}

static void stream_end(struct stream *st, int rv, const char *what)
{
    if (rv == MDSHM_ENOTFOUND && !st->started) {
        text(st->c, 404, "Not Found", "no such managed domain\n");
    } else if (rv < 0 && !st->started) {
        text(st->c, 500, "Internal Server Error", what);
    } else if (rv == 0) {
        if (!st->started)
            stream_head(st);
        conn_write(st->c, "0\r\n\r\n", 5);
    }
}

/* Query parameter @name of @query ("a=1&b=2"), %-decoded into @buf;
 * false if absent or too long. */
static bool query_param(const char *query, const char *name, char *buf,
                        size_t size)
{
    size_t nl = strlen(name);

    for (const char *p = query; p && *p;
         p = strchr(p, '&'), p = p ? p + 1 : p) {
        if (strncmp(p, name, nl) != 0 || p[nl] != '=')
            continue;
        size_t o = 0;
        for (p += nl + 1; *p && *p != '&'; p++) {
            unsigned v;
            char c = *p;
            if (c == '%' && sscanf(p + 1, "%2x", &v) == 1 &&
                p[1] && p[2]) {
                c = (char)v;
                p += 2;
            }
            if (o + 1 >= size || c == 0)
                return false;
            buf[o++] = c;
        }
        buf[o] = 0;
        return true;
    }
    return false;
}

/* Whether the request's Accept header names text/html (a browser's
 * does): then the status is the HTML page.  A rough match, enough for an
 * example: q=0 is not honoured. */
static bool wants_html(const char *headers)
{
    for (const char *p = headers; p && *p; p = strstr(p, "\r\n"),
                    p = p ? p + 2 : p) {
        const char *eol = strstr(p, "\r\n");
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        if (n > 7 && strncasecmp(p, "accept:", 7) == 0 &&
            memmem(p, n, "text/html", 9))
            return true;
    }
    return false;
}

/* /md-status[?after=MD&limit=N] or /md-status/MD; the list as the HTML
 * page for Accept: text/html */
static void serve_status(conn_t *c, mdshm_tls_worker_t *w, const char *md,
                         const char *query, const char *headers)
{
    struct stream st = {c, "application/json", false};
    bool html = !md && wants_html(headers);
    char after[256], lim[24], *end;
    mdshm_status_page_t page = {NULL, 0};
    int rv;

    if (store_missing(c, w))
        return;
    if (query && query_param(query, "after", after, sizeof(after)))
        page.after = after;
    if (query && query_param(query, "limit", lim, sizeof(lim))) {
        page.limit = strtoul(lim, &end, 10);
        if (*end || !page.limit) {
            text(c, 400, "Bad Request", "limit: a number from 1\n");
            return;
        }
    }
    if (html) {
        st.ctype = "text/html; charset=utf-8";
        rv = mdshm_status_html_stream(mdshm_tls_store(w),
                                      page.after || page.limit ? &page
                                                               : NULL,
                                      now_ms(), stream_sink, &st);
    } else {
        rv = mdshm_status_json_stream(mdshm_tls_store(w), md,
                                      page.after || page.limit ? &page
                                                               : NULL,
                                      now_ms(), stream_sink, &st);
    }
    stream_end(&st, rv, "status unavailable\n");
}

static void serve_metrics(conn_t *c, mdshm_tls_worker_t *w)
{
    struct stream st = {c, "text/plain; version=0.0.4", false};
    int rv;

    if (store_missing(c, w))
        return;
    rv = mdshm_status_metrics_stream(mdshm_tls_store(w), now_ms(),
                                     stream_sink, &st);
    stream_end(&st, rv, "metrics unavailable\n");
}

static void serve_worker(conn_t *c, mdshm_tls_worker_t *w)
{
    mdshm_tls_stats_t st;
    char body[512];

    mdshm_tls_worker_stats(w, &st);
    snprintf(body, sizeof(body),
             "{\"pid\":%d,\"handshakes\":%llu,\"parses\":%llu,"
             "\"refreshes\":%llu,\"fallback\":%llu,\"challenges\":%llu,"
             "\"staples\":%llu,\"staples_cached\":%llu,"
             "\"staple_reads\":%llu,\"errors\":%llu}\n",
             (int)getpid(), (unsigned long long)st.handshakes,
             (unsigned long long)st.parses,
             (unsigned long long)st.refreshes,
             (unsigned long long)st.fallback,
             (unsigned long long)st.challenges,
             (unsigned long long)st.staples,
             (unsigned long long)st.staples_cached,
             (unsigned long long)st.staple_reads,
             (unsigned long long)st.errors);
    respond(c, 200, "OK", "application/json", body, strlen(body));
}

void http_serve(server_t *s, mdshm_tls_worker_t *w, conn_t *c)
{
    char buf[MAX_REQUEST];
    char answer[1024];
    const char *headers;
    char *target;
    size_t len;
    int rv;

    if (!read_request(c, buf, sizeof(buf), &target, &headers)) {
        text(c, 400, "Bad Request", "bad request\n");
        return;
    }
    if (strcmp(buf, "GET") != 0 && strcmp(buf, "HEAD") != 0) {
        text(c, 405, "Method Not Allowed", "GET only\n");
        return;
    }
    /* http-01 answers on both ports, from any worker */
    if (w) {
        rv = mdshm_tls_http01(w, target, strlen(target), answer,
                              sizeof(answer), &len);
        if (rv == 0) {
            respond(c, 200, "OK", "application/octet-stream", answer, len);
            return;
        }
        if (rv != MDSHM_EBADINPUT) {
            text(c, 404, "Not Found", "no such challenge\n");
            return;
        }
    }
    if (!c->tls) {
        text(c, 404, "Not Found", "this port answers ACME challenges only\n");
        return;
    }
    if (s->o.status && w) {
        if (strcmp(target, "/md-status") == 0)
            return serve_status(c, w, NULL, NULL, headers);
        if (strncmp(target, "/md-status?", 11) == 0)
            return serve_status(c, w, NULL, target + 11, headers);
        if (strncmp(target, "/md-status/", 11) == 0 && target[11])
            return serve_status(c, w, target + 11, NULL, headers);
        if (strcmp(target, "/metrics") == 0)
            return serve_metrics(c, w);
        if (strcmp(target, "/worker") == 0)
            return serve_worker(c, w);
    }
    /* "503 until issued": the handshake used the fallback certificate */
    if (mdshm_tls_ssl_state(c->ssl) == MDSHM_TLS_PENDING) {
        text(c, 503, "Service Unavailable",
             "the certificate for this domain is not issued yet\n");
        return;
    }
    snprintf(answer, sizeof(answer), "hello from mdshm-example-server "
             "worker %d\n", (int)getpid());
    text(c, 200, "OK", answer);
}
