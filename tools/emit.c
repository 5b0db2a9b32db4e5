/* emit.c -- the emitter's text form and the output conventions shared by
 * both forms (see emit.h).
 *
 * Text form, YAML-like: "key: value" lines, two spaces per level, array
 * items as "- value".  A container's header line is written when its first
 * member arrives, so that empty ones print as "key: {}" / "key: []".
 * Strings are printed as printable ASCII (other bytes as \xNN).
 */
#include "emit.h"
#include "cli.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#define TEXT_MAX_DEPTH 32

struct tframe {
    bool array;
    bool dash;    /* object in an array: its first line starts with "- " */
    bool printed; /* header line written (or none needed) */
    char *key;    /* escaped copy; NULL inside arrays */
};

struct text {
    emit_t base;
    FILE *out;
    int depth; /* st[0] is the root object */
    int overflow; /* opens beyond TEXT_MAX_DEPTH, ignored */
    struct tframe st[TEXT_MAX_DEPTH];
};

static void spaces(FILE *f, int n)
{
    for (int i = 0; i < n; i++)
        fputc(' ', f);
}

/* Start a line in frame @level. */
static void prefix(struct text *t, int level)
{
    struct tframe *fr = &t->st[level];

    if (fr->array) {
        spaces(t->out, 2 * level);
        fputs("- ", t->out);
    } else if (fr->dash) {
        spaces(t->out, 2 * (level - 1));
        fputs("- ", t->out);
        fr->dash = false;
    } else {
        spaces(t->out, 2 * level);
    }
}

static void put_key(struct text *t, const char *key)
{
    if (key)
        fprintf(t->out, "%s:", key);
}

/* Write the header lines of the containers that have none yet. */
static void flush_headers(struct text *t)
{
    for (int l = 1; l <= t->depth; l++) {
        struct tframe *fr = &t->st[l];
        if (fr->printed)
            continue;
        prefix(t, l - 1);
        if (fr->key)
            put_key(t, fr->key);
        else
            fputc('-', t->out);
        fputc('\n', t->out);
        fr->printed = true;
    }
}

static void text_open(emit_t *e, const char *key, bool array)
{
    struct text *t = (struct text *)e;
    struct tframe *fr;
    bool in_array = t->st[t->depth].array;

    if (t->depth + 1 >= TEXT_MAX_DEPTH) {
        t->overflow++;
        return;
    }
    fr = &t->st[++t->depth];
    memset(fr, 0, sizeof(*fr));
    fr->array = array;
    if (in_array && !array) {
        fr->dash = true;
        fr->printed = true; /* the dash on its first line is the header */
    } else {
        fr->key = key ? strdup(key) : NULL;
    }
}

static void text_close(emit_t *e)
{
    struct text *t = (struct text *)e;
    struct tframe *fr;

    if (t->overflow) {
        t->overflow--;
        return;
    }
    if (t->depth == 0)
        return;
    fr = &t->st[t->depth];
    if (fr->dash) { /* object in an array without members */
        flush_headers(t);
        spaces(t->out, 2 * (t->depth - 1));
        fputs("- {}\n", t->out);
    } else if (!fr->printed) {
        t->depth--;
        flush_headers(t);
        prefix(t, t->depth);
        if (fr->key) {
            put_key(t, fr->key);
            fputc(' ', t->out);
        }
        fputs(fr->array ? "[]\n" : "{}\n", t->out);
        free(fr->key);
        return;
    }
    free(fr->key);
    t->depth--;
}

/* Start a scalar line. */
static void scalar(struct text *t, const char *key)
{
    flush_headers(t);
    prefix(t, t->depth);
    if (key) {
        put_key(t, key);
        fputc(' ', t->out);
    }
}

static void text_str(emit_t *e, const char *key, const char *s, size_t n)
{
    struct text *t = (struct text *)e;
    char *esc = cli_escape(s, n);

    scalar(t, key);
    if (n == 0)
        fputs("\"\"", t->out);
    else
        fputs(esc ? esc : "(out of memory)", t->out);
    fputc('\n', t->out);
    free(esc);
}

static void text_i64(emit_t *e, const char *key, int64_t v)
{
    struct text *t = (struct text *)e;

    scalar(t, key);
    fprintf(t->out, "%" PRId64 "\n", v);
}

