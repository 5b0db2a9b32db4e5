/* json_out.c -- the emitter's JSON form, written as it is emitted: the
 * same text json_dumpf(JSON_INDENT(2)) gave for a whole jansson tree, but
 * never holding more than one value (`mdshm status --json` of 100,000 MDs
 * built a tree of 1.5 GB).  Scalars and keys are encoded by jansson, so
 * escaping is jansson's.
 *
 * Strings that are not valid UTF-8 are written escaped (\xNN, as the text
 * form prints them); integers above INT64_MAX are written as strings.  An
 * allocation or write failure is remembered and reported by emit_finish()
 * (the output is then incomplete).
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
    int depth;                         /* 0: the document (an object) */
    bool array[JSON_MAX_DEPTH];        /* the container at each depth */
    size_t members[JSON_MAX_DEPTH];    /* members written so far */
    int overflow;                      /* opens beyond JSON_MAX_DEPTH */
    bool failed;
};

static void indent(struct jout *j, int level)
{
    for (int i = 0; i < level; i++)
        fputs("  ", j->out);
}

/* jansson's text of @v (takes its reference; NULL: allocation failed). */
static void put_json(struct jout *j, json_t *v)
{
    if (!v) {
        j->failed = true;
        return;
    }
    if (json_dumpf(v, j->out, JSON_ENCODE_ANY) < 0)
        j->failed = true;
    json_decref(v);
}

/* A UTF-8 string as JSON, else its escaped form. */
static json_t *jstr(const char *s, size_t n)
{
    json_t *v = json_stringn(s ? s : "", s ? n : 0);

    if (!v && s) { /* not UTF-8 (or embedded NUL): escaped */
        char *esc = cli_escape(s, n);
        v = esc ? json_string(esc) : NULL;
        free(esc);
    }
    return v;
}

/* What comes before a member of the current container: the separator,
 * the indentation and, in an object, the key. */
static void member(struct jout *j, const char *key)
{
    if (j->depth == 0 && j->members[0] == 0)
        fputc('{', j->out);
    fputs(j->members[j->depth] ? ",\n" : "\n", j->out);
    indent(j, j->depth + 1);
    if (!j->array[j->depth]) {
        put_json(j, jstr(key ? key : "", key ? strlen(key) : 0));
        fputs(": ", j->out);
    }
    j->members[j->depth]++;
}

static void value(struct jout *j, const char *key, json_t *v)
{
    if (!v) {
        j->failed = true;
        return;
    }
    member(j, key);
    put_json(j, v);
}

static void j_open(emit_t *e, const char *key, bool array)
{
    struct jout *j = (struct jout *)e;

    if (j->depth + 1 >= JSON_MAX_DEPTH) {
        j->overflow++; /* its members go to the deepest container */
        return;
    }
    member(j, key);
    fputc(array ? '[' : '{', j->out);
    j->depth++;
    j->array[j->depth] = array;
    j->members[j->depth] = 0;
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
    if (j->members[j->depth]) {
        fputc('\n', j->out);
        indent(j, j->depth);
    }
    fputc(j->array[j->depth] ? ']' : '}', j->out);
    j->depth--;
}

static void j_str(emit_t *e, const char *key, const char *s, size_t n)
{
    value((struct jout *)e, key, jstr(s, n));
}

static void j_i64(emit_t *e, const char *key, int64_t v)
{
    value((struct jout *)e, key, json_integer((json_int_t)v));
}

static void j_u64(emit_t *e, const char *key, uint64_t v)
{
    char buf[32];

    if (v <= INT64_MAX) {
        value((struct jout *)e, key, json_integer((json_int_t)v));
        return;
    }
    snprintf(buf, sizeof(buf), "%" PRIu64, v);
    value((struct jout *)e, key, json_string(buf));
}

static void j_bool(emit_t *e, const char *key, bool v)
{
    value((struct jout *)e, key, json_boolean(v));
}

static void j_null(emit_t *e, const char *key)
{
    value((struct jout *)e, key, json_null());
}

static int j_finish(emit_t *e)
{
    struct jout *j = (struct jout *)e;

    while (j->depth > 0)
        j_close(e);
    if (j->members[0])
        fputs("\n}\n", j->out);
    else
        fputs("{}\n", j->out);
    j->members[0] = 0;
    if (j->failed)
        return -ENOMEM;
    return fflush(j->out) == 0 && !ferror(j->out) ? 0 : -EIO;
}

static void j_destroy(emit_t *e)
{
    free(e);
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
    j->base.ops = &json_ops;
    j->base.json = true;
    j->out = out;
    return &j->base;
}
