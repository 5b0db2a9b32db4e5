/* acme_json.c -- reading what an ACME server sends: typed JSON fields,
 * RFC 3339 times, problem documents, and results for the job log.
 *
 * Everything here treats the CA's answer as hostile: a field of the wrong
 * type, an over-long string, an embedded NUL or a bad time is an error
 * (-EBADMSG), never a crash; text copied into results is truncated at a
 * UTF-8 boundary and stripped of control characters, because it ends up
 * in logs and status pages.
 */
#include "acme.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define URL_MAX MDSHM_MAX_STR
#define ACME_URN "urn:ietf:params:acme:error:"
#define ACME_URN_V1 "urn:acme:error:"

void mdshm__acme_result_clear(mdshm__acme_result_t *res)
{
    if (res)
        memset(res, 0, sizeof(*res));
}

/* Copy network text into a fixed buffer: control characters become
 * spaces, a cut never splits a UTF-8 sequence, a cut is marked "...". */
static void copy_text(char *dst, size_t size, const char *src, size_t len)
{
    size_t n = 0;
    bool cut = false;

    if (size == 0)
        return;
    if (!src)
        len = 0;
    if (len > size - 1) {
        len = size > 4 ? size - 4 : size - 1;
        /* back up to the start of a UTF-8 sequence */
        while (len > 0 && ((unsigned char)src[len] & 0xC0) == 0x80)
            len--;
        cut = size > 4;
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)src[i];
        dst[n++] = (c < 0x20 || c == 0x7f) ? ' ' : (char)c;
    }
    if (cut) {
        memcpy(dst + n, "...", 3);
        n += 3;
    }
    dst[n] = 0;
}

int mdshm__acme_fail(mdshm__acme_result_t *res, int rv,
                     mdshm_log_level_t level, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    if (res) {
        res->rv = rv;
        copy_text(res->detail, sizeof(res->detail), msg, strlen(msg));
    }
    MDSHM_LOG(level, rv, "%s", msg);
    return rv;
}

int mdshm__acme_done(mdshm__acme_result_t *res, int rv)
{
    if (!res)
        return rv;
    if (rv >= 0) {
        mdshm__acme_result_clear(res);
        return rv;
    }
    res->rv = rv;
    if (!res->detail[0]) /* a failure no one described (allocation...) */
        snprintf(res->detail, sizeof(res->detail), "%s",
                 mdshm_strerror(rv));
    return rv;
}

int mdshm__acme_strdup(const char *s, char **out)
{
    *out = NULL;
    if (!s)
        return 0;
    *out = strdup(s);
    return *out ? 0 : -ENOMEM;
}

bool mdshm__acme_url_ok(const char *url)
{
    size_t n;

    if (!url)
        return false;
    n = strlen(url);
    if (n > URL_MAX || n < 9)
        return false;
    if (strncasecmp(url, "https://", 8) && strncasecmp(url, "http://", 7))
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)url[i];
        if (c <= 0x20 || c >= 0x7f)
            return false;
    }
    return true;
}

int mdshm__acme_json_parse(const mdshm__http_resp_t *resp, const char *what,
                           json_t **out, mdshm__acme_result_t *res)
{
    json_error_t err;
    json_t *j;

    *out = NULL;
    if (!resp->body || resp->body_len == 0)
        return mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                "%s: empty answer from the CA (HTTP %ld)",
                                what, resp->status);
    j = json_loadb(resp->body, resp->body_len, JSON_REJECT_DUPLICATES, &err);
    if (!j)
        return mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                "%s: malformed JSON from the CA (HTTP %ld): "
                                "%s at line %d",
                                what, resp->status, err.text, err.line);
    if (!json_is_object(j)) {
        json_decref(j);
        return mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                "%s: the CA's answer is not a JSON object",
                                what);
    }
    *out = j;
    return 0;
}

int mdshm__acme_json_str(const json_t *obj, const char *key, bool required,
                         size_t max, const char *what, const char **out,
                         mdshm__acme_result_t *res)
{
    json_t *v = json_object_get(obj, key);
    const char *s;

    *out = NULL;
    if (!v || json_is_null(v)) {
        if (!required)
            return 0;
        return mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                "%s: the CA's answer lacks \"%s\"", what, key);
    }
    if (!json_is_string(v))
        return mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                "%s: \"%s\" is not a string", what, key);
    s = json_string_value(v);
    if (json_string_length(v) != strlen(s) || json_string_length(v) > max)
        return mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                "%s: \"%s\" is too long or contains NUL", what,
                                key);
    *out = s;
    return 0;
}

