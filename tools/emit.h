/* emit.h -- structured output with two forms: indented text (emit.c) and
 * one JSON document (json_out.c, jansson).
 *
 * A command opens objects and arrays and emits values under keys (key NULL
 * inside arrays).  The helpers at the end encode the CLI's conventions once:
 * timestamps (ISO-8601 UTC plus the raw value), binary data (size and
 * SHA-256), private keys (type, size and public key fingerprint only: key
 * bytes are never emitted), certificates (parsed details, no DER) and
 * corrupt records.
 */
#ifndef MDSHM_CLI_EMIT_H
#define MDSHM_CLI_EMIT_H

#include "mdshm.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef struct emit emit_t;

struct emit_ops {
    void (*open)(emit_t *e, const char *key, bool array);
    void (*close)(emit_t *e);
    /* @s: @n bytes, not NUL-terminated, any bytes (backends escape). */
    void (*str)(emit_t *e, const char *key, const char *s, size_t n);
    void (*i64)(emit_t *e, const char *key, int64_t v);
    void (*u64)(emit_t *e, const char *key, uint64_t v);
    void (*boolean)(emit_t *e, const char *key, bool v);
    void (*null)(emit_t *e, const char *key);
    /* Write out what is pending; 0 or <0 (e.g. -ENOMEM, -EIO). */
    int (*finish)(emit_t *e);
    void (*destroy)(emit_t *e);
};

struct emit {
    const struct emit_ops *ops;
    bool json;
};

/* Backends; NULL when out of memory.  Output goes to @out. */
emit_t *emit_text_new(FILE *out);
emit_t *emit_json_new(FILE *out);
int emit_finish(emit_t *e);
void emit_free(emit_t *e);

/* Primitives. */
void emit_obj(emit_t *e, const char *key);
void emit_arr(emit_t *e, const char *key);
void emit_end(emit_t *e);
void emit_str(emit_t *e, const char *key, const char *s); /* NULL: null */
void emit_buf(emit_t *e, const char *key, mdshm_buf_t b);
void emit_int(emit_t *e, const char *key, int64_t v);
void emit_uint(emit_t *e, const char *key, uint64_t v);
void emit_bool(emit_t *e, const char *key, bool v);
void emit_null(emit_t *e, const char *key);

/* Conventions. */
/* Timestamp in unix seconds (@ms false) or ms.  Text "ISO (raw)", or
 * "unset (0)"; JSON key: raw and key_utc: ISO or null. */
void emit_time(emit_t *e, const char *key, int64_t t, bool ms);
/* Byte count: text "N (1.5 MiB)"; JSON number. */
void emit_size(emit_t *e, const char *key, uint64_t n);
/* Short binary (digests): lower-case hex. */
void emit_hex(emit_t *e, const char *key, mdshm_buf_t b);
/* Binary data: size and SHA-256 ({"size", "sha256"}). */
void emit_blob(emit_t *e, const char *key, mdshm_buf_t b);
/* PKCS#8 private key: type, size, SHA-256 of the public key.  Never the
 * key itself. */
void emit_pkey(emit_t *e, const char *key, mdshm_buf_t der);
/* Certificate DER: subject, issuer, serial, names, validity, sha256. */
void emit_cert(emit_t *e, const char *key, mdshm_buf_t der);
/* A list of strings. */
void emit_str_list(emit_t *e, const char *key, const mdshm_buf_t *v,
                   uint32_t n);
/* A record that does not decode: text "CORRUPT (<err name>), N bytes";
 * JSON {"corrupt": true, "error": name, "size": N}. */
void emit_corrupt(emit_t *e, const char *key, int err, size_t size);

/* rec_out.c: one decoded record, as an object under @key. */
void emit_record(emit_t *e, const char *key, const mdshm_record_t *rec);
/* Names of enum values; "unknown" for values not known. */
const char *cli_md_state_name(uint32_t state);

#endif
