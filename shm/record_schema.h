/*
 * record_schema.h -- the one description of every record type.
 *
 * record.c holds one table per record type: for each field its stored
 * msgpack key, its kind, the C member it lives in (offset and name), its
 * limits, how a person reads it and a one-line meaning.  The codec is
 * driven by it; so are `mdshm dump` (tools/rec_out.c), the round trips of
 * tests/unit/test_record.c and the record tables of docs/store.md
 * (tests/cli/test_schema.sh compares them), so a field added to the table
 * reaches all of them, and one missing from it fails the tests.
 *
 * Internal: for the CLI and the tests, not part of the public API.
 */
#ifndef MDSHM_RECORD_SCHEMA_H
#define MDSHM_RECORD_SCHEMA_H

#include "base.h"

#include <stddef.h>
#include <stdint.h>

/** What a field holds in C, and in msgpack. */
typedef enum {
    MDSHM__K_U32,       /**< uint32_t   <- uint */
    MDSHM__K_U64,       /**< uint64_t   <- uint */
    MDSHM__K_I32,       /**< int32_t    <- int */
    MDSHM__K_I64,       /**< int64_t    <- int */
    MDSHM__K_BOOL,      /**< bool       <- bool */
    MDSHM__K_STR,       /**< mdshm_buf_t <- str (at most maxlen bytes) */
    MDSHM__K_BIN,       /**< mdshm_buf_t <- bin (at most maxlen bytes) */
    MDSHM__K_SHA256,    /**< mdshm_buf_t <- bin of 0 or 32 bytes */
    MDSHM__K_STR_ARRAY, /**< uint32_t count + mdshm_buf_t[] <- [str] */
    MDSHM__K_BIN_ARRAY, /**< uint32_t count + mdshm_buf_t[] <- [bin] */
    MDSHM__K_MAP_ARRAY  /**< uint32_t count + struct[] <- [map] (sub) */
} mdshm__kind_t;

/** How a value reads to a person (mdshm dump). */
typedef enum {
    MDSHM__SHOW_AS_IS,   /**< number, flag, text or list as stored */
    MDSHM__SHOW_MS,      /**< timestamp, unix milliseconds */
    MDSHM__SHOW_S,       /**< timestamp, unix seconds */
    MDSHM__SHOW_ENUM,    /**< uint named by values[] */
    MDSHM__SHOW_ERRNAME, /**< an mdshm error code, by its name */
    MDSHM__SHOW_PKEY,    /**< private key: type, size, fingerprint only */
    MDSHM__SHOW_CERT,    /**< certificate DER (or a chain), parsed */
    MDSHM__SHOW_BLOB,    /**< binary: size and SHA-256 */
    MDSHM__SHOW_HEX      /**< short digest: hex */
} mdshm__show_t;

typedef struct mdshm__rec_table mdshm__rec_table_t;

/** What the codec does not need: kept apart so its table stays small. */
typedef struct mdshm__field_doc {
    const char *member;        /**< C member name in core/mdshm.h */
    const char *count;         /**< arrays: the count member; else NULL */
    uint8_t show;              /**< mdshm__show_t */
    const char *const *values; /**< SHOW_ENUM: name of 0, 1, ..., NULL */
    const char *meaning;       /**< one line for docs/store.md */
} mdshm__field_doc_t;

typedef struct mdshm__rec_field {
    const char *key;       /**< stored msgpack key */
    uint8_t klen;
    uint8_t kind;          /**< mdshm__kind_t */
    uint16_t maxn;         /**< arrays: most elements */
    uint32_t off;          /**< offset of the value (arrays: element 0) */
    uint32_t coff;         /**< arrays: offset of the uint32_t count */
    uint32_t maxlen;       /**< STR, BIN and their arrays: most bytes */
    const mdshm__rec_table_t *sub; /**< MAP_ARRAY: the element's fields */
    const mdshm__field_doc_t *doc;
} mdshm__rec_field_t;

struct mdshm__rec_table {
    const char *what;      /**< record name, for logs and docs */
    const char *ctype;     /**< its C struct, e.g. "mdshm_md_rec_t" */
    const mdshm__rec_field_t *f;
    uint32_t n;
    uint32_t size;         /**< sizeof the struct (element size for a sub) */
    uint32_t version;      /**< newest record version this library reads */
};

/**
 * The table of record type @p type (NULL for a bad type).  Field values
 * live at (uint8_t *)&record->u + field->off.
 */
MDSHM_HIDDEN const mdshm__rec_table_t *
mdshm__record_table(mdshm_rec_type_t type);

/** The fields of @p type in stored order, their number in @p n (0 and
 *  NULL for a bad type). */
MDSHM_HIDDEN const mdshm__rec_field_t *
mdshm__record_fields(mdshm_rec_type_t type, size_t *n);

/** Name of value @p v of an enum field; NULL if it has none. */
MDSHM_HIDDEN const char *mdshm__field_value_name(const mdshm__rec_field_t *f,
                                                 uint32_t v);

#endif
