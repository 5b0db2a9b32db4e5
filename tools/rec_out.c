/* rec_out.c -- every record type of the store in readable form.
 *
 * Made from the record tables (shm/record_schema.h), so every stored field
 * appears, under its stored key, in stored order.  Private keys appear only
 * as type, size and public key fingerprint; certificates as their parsed
 * details; other binary data as size and SHA-256; timestamps as ISO-8601
 * UTC plus the raw value.
 */
#include "emit.h"
#include "cli.h"
#include "record_schema.h"

#include <stdio.h>
#include <string.h>

/* An enum as its name; a value without a name as "unknown (N)". */
static void emit_enum(emit_t *e, const char *key, const char *name,
                      uint32_t v)
{
    char buf[64];

    if (name) {
        emit_str(e, key, name);
        return;
    }
    snprintf(buf, sizeof(buf), "unknown (%u)", v);
    emit_str(e, key, buf);
}

static void emit_fields(emit_t *e, const mdshm__rec_table_t *t,
                        const uint8_t *base);

/* One binary value: a certificate, a private key or other data. */
static void emit_binary(emit_t *e, const char *key, unsigned show,
                        mdshm_buf_t b)
{
    if (show == MDSHM__SHOW_PKEY)
        emit_pkey(e, key, b);
    else if (show == MDSHM__SHOW_CERT && b.n)
        emit_cert(e, key, b);
    else if (show == MDSHM__SHOW_CERT)
        emit_null(e, key);
    else
        emit_blob(e, key, b);
}

static void emit_array(emit_t *e, const mdshm__rec_field_t *f, unsigned show,
                       const uint8_t *base)
{
    const uint8_t *v = base + f->off;
    uint32_t n = *(const uint32_t *)(base + f->coff);

    if (n > f->maxn) /* a decoded record never has more */
        n = f->maxn;
    emit_arr(e, f->key);
    for (uint32_t i = 0; i < n; i++) {
        if (f->kind == MDSHM__K_MAP_ARRAY) {
            emit_obj(e, NULL);
            emit_fields(e, f->sub, v + i * f->sub->size);
            emit_end(e);
        } else if (f->kind == MDSHM__K_BIN_ARRAY) {
            emit_binary(e, NULL, show, ((const mdshm_buf_t *)v)[i]);
        } else {
            emit_buf(e, NULL, ((const mdshm_buf_t *)v)[i]);
        }
    }
    emit_end(e);
}

static void emit_field(emit_t *e, const mdshm__rec_field_t *f,
                       const uint8_t *base)
{
    const void *v = base + f->off;
    unsigned show = f->doc ? f->doc->show : MDSHM__SHOW_AS_IS;
    uint32_t u32;
    int64_t i64;

    switch ((mdshm__kind_t)f->kind) {
    case MDSHM__K_U32:
        u32 = *(const uint32_t *)v;
        if (show == MDSHM__SHOW_ENUM)
            emit_enum(e, f->key, mdshm__field_value_name(f, u32), u32);
        else
            emit_uint(e, f->key, u32);
        return;
    case MDSHM__K_U64:
        emit_uint(e, f->key, *(const uint64_t *)v);
        return;
    case MDSHM__K_I32:
        if (show == MDSHM__SHOW_ERRNAME)
            emit_str(e, f->key, mdshm_err_name(*(const int32_t *)v));
        else
            emit_int(e, f->key, *(const int32_t *)v);
        return;
    case MDSHM__K_I64:
        i64 = *(const int64_t *)v;
        if (show == MDSHM__SHOW_MS || show == MDSHM__SHOW_S)
            emit_time(e, f->key, i64, show == MDSHM__SHOW_MS);
        else
            emit_int(e, f->key, i64);
        return;
    case MDSHM__K_BOOL:
        emit_bool(e, f->key, *(const bool *)v);
        return;
    case MDSHM__K_STR:
        emit_buf(e, f->key, *(const mdshm_buf_t *)v);
        return;
    case MDSHM__K_BIN:
        emit_binary(e, f->key, show, *(const mdshm_buf_t *)v);
        return;
    case MDSHM__K_SHA256:
        emit_hex(e, f->key, *(const mdshm_buf_t *)v);
        return;
    case MDSHM__K_STR_ARRAY:
    case MDSHM__K_BIN_ARRAY:
    case MDSHM__K_MAP_ARRAY:
        emit_array(e, f, show, base);
        return;
    }
    emit_str(e, f->key, "(field of an unknown kind)");
}

static void emit_fields(emit_t *e, const mdshm__rec_table_t *t,
                        const uint8_t *base)
{
    for (uint32_t i = 0; i < t->n; i++)
        emit_field(e, &t->f[i], base);
}

void emit_record(emit_t *e, const char *key, const mdshm_record_t *rec)
{
    const mdshm__rec_table_t *t = mdshm__record_table(rec->type);

    emit_obj(e, key);
    if (t)
        emit_fields(e, t, (const uint8_t *)&rec->u);
    else
        emit_str(e, "error", "unknown record type");
    emit_end(e);
}

const char *cli_md_state_name(uint32_t state)
{
    const mdshm__rec_field_t *f;
    const char *name = NULL;
    size_t n;

    f = mdshm__record_fields(MDSHM_REC_MD, &n);
    for (size_t i = 0; i < n; i++)
        if (!strcmp(f[i].key, "state"))
            name = mdshm__field_value_name(&f[i], state);
    return name ? name : "unknown";
}
