/* etcd_lines.c -- a watch stream's bytes into messages: the gateway writes
 * one JSON object per line, and HTTP chunks do not follow lines (a line may
 * span chunks, a chunk may hold several lines), so split on '\n' only. */
#include "etcd.h"

#include <jansson.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

void mdshm__etcd_lines_init(mdshm__etcd_lines_t *l, size_t max)
{
    memset(l, 0, sizeof(*l));
    l->max = max;
}

void mdshm__etcd_lines_free(mdshm__etcd_lines_t *l)
{
    free(l->buf);
    memset(l, 0, sizeof(*l));
}

int mdshm__etcd_lines_feed(mdshm__etcd_lines_t *l, const void *p, size_t n)
{
    if (!n)
        return 0;
    if (l->len + n > l->cap) {
        size_t cap = l->cap ? l->cap : 4096;
        char *b;
        while (cap < l->len + n)
            cap *= 2;
        if (!(b = realloc(l->buf, cap + 1)))
            return -ENOMEM;
        l->buf = b;
        l->cap = cap;
    }
    memcpy(l->buf + l->len, p, n);
    l->len += n;
    /* A line may be longer than max only if it never ends. */
    if (!memchr(l->buf + l->scanned, '\n', l->len - l->scanned)) {
        l->scanned = l->len;
        if (l->len > l->max)
            return -EMSGSIZE;
    }
    return 0;
}

int mdshm__etcd_lines_next(mdshm__etcd_lines_t *l, char **line, size_t *len)
{
    for (;;) {
        char *nl = l->len ? memchr(l->buf, '\n', l->len) : NULL;
        size_t n, used;

        *line = NULL;
        *len = 0;
        if (!nl) {
            l->scanned = l->len;
            return 0;
        }
        used = (size_t)(nl - l->buf) + 1;
        n = used - 1;
        if (n && l->buf[n - 1] == '\r')
            n--;
        if (n) {
            if (!(*line = malloc(n + 1)))
                return -ENOMEM;
            memcpy(*line, l->buf, n);
            (*line)[n] = 0;
            *len = n;
        }
        memmove(l->buf, l->buf + used, l->len - used);
        l->len -= used;
        l->scanned = 0;
        if (n)
            return 1;
    }
}

void mdshm__etcd_watch_msg_clear(mdshm__etcd_watch_msg_t *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->n_events; i++) {
        mdshm__etcd_kv_clear(&m->events[i].kv);
        mdshm__etcd_kv_clear(&m->events[i].prev_kv);
    }
    free(m->events);
    memset(m, 0, sizeof(*m));
}

static int parse_events(json_t *evs, mdshm__etcd_watch_msg_t *out)
{
    size_t n = json_array_size(evs);
    int rv;

    if (!json_is_array(evs))
        return -EPROTO;
    if (!(out->events = calloc(n, sizeof(*out->events))))
        return -ENOMEM;
    for (size_t i = 0; i < n; i++) {
        json_t *e = json_array_get(evs, i), *t, *prev;
        mdshm__etcd_event_t *ev = &out->events[i];

        out->n_events++;
        t = json_object_get(e, "type");
        /* PUT is the default (0) and so omitted; enums may be numbers */
        if (!t || (json_is_string(t) && !strcmp(json_string_value(t), "PUT")) ||
            (json_is_integer(t) && json_integer_value(t) == 0))
            ev->type = MDSHM__ETCD_EV_PUT;
        else if ((json_is_string(t) &&
                  !strcmp(json_string_value(t), "DELETE")) ||
                 (json_is_integer(t) && json_integer_value(t) == 1))
            ev->type = MDSHM__ETCD_EV_DELETE;
        else
            return -EPROTO;
        rv = mdshm__etcd_json_kv(json_object_get(e, "kv"), &ev->kv);
        if (rv < 0)
            return rv;
        prev = json_object_get(e, "prev_kv");
        if (prev) {
            rv = mdshm__etcd_json_kv(prev, &ev->prev_kv);
            if (rv < 0)
                return rv;
            ev->has_prev = true;
        }
    }
    return 0;
}

static void copy_text(char *dst, size_t size, json_t *v)
{
    snprintf(dst, size, "%s", json_is_string(v) ? json_string_value(v) : "");
}

/* The error code of a watch's error text (with its gRPC code, may be NULL,
 * and HTTP status): the unary answers' mapping, same texts and codes. */
static int reason_err(const char *reason, json_t *grpc_code, long http)
{
    json_t *fake = json_pack("{s:s, s:O?}", "message", reason, "code",
                             grpc_code);
    char *s = fake ? json_dumps(fake, JSON_COMPACT) : NULL;
    int rv = mdshm__etcd_error_parse(http, s, s ? strlen(s) : 0, NULL, 0);

    free(s);
    json_decref(fake);
    return rv;
}

int mdshm__etcd_watch_parse(const char *line, size_t len,
                            mdshm__etcd_watch_msg_t *out)
{
    json_error_t jerr;
    json_t *j, *r, *e;
    int rv = -EPROTO;

    memset(out, 0, sizeof(*out));
    j = json_loadb(line, len, 0, &jerr);
    if (!json_is_object(j))
        goto out;
    if ((e = json_object_get(j, "error"))) {
        /* in-band: {"error":{"grpc_code":14,"http_code":503,"message":..}} */
        json_t *hc = json_object_get(e, "http_code");

        out->kind = MDSHM__ETCD_WATCH_ERROR;
        copy_text(out->reason, sizeof(out->reason),
                  json_object_get(e, "message"));
        out->err = reason_err(out->reason, json_object_get(e, "grpc_code"),
                              json_is_integer(hc)
                                  ? (long)json_integer_value(hc) : 500);
        rv = 0;
        goto out;
    }
    r = json_object_get(j, "result");
    if (!json_is_object(r))
        goto out;
    rv = mdshm__etcd_json_i64(json_object_get(r, "header"), "revision",
                              &out->revision);
    if (rv == 0)
        rv = mdshm__etcd_json_i64(r, "watch_id", &out->watch_id);
    if (rv == 0)
        rv = mdshm__etcd_json_i64(r, "compact_revision",
                                  &out->compact_revision);
    if (rv < 0)
        goto out;
    if (json_is_true(json_object_get(r, "canceled"))) {
        out->kind = MDSHM__ETCD_WATCH_CANCELED;
        copy_text(out->reason, sizeof(out->reason),
                  json_object_get(r, "cancel_reason"));
        /* a refused create too ("created" and "canceled" at once, e.g.
         * an invalid auth token: "rpc error: code = Unauthenticated") */
        out->err = out->compact_revision
                       ? MDSHM__ETCD_ECOMPACTED
                       : reason_err(out->reason, NULL, 200);
    } else if (json_is_true(json_object_get(r, "created"))) {
        out->kind = MDSHM__ETCD_WATCH_CREATED;
    } else if (json_array_size(json_object_get(r, "events"))) {
        out->kind = MDSHM__ETCD_WATCH_EVENTS;
        rv = parse_events(json_object_get(r, "events"), out);
    } else {
        out->kind = MDSHM__ETCD_WATCH_PROGRESS;
    }
out:
    json_decref(j);
    if (rv < 0)
        mdshm__etcd_watch_msg_clear(out);
    return rv;
}
