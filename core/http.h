/* http.h -- the one HTTP client of libmdshm (libcurl), internal.
 *
 * Every request is bounded: the body has a size limit, the connection a
 * connect timeout, the whole exchange an overall timeout, and a transfer
 * slower than a floor for too long is aborted, so a slow or hostile server
 * ends in an error, never in a hang.  A handle keeps one CURL easy handle
 * so that connections are reused; it is used by one thread at a time.
 */
#ifndef MDSHM_HTTP_H
#define MDSHM_HTTP_H

#include "internal.h"

#define MDSHM__HTTP_MAX_BODY_DEFAULT (1u << 20)
#define MDSHM__HTTP_MAX_LINKS 16

typedef struct mdshm__http_opts {
    const char *ca_file;          /* trust only this PEM file; NULL: system */
    const char *proxy;            /* proxy URL; NULL: none (the environment's
                                     *_proxy variables are ignored) */
    unsigned connect_timeout_ms;  /* 0: 10 s */
    unsigned timeout_ms;          /* whole request; 0: 60 s */
    unsigned stall_time_s;        /* abort after this long below... 0: 30 s */
    unsigned stall_bytes;         /* ...this many bytes/s; 0: 10 */
    size_t max_body;              /* 0: MDSHM__HTTP_MAX_BODY_DEFAULT */
    /* Polled during transfers: return true to abort (-ECANCELED). */
    bool (*cancelled)(void *baton);
    void *cancel_baton;
} mdshm__http_opts_t;

typedef struct mdshm__http_link {
    char *url; /* absolute (resolved against the request URL) */
    char *rel; /* the rel parameter as sent, e.g. "up" or "up alternate" */
} mdshm__http_link_t;

/* One response.  Strings are malloc'ed and NUL-terminated, NULL if absent;
 * the body is NUL-terminated too (not counted in body_len). */
typedef struct mdshm__http_resp {
    long status;
    char *body;
    size_t body_len;
    char *content_type;    /* without parameters, lower case */
    char *nonce;           /* Replay-Nonce */
    char *location;        /* absolute */
    int64_t retry_after_ms; /* absolute unix ms; 0 if none or unparseable */
    char *etag;            /* ETag, as sent (conditional requests) */
    char *last_modified;   /* Last-Modified, as sent */
    size_t n_links;
    mdshm__http_link_t links[MDSHM__HTTP_MAX_LINKS];
    char error[256];       /* transport error text (curl), "" if none */
} mdshm__http_resp_t;

typedef struct mdshm__http mdshm__http_t;

/* @opts is copied (strings too).  @out owned: mdshm__http_destroy(). */
MDSHM_HIDDEN int mdshm__http_create(const mdshm__http_opts_t *opts,
                                    mdshm__http_t **out);
MDSHM_HIDDEN void mdshm__http_destroy(mdshm__http_t *h);

/*
 * Perform one request.  @method "GET", "HEAD" or "POST"; @body/@len and
 * @content_type only for POST; @accept may be NULL.  Redirects are not
 * followed.  @resp is cleared first and filled whatever the HTTP status
 * (a 4xx/5xx answer is not an error here).
 * @return 0 (a response was received), -ETIMEDOUT, -ECONNREFUSED,
 *   -EHOSTUNREACH (name or route), -ECONNRESET (connection broken),
 *   -EPROTO (TLS or HTTP protocol failure), MDSHM_ETOOBIG (body or headers
 *   over the limit), MDSHM_EBADINPUT (bad URL), -ECANCELED, -ENOMEM, -EIO.
 *   Failures are logged once (with curl's text, also in resp->error).
 */
MDSHM_HIDDEN int mdshm__http_request(mdshm__http_t *h, const char *method,
                                     const char *url, const char *accept,
                                     const char *content_type,
                                     const void *body, size_t len,
                                     mdshm__http_resp_t *resp);

/* A GET that the server may answer 304 Not Modified: If-None-Match
 * @etag and If-Modified-Since @last_modified (each may be NULL or "").
 * Otherwise as mdshm__http_request. */
MDSHM_HIDDEN int mdshm__http_get_cond(mdshm__http_t *h, const char *url,
                                      const char *accept, const char *etag,
                                      const char *last_modified,
                                      mdshm__http_resp_t *resp);

/* Free what @resp owns and zero it. */
MDSHM_HIDDEN void mdshm__http_resp_clear(mdshm__http_resp_t *resp);

/* The @i-th link (0-based) whose rel contains the token @rel, or NULL. */
MDSHM_HIDDEN const char *mdshm__http_link(const mdshm__http_resp_t *resp,
                                          const char *rel, size_t i);

/*
 * Parse a Retry-After value: delta-seconds or an HTTP-date.  The result is
 * an absolute unix ms time, never before @now_ms and at most 30 days after
 * it (a larger value is clamped).
 * @return 0, MDSHM_EBADINPUT (not parseable).
 */
MDSHM_HIDDEN int mdshm__http_retry_after(const char *value, int64_t now_ms,
                                         int64_t *out_ms);

/*
 * Parse one Link header value (RFC 8288: one or more "<url>; param=..."
 * separated by commas) and append to @resp->links, resolving relative URLs
 * against @base (may be NULL: kept as they are).  Links beyond
 * MDSHM__HTTP_MAX_LINKS are dropped.
 * @return 0, MDSHM_EBADINPUT (malformed: nothing appended from the bad
 *   element on), -ENOMEM.
 */
MDSHM_HIDDEN int mdshm__http_links_parse(mdshm__http_resp_t *resp,
                                         const char *value, const char *base);

/* Resolve @ref against @base into a malloc'ed absolute URL.
 * @return 0, MDSHM_EBADINPUT (not a URL), -ENOMEM. */
MDSHM_HIDDEN int mdshm__http_resolve(const char *base, const char *ref,
                                     char **out);

#endif
