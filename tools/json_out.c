/* json_out.c -- the emitter's JSON form: builds one document with jansson
 * and writes it (indented) at emit_finish().
 *
 * Strings that are not valid UTF-8 are stored escaped (\xNN, as the text
 * form prints them); integers above INT64_MAX are stored as strings.  An
 * allocation failure is remembered and reported by emit_finish().
 */
#include "emit.h"
#include "cli.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#define JSON_MAX_DEPTH 64

struct jout {
    emit_t base;
    FILE *out;
    json_t *stack[JSON_MAX_DEPTH]; /* stack[0]: the document */
    int depth;
    int overflow;
    bool failed;
};

/* Attach @v (takes its reference; NULL = allocation failed) to the current
 * container under @key. */
static void attach(struct jout *j, const char *key, json_t *v)
{
    json_t *top = j->stack[j->depth];
    int rc;

    if (!v) {
        j->failed = true;
        return;
    }
    if (json_is_array(top)) {
        rc = json_array_append(top, v);
    } else {
        if (!key)
            key = "";
        rc = json_object_set(top, key, v);
        if (rc < 0) { /* key not UTF-8: store it escaped */
            char *esc = cli_escape(key, strlen(key));
            rc = esc ? json_object_set(top, esc, v) : -1;
            free(esc);
        }
    }
    json_decref(v);
    if (rc < 0)
        j->failed = true;
}

static void j_open(emit_t *e, const char *key, bool array)
{
    struct jout *j = (struct jout *)e;
    json_t *v;

    if (j->depth + 1 >= JSON_MAX_DEPTH) {
        j->overflow++;
        return;
    }
    v = array ? json_array() : json_object();
    if (!v) {
        j->failed = true;
        j->overflow++;
        return;
    }
    json_incref(v); /* one for the parent, one for the stack */
    attach(j, key, v);
    j->stack[++j->depth] = v;
}

static void j_close(emit_t *e)
{
    struct jout *j = (struct jout *)e;

    if (j->overflow) {
        j->overflow--;
        return;
    }
    if (j->depth == 0)
        return;
    json_decref(j->stack[j->depth--]);
}

static void j_str(emit_t *e, const char *key, const char *s, size_t n)
{
    struct jout *j = (struct jout *)e;
    json_t *v = json_stringn(s ? s : "", s ? n : 0);

    if (!v && s) { /* not UTF-8 (or embedded NUL): escaped */
        char *esc = cli_escape(s, n);
        v = esc ? json_string(esc) : NULL;
        free(esc);
    }
    attach(j, key, v);
}

static void j_i64(emit_t *e, const char *key, int64_t v)
{
    attach((struct jout *)e, key, json_integer((json_int_t)v));
}

static void j_u64(emit_t *e, const char *key, uint64_t v)
{
    char buf[32];

    if (v <= INT64_MAX) {
        attach((struct jout *)e, key, json_integer((json_int_t)v));
        return;
    }
    snprintf(buf, sizeof(buf), "%" PRIu64, v);
    attach((struct jout *)e, key, json_string(buf));
}

static void j_bool(emit_t *e, const char *key, bool v)
{
    attach((struct jout *)e, key, json_boolean(v));
}

static void j_null(emit_t *e, const char *key)
{
    attach((struct jout *)e, key, json_null());
}

static int j_finish(emit_t *e)
{
    struct jout *j = (struct jout *)e;

    while (j->depth > 0)
        j_close(e);
    if (j->failed)
        return -ENOMEM;
    if (json_dumpf(j->stack[0], j->out, JSON_INDENT(2)) < 0)
        return -EIO;
    fputc('\n', j->out);
    return fflush(j->out) == 0 && !ferror(j->out) ? 0 : -EIO;
}

static void j_destroy(emit_t *e)
{
    struct jout *j = (struct jout *)e;

    while (j->depth > 0)
        json_decref(j->stack[j->depth--]);
    json_decref(j->stack[0]);
    free(j);
}

static const struct emit_ops json_ops = {
    j_open, j_close, j_str,    j_i64,     j_u64,
    j_bool, j_null,  j_finish, j_destroy,
};

emit_t *emit_json_new(FILE *out)
{
    struct jout *j = calloc(1, sizeof(*j));

    if (!j)
        return NULL;
    j->stack[0] = json_object();
    if (!j->stack[0]) {
        free(j);
        return NULL;
    }
    j->base.ops = &json_ops;
    j->base.json = true;
    j->out = out;
    return &j->base;
}