static void text_u64(emit_t *e, const char *key, uint64_t v)
{
    struct text *t = (struct text *)e;

    scalar(t, key);
    fprintf(t->out, "%" PRIu64 "\n", v);
}

static void text_bool(emit_t *e, const char *key, bool v)
{
    struct text *t = (struct text *)e;

    scalar(t, key);
    fputs(v ? "yes\n" : "no\n", t->out);
}

static void text_null(emit_t *e, const char *key)
{
    struct text *t = (struct text *)e;

    scalar(t, key);
    fputs("-\n", t->out);
}

static int text_finish(emit_t *e)
{
    struct text *t = (struct text *)e;

    while (t->depth > 0)
        text_close(e);
    return fflush(t->out) == 0 && !ferror(t->out) ? 0 : -EIO;
}

static void text_destroy(emit_t *e)
{
    struct text *t = (struct text *)e;

    for (int l = 1; l <= t->depth; l++)
        free(t->st[l].key);
    free(t);
}

static const struct emit_ops text_ops = {
    text_open, text_close, text_str,    text_i64,
    text_u64,  text_bool,  text_null,   text_finish,
    text_destroy,
};

emit_t *emit_text_new(FILE *out)
{
    struct text *t = calloc(1, sizeof(*t));

    if (!t)
        return NULL;
    t->base.ops = &text_ops;
    t->base.json = false;
    t->out = out;
    t->st[0].printed = true;
    return &t->base;
}

/* ------------------------------------------------------------------------
 * Primitives
 * ---------------------------------------------------------------------- */

int emit_finish(emit_t *e)
{
    return e->ops->finish(e);
}

void emit_free(emit_t *e)
{
    if (e)
        e->ops->destroy(e);
}

void emit_obj(emit_t *e, const char *key)
{
    e->ops->open(e, key, false);
}

void emit_arr(emit_t *e, const char *key)
{
    e->ops->open(e, key, true);
}

void emit_end(emit_t *e)
{
    e->ops->close(e);
}

void emit_str(emit_t *e, const char *key, const char *s)
{
    if (s)
        e->ops->str(e, key, s, strlen(s));
    else
        e->ops->null(e, key);
}

void emit_buf(emit_t *e, const char *key, mdshm_buf_t b)
{
    e->ops->str(e, key, (const char *)b.p, b.n);
}

void emit_int(emit_t *e, const char *key, int64_t v)
{
    e->ops->i64(e, key, v);
}

void emit_uint(emit_t *e, const char *key, uint64_t v)
{
    e->ops->u64(e, key, v);
}

void emit_bool(emit_t *e, const char *key, bool v)
{
    e->ops->boolean(e, key, v);
}

void emit_null(emit_t *e, const char *key)
{
    e->ops->null(e, key);
}

/* ------------------------------------------------------------------------
 * Conventions
 * ---------------------------------------------------------------------- */

void emit_time(emit_t *e, const char *key, int64_t t, bool ms)
{
    char iso[64], buf[128];

    cli_iso_time(t, ms, iso, sizeof(iso));
    if (e->json) {
        char k[128];
        emit_int(e, key, t);
        snprintf(k, sizeof(k), "%s_utc", key ? key : "time");
        if (t == 0)
            emit_null(e, k);
        else
            emit_str(e, k, iso);
        return;
    }
    if (t == 0)
        snprintf(buf, sizeof(buf), "unset (0)");
    else
        snprintf(buf, sizeof(buf), "%s (%" PRId64 ")", iso, t);
    emit_str(e, key, buf);
}

void emit_size(emit_t *e, const char *key, uint64_t n)
{
    static const char *units[] = {"KiB", "MiB", "GiB", "TiB"};
    char buf[96];
    double v = (double)n;
    int u = -1;

    if (e->json || n < 1024) {
        emit_uint(e, key, n);
        return;
    }
    while (v >= 1024 && u < 3) {
        v /= 1024;
        u++;
    }
    snprintf(buf, sizeof(buf), "%" PRIu64 " (%.1f %s)", n, v, units[u]);
    emit_str(e, key, buf);
}

void emit_hex(emit_t *e, const char *key, mdshm_buf_t b)
{
    char *hex = malloc(2 * b.n + 1);

    if (!hex) {
        emit_null(e, key);
        return;
    }
    cli_hex(b.p, b.n, hex);
    emit_str(e, key, hex);
    free(hex);
}