int mdshm__acme_json_url(const json_t *obj, const char *key, bool required,
                         const char *what, const char **out,
                         mdshm__acme_result_t *res)
{
    int rv = mdshm__acme_json_str(obj, key, required, URL_MAX, what, out, res);

    if (rv || !*out)
        return rv;
    if (!mdshm__acme_url_ok(*out)) {
        *out = NULL;
        return mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                "%s: \"%s\" is not an http(s) URL", what, key);
    }
    return 0;
}

int mdshm__acme_json_time(const json_t *obj, const char *key, bool required,
                          const char *what, int64_t *out,
                          mdshm__acme_result_t *res)
{
    const char *s;
    int rv = mdshm__acme_json_str(obj, key, required, 64, what, &s, res);

    *out = 0;
    if (rv || !s)
        return rv;
    if (mdshm__rfc3339_parse(s, out))
        return mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                "%s: \"%s\" is not an RFC 3339 time", what,
                                key);
    return 0;
}

/* @n decimal digits at *pp into *out. */
static bool digits(const char **pp, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        char c = (*pp)[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *pp += n;
    *out = v;
    return true;
}

int mdshm__rfc3339_parse(const char *s, int64_t *out_ms)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y, mo, d, h, mi, sec, ms = 0, oh = 0, om = 0, sign = 0;
    const char *p = s;

    if (!s || !out_ms)
        return -EINVAL;
    *out_ms = 0;
    if (!digits(&p, 4, &y) || *p++ != '-' || !digits(&p, 2, &mo) ||
        *p++ != '-' || !digits(&p, 2, &d) ||
        (*p != 'T' && *p != 't' && *p != ' '))
        return MDSHM_EBADINPUT;
    p++;
    if (!digits(&p, 2, &h) || *p++ != ':' || !digits(&p, 2, &mi) ||
        *p++ != ':' || !digits(&p, 2, &sec))
        return MDSHM_EBADINPUT;
    if (*p == '.') { /* fraction: keep milliseconds, skip the rest */
        int nd = 0;
        p++;
        while (*p >= '0' && *p <= '9') {
            if (nd < 3)
                ms = ms * 10 + (*p - '0');
            nd++;
            p++;
        }
        if (nd == 0 || nd > 9)
            return MDSHM_EBADINPUT;
        for (; nd < 3; nd++)
            ms *= 10;
    }
    if (*p == 'Z' || *p == 'z') {
        p++;
    } else if (*p == '+' || *p == '-') {
        sign = *p++ == '-' ? -1 : 1;
        if (!digits(&p, 2, &oh) || *p++ != ':' || !digits(&p, 2, &om) ||
            oh > 23 || om > 59)
            return MDSHM_EBADINPUT;
    } else {
        return MDSHM_EBADINPUT;
    }
    if (*p)
        return MDSHM_EBADINPUT;
    if (mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1] || h > 23 ||
        mi > 59 || sec > 60)
        return MDSHM_EBADINPUT;
    if (mo == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return MDSHM_EBADINPUT;
    *out_ms = (mdshm__days_from_civil(y, (unsigned)mo, (unsigned)d) * 86400 +
               (int64_t)h * 3600 + mi * 60 + sec -
               (int64_t)sign * (oh * 3600 + om * 60)) *
                  1000 +
              ms;
    return 0;
}

/* The short form of a problem type ("badNonce"), or NULL if not ACME's. */
static const char *short_type(const char *type)
{
    if (!type)
        return NULL;
    if (!strncmp(type, ACME_URN, strlen(ACME_URN)))
        return type + strlen(ACME_URN);
    if (!strncmp(type, ACME_URN_V1, strlen(ACME_URN_V1)))
        return type + strlen(ACME_URN_V1);
    return NULL;
}

int mdshm__acme_problem_rv(long http_status, const char *type)
{
    static const struct {
        const char *type;
        int rv;
    } map[] = {
        {"badNonce", -EAGAIN},
        {"rateLimited", -EAGAIN},
        {"unauthorized", -EACCES},
        {"userActionRequired", -EACCES},
        {"externalAccountRequired", -EACCES},
        {"caa", -EACCES},
        {"accountDoesNotExist", MDSHM_ENOTFOUND},
        {"malformed", MDSHM_EBADINPUT},
        {"badCSR", MDSHM_EBADINPUT},
        {"badPublicKey", MDSHM_EBADINPUT},
        {"badSignatureAlgorithm", MDSHM_EBADINPUT},
        {"badRevocationReason", MDSHM_EBADINPUT},
        {"rejectedIdentifier", MDSHM_EBADINPUT},
        {"unsupportedIdentifier", MDSHM_EBADINPUT},
        {"invalidContact", MDSHM_EBADINPUT},
        {"unsupportedContact", MDSHM_EBADINPUT},
        {"invalidProfile", MDSHM_EBADINPUT},
        {"alreadyRevoked", -EALREADY},
        {"alreadyReplaced", -EALREADY},
        {"serverInternal", -EIO},
    };
    const char *t = short_type(type);

    if (t)
        for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
            if (!strcmp(t, map[i].type))
                return map[i].rv;
    if (http_status == 401 || http_status == 403)
        return -EACCES;
    if (http_status == 404 || http_status == 410)
        return MDSHM_ENOTFOUND;
    if (http_status == 429 || http_status == 503)
        return -EAGAIN;
    if (http_status >= 500)
        return -EIO;
    return -EPROTO;
}

/* A string member of @obj into @dst; anything but a string is ignored. */
static void member_text(const json_t *obj, const char *key, char *dst,
                        size_t size)
{
    json_t *v = json_object_get(obj, key);

    dst[0] = 0;
    if (json_is_string(v))
        copy_text(dst, size, json_string_value(v), json_string_length(v));
}

int mdshm__acme_problem_json(const json_t *obj, long status,
                             mdshm__acme_result_t *res)
{
    json_t *subs, *v;
    size_t i;

    if (!res)
        return 0;
    res->http_status = (int)status;
    if (!json_is_object(obj))
        return 0;
    member_text(obj, "type", res->problem, sizeof(res->problem));
    member_text(obj, "detail", res->detail, sizeof(res->detail));
    /* An embedded status (challenge errors carry one) if we have none. */
    v = json_object_get(obj, "status");
    if (!status && json_is_integer(v) && json_integer_value(v) >= 100 &&
        json_integer_value(v) <= 599)
        res->http_status = (int)json_integer_value(v);
    subs = json_object_get(obj, "subproblems");
    if (!json_is_array(subs))
        return 0;
    json_array_foreach(subs, i, v) {
        mdshm__acme_subproblem_t *sp;
        json_t *id;
        if (res->n_sub == MDSHM__ACME_MAX_SUB)
            break;
        if (!json_is_object(v))
            continue;
        sp = &res->sub[res->n_sub++];
        member_text(v, "type", sp->type, sizeof(sp->type));
        member_text(v, "detail", sp->detail, sizeof(sp->detail));
        id = json_object_get(v, "identifier");
        if (json_is_object(id)) {
            member_text(id, "type", sp->id_type, sizeof(sp->id_type));
            member_text(id, "value", sp->id_value, sizeof(sp->id_value));
        }
    }
    return 0;
}

int mdshm__acme_problem(long http_status, const char *body, size_t len,
                        int64_t retry_after_ms, mdshm__acme_result_t *res)
{
    mdshm__acme_result_t tmp;
    json_t *j = NULL;
    int rv;

    if (!res)
        res = &tmp;
    mdshm__acme_result_clear(res);
    res->http_status = (int)http_status;
    res->retry_after_ms = retry_after_ms;
    if (body && len)
        j = json_loadb(body, len, JSON_REJECT_DUPLICATES, NULL);
    if (json_is_object(j))
        mdshm__acme_problem_json(j, http_status, res);
    json_decref(j);
    res->http_status = (int)http_status;
    if (!res->detail[0])
        snprintf(res->detail, sizeof(res->detail),
                 "HTTP %ld from the CA without a problem document",
                 http_status);
    rv = mdshm__acme_problem_rv(http_status, res->problem);
    res->rv = rv;
    return rv;
}