void emit_blob(emit_t *e, const char *key, mdshm_buf_t b)
{
    unsigned char md[32];
    char hex[65], buf[160];

    if (cli_sha256(b.p, b.n, md) < 0)
        snprintf(hex, sizeof(hex), "-");
    else
        cli_hex(md, sizeof(md), hex);
    if (e->json) {
        emit_obj(e, key);
        emit_uint(e, "size", b.n);
        if (b.n)
            emit_str(e, "sha256", hex);
        emit_end(e);
        return;
    }
    if (b.n == 0)
        snprintf(buf, sizeof(buf), "none (0 bytes)");
    else
        snprintf(buf, sizeof(buf), "%zu bytes, sha256 %s", b.n, hex);
    emit_str(e, key, buf);
}

void emit_pkey(emit_t *e, const char *key, mdshm_buf_t der)
{
    const char *type = NULL;
    unsigned char fp[32];
    char hex[65], buf[256];
    int rv = 0;

    if (der.n)
        rv = mdshm_pkey_der_fingerprint(der.p, der.n, &type, fp);
    if (rv == 0 && der.n)
        cli_hex(fp, sizeof(fp), hex);
    if (e->json) {
        emit_obj(e, key);
        emit_uint(e, "size", der.n);
        if (der.n && rv == 0) {
            emit_str(e, "type", type);
            emit_str(e, "public_key_sha256", hex);
        } else if (der.n) {
            emit_str(e, "error", mdshm_err_name(rv));
        }
        emit_end(e);
        return;
    }
    if (der.n == 0)
        snprintf(buf, sizeof(buf), "none");
    else if (rv == 0)
        snprintf(buf, sizeof(buf), "%s, %zu bytes, public key sha256 %s",
                 type ? type : "?", der.n, hex);
    else
        snprintf(buf, sizeof(buf), "%zu bytes, unreadable (%s)", der.n,
                 mdshm_err_name(rv));
    emit_str(e, key, buf);
}

void emit_cert(emit_t *e, const char *key, mdshm_buf_t der)
{
    mdshm_chain_t *ch = NULL;
    mdshm_cert_info_t info;
    unsigned char md[32];
    char hex[65];
    int rv;

    rv = mdshm_chain_parse(der.p, der.n, &ch);
    if (rv == 0)
        rv = mdshm_chain_info(ch, 0, &info);
    emit_obj(e, key);
    if (rv < 0) {
        emit_str(e, "error", mdshm_err_name(rv));
        emit_uint(e, "size", der.n);
        if (cli_sha256(der.p, der.n, md) == 0) {
            cli_hex(md, sizeof(md), hex);
            emit_str(e, "sha256", hex);
        }
        emit_end(e);
        mdshm_chain_free(ch);
        return;
    }
    emit_str(e, "subject", info.subject);
    emit_str(e, "issuer", info.issuer);
    emit_str(e, "serial", info.serial);
    emit_arr(e, "names");
    for (size_t i = 0; i < info.n_names; i++)
        emit_str(e, NULL, info.names[i]);
    emit_end(e);
    emit_time(e, "not_before", info.not_before, false);
    emit_time(e, "not_after", info.not_after, false);
    cli_hex(info.sha256, sizeof(info.sha256), hex);
    emit_str(e, "sha256", hex);
    emit_uint(e, "size", der.n);
    if (info.ocsp_url)
        emit_str(e, "ocsp_url", info.ocsp_url);
    if (info.must_staple)
        emit_bool(e, "must_staple", true);
    emit_end(e);
    mdshm_chain_free(ch);
}

void emit_str_list(emit_t *e, const char *key, const mdshm_buf_t *v,
                   uint32_t n)
{
    emit_arr(e, key);
    for (uint32_t i = 0; i < n; i++)
        emit_buf(e, NULL, v[i]);
    emit_end(e);
}

void emit_corrupt(emit_t *e, const char *key, int err, size_t size)
{
    char buf[128];

    if (e->json) {
        emit_obj(e, key);
        emit_bool(e, "corrupt", true);
        emit_str(e, "error", mdshm_err_name(err));
        emit_uint(e, "size", size);
        emit_end(e);
        return;
    }
    snprintf(buf, sizeof(buf), "CORRUPT (%s), %zu bytes", mdshm_err_name(err),
             size);
    emit_str(e, key, buf);
}
