/* core/cluster.h -- cluster mode's data side (docs/cluster.md): the
 * key-encryption key and sealed values (cluster_crypt.c), the etcd key
 * layout and the conversion of store records to etcd keys and values
 * with etcd's size limits (cluster_codec.c), and the mirror applier that
 * writes etcd's records into this host's store (cluster_apply.c).
 * Internal: never installed.  The etcd client and the election are in
 * core/etcd.h. */
#ifndef MDSHM_CORE_CLUSTER_H
#define MDSHM_CORE_CLUSTER_H

#include "internal.h"
#include "etcd.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------------------
 * Secret files and the key-encryption key (cluster_crypt.c)
 * ---------------------------------------------------------------------- */

/*
 * Read a secret file (the key-encryption key, etcd's password) of at most
 * @max bytes.  It must be a regular file (not a link), owned by this
 * process's effective user or by root, without any access for group or
 * others (0600 or 0400).  Anything else is refused with a log line that
 * names @what, the file and what is wrong: MDSHM_EPERM (owner or mode),
 * MDSHM_EBADINPUT (not a regular file), MDSHM_ETOOBIG, -errno.
 * @param[out] out  malloc'ed, NUL after the bytes; the caller
 *                  OPENSSL_cleanse()s and frees it.
 */
MDSHM_HIDDEN int mdshm__cluster_secret_read(const char *path, const char *what,
                                            size_t max, uint8_t **out,
                                            size_t *outlen);

#define MDSHM__KEK_LEN 32   /* AES-256 */
#define MDSHM__KEK_ID_LEN 4 /* first bytes of SHA-256 of the key */

typedef struct mdshm__cluster_kek {
    uint8_t key[MDSHM__KEK_LEN];
    uint8_t id[MDSHM__KEK_ID_LEN];
} mdshm__cluster_kek_t;

/*
 * Load MDClusterKeyEncryptionFile: 64 hexadecimal digits (32 bytes; made
 * with `openssl rand -hex 32`), white space around them allowed, checked
 * as mdshm__cluster_secret_read() does.  MDSHM_EBADINPUT (logged) for
 * anything else in it.  mdshm__cluster_kek_clear() when done.
 */
MDSHM_HIDDEN int mdshm__cluster_kek_load(const char *path,
                                         mdshm__cluster_kek_t *kek);
/* The key from 32 bytes (tests, and the loader). */
MDSHM_HIDDEN int mdshm__cluster_kek_set(mdshm__cluster_kek_t *kek,
                                        const uint8_t key[MDSHM__KEK_LEN]);
MDSHM_HIDDEN void mdshm__cluster_kek_clear(mdshm__cluster_kek_t *kek);

/*
 * A sealed value: version (1 byte) | key id (4) | binding (4: first bytes
 * of SHA-256 of the etcd key) | nonce (12) | AES-256-GCM ciphertext |
 * tag (16).  The AAD is the 9 header bytes followed by the etcd key, so a
 * value copied under another key, or with its header changed, fails to
 * open; the key id and the binding only make the error say why.
 */
#define MDSHM__SEAL_VERSION 1
#define MDSHM__SEAL_HEADER (1 + MDSHM__KEK_ID_LEN + 4)
#define MDSHM__SEAL_NONCE 12
#define MDSHM__SEAL_TAG 16
#define MDSHM__SEAL_OVERHEAD                                                  \
    (MDSHM__SEAL_HEADER + MDSHM__SEAL_NONCE + MDSHM__SEAL_TAG)

/* Seal @plain (@n bytes, at most MDSHM_MAX_RECORD) for etcd key @ekey with
 * a fresh random nonce.  @param[out] out malloc'ed (n +
 * MDSHM__SEAL_OVERHEAD bytes).  0, MDSHM_ETOOBIG, MDSHM_ECRYPTO, -ENOMEM. */
MDSHM_HIDDEN int mdshm__cluster_seal(const mdshm__cluster_kek_t *kek,
                                     const void *ekey, size_t eklen,
                                     const void *plain, size_t n,
                                     uint8_t **out, size_t *outlen);

/*
 * Open a value sealed for etcd key @ekey.
 * @param[out] out  malloc'ed plaintext with a NUL after it (the caller
 *                  frees it).
 * @param why  receives, on failure, a sentence saying what is wrong.
 * @return 0, or:
 *   MDSHM_ECORRUPT      truncated (shorter than the overhead), or the
 *                       authentication failed (altered in etcd or on the
 *                       way);
 *   MDSHM_EVERSION      a format version this library does not read;
 *   MDSHM_EMISMATCH     sealed with another key: this host's key file
 *                       differs from the cluster's;
 *   MDSHM_EBADINPUT     sealed for another etcd key (moved or copied);
 *   MDSHM_ECRYPTO, -ENOMEM.
 */
MDSHM_HIDDEN int mdshm__cluster_open(const mdshm__cluster_kek_t *kek,
                                     const void *ekey, size_t eklen,
                                     const void *sealed, size_t n,
                                     uint8_t **out, size_t *outlen,
                                     char *why, size_t whysize);

/* ------------------------------------------------------------------------
 * etcd keys, records and limits (cluster_codec.c)
 * ---------------------------------------------------------------------- */

#define MDSHM__CLUSTER_PREFIX "/mdshm/" /* MDClusterPrefix's default */
#define MDSHM__CLUSTER_MAX_PREFIX 200

/* etcd's limits (a request of 1.5 MiB decoded, 128 operations in a txn)
 * are etcd.h's MDSHM__ETCD_MAX_REQUEST_BYTES and MDSHM__ETCD_MAX_TXN_OPS. */
/* What one operation costs in a request beyond its key and value bytes
 * (protobuf framing, lease id), counted generously. */
#define MDSHM__ETCD_OP_OVERHEAD 32u

/* The databases that are replicated (the others are host-local: meta,
 * and mds and names, which each host takes from its own configuration):
 * a mask of 1u << db, as mdshm__candidate_set_commit_hook() takes it. */
#define MDSHM__CLUSTER_DB_MASK                                                \
    ((1u << MDSHM_DB_CERTS) | (1u << MDSHM_DB_STAGING) |                      \
     (1u << MDSHM_DB_ARCHIVE) | (1u << MDSHM_DB_OCSP) |                       \
     (1u << MDSHM_DB_CHALLENGES) | (1u << MDSHM_DB_ACCOUNTS) |                \
     (1u << MDSHM_DB_JOBS))

static inline bool mdshm__cluster_replicated(mdshm_db_t db)
{
    return (unsigned)db < MDSHM_DB_COUNT &&
           (MDSHM__CLUSTER_DB_MASK & (1u << db));
}

/* A valid MDClusterPrefix: 1..200 printable ASCII bytes without space,
 * starting and ending with '/'.  0 or MDSHM_EBADINPUT. */
MDSHM_HIDDEN int mdshm__cluster_prefix_check(const char *prefix);

/* The keys under prefix @p (NUL terminated, malloc'ed into *out):
 * P "leader", P "hosts/" @host, P "hosts/" (the range of every host), and
 * P "data/" (the range of every record).  0 or -ENOMEM. */
MDSHM_HIDDEN int mdshm__cluster_key_leader(const char *p, char **out);
MDSHM_HIDDEN int mdshm__cluster_key_host(const char *p, const char *host,
                                         char **out);
MDSHM_HIDDEN int mdshm__cluster_key_hosts(const char *p, char **out);
MDSHM_HIDDEN int mdshm__cluster_key_data(const char *p, char **out);
/* P "keycheck" (the key check, below). */
MDSHM_HIDDEN int mdshm__cluster_key_keycheck(const char *p, char **out);

/* P "data/<db name>/<record key>" for a record of a replicated database
 * (malloc'ed, NUL after it).  0, MDSHM_EBADINPUT (a host-local database,
 * an empty key), -ENOMEM. */
MDSHM_HIDDEN int mdshm__cluster_key_record(const char *p, mdshm_db_t db,
                                           const void *key, size_t klen,
                                           uint8_t **out, size_t *outlen);

/* The database and record key of an etcd key (a view into @ekey).
 * 0, MDSHM_ENOTFOUND (not under P "data/": a host or leader key, for
 * the caller to pass over), MDSHM_EBADINPUT (under P "data/" but no
 * replicated database, or an empty or over-long record key). */
MDSHM_HIDDEN int mdshm__cluster_key_parse(const char *p, const void *ekey,
                                          size_t eklen, mdshm_db_t *db,
                                          const uint8_t **key, size_t *klen);

/* One operation of an etcd txn: a put of a sealed value or a delete. */
typedef struct mdshm__cluster_op {
    uint8_t *key;
    size_t klen;
    uint8_t *val; /* NULL for a delete */
    size_t vlen;
} mdshm__cluster_op_t;

typedef struct mdshm__cluster_ops {
    mdshm__cluster_op_t *op;
    size_t n;
} mdshm__cluster_ops_t;

MDSHM_HIDDEN void mdshm__cluster_ops_free(mdshm__cluster_ops_t *ops);

/* A record (database, key, encoded bytes as LMDB holds them) as the etcd
 * operation that stores it (key and sealed value); @rec NULL: the delete.
 * Appended to @ops.  0, MDSHM_EBADINPUT, MDSHM_ETOOBIG (a value etcd
 * would refuse, logged), MDSHM_ECRYPTO, -ENOMEM. */
MDSHM_HIDDEN int mdshm__cluster_op_add(mdshm__cluster_ops_t *ops,
                                       const mdshm__cluster_kek_t *kek,
                                       const char *p, mdshm_db_t db,
                                       const void *key, size_t klen,
                                       const void *rec, size_t rlen);

/* The journal of a leader write as etcd operations, in its order
 * (entries of host-local databases are passed over).  As
 * mdshm__cluster_op_add(); @ops is emptied first. */
MDSHM_HIDDEN int mdshm__cluster_journal_ops(const mdshm__journal_t *j,
                                            const mdshm__cluster_kek_t *kek,
                                            const char *p,
                                            mdshm__cluster_ops_t *ops);

/* Bytes operations [@from, @to) of @ops take in a request. */
MDSHM_HIDDEN size_t mdshm__cluster_ops_size(const mdshm__cluster_ops_t *ops,
                                            size_t from, size_t to);

/*
 * Whether @ops fit one txn beside @reserved_ops operations and
 * @reserved_bytes bytes the caller adds (the fencing compares, a host
 * key).  0, or MDSHM_ETOOBIG with a log line giving the count or size
 * and the limit.
 */
MDSHM_HIDDEN int mdshm__cluster_ops_check(const mdshm__cluster_ops_t *ops,
                                          unsigned reserved_ops,
                                          size_t reserved_bytes);

/*
 * Split @ops into consecutive runs that each fit one txn (as
 * mdshm__cluster_ops_check()): run i is [ends[i-1], ends[i]) (ends[-1] =
 * 0).  The runs are separate txns: NOT atomic together (a failure between
 * two leaves the first applied), so only for writes whose parts stand on
 * their own (docs/cluster.md, "What is replicated").
 * @param[out] ends  malloc'ed, *n entries.
 * @return 0, MDSHM_ETOOBIG (one operation alone is over the limit),
 *         -ENOMEM.
 */
MDSHM_HIDDEN int mdshm__cluster_ops_split(const mdshm__cluster_ops_t *ops,
                                          unsigned reserved_ops,
                                          size_t reserved_bytes,
                                          size_t **ends, size_t *n);

/* ------------------------------------------------------------------------
 * The key check (cluster_keycheck.c; docs/cluster.md, "A wrong key file")
 * ---------------------------------------------------------------------- */

/*
 * P"keycheck" holds a value that only the cluster's key-encryption key
 * gives: "1:<key id, hex>:<HMAC-SHA256(key, "mdshm cluster key check"),
 * hex>" (the key id is public anyway: every sealed value carries it).  It
 * is deterministic, so the campaign for the cluster leadership compares
 * it inside its own txn (cluster_elect.h, the guard): etcd itself refuses
 * the leadership to a host whose key differs.
 */
#define MDSHM__KEYCHECK_LEN (2 + 2 * MDSHM__KEK_ID_LEN + 1 + 64)

/* The key check value of @kek.  0, MDSHM_ECRYPTO. */
MDSHM_HIDDEN int mdshm__cluster_keycheck_value(
    const mdshm__cluster_kek_t *kek, char out[MDSHM__KEYCHECK_LEN + 1]);

/*
 * P"keycheck" does not hold @kek's value: @seen (@seen_len bytes) is what
 * it holds, NULL if it is absent.
 *  - Absent: the first record under P"data/", if any, is opened with @kek
 *    (a cluster older than the key check has records but no key check);
 *    if it opens, or etcd holds none, P"keycheck" is created unless
 *    another host created it first (then the next campaign compares it).
 *  - Present and another value, or the record sealed with another key:
 *    MDSHM_EMISMATCH, @why says "key id X here, Y in the cluster".
 * @return 0 (campaign again), MDSHM_EMISMATCH, a record that does not
 *   open for another reason (@why says it), etcd errors.
 */
MDSHM_HIDDEN int mdshm__cluster_keycheck_settle(
    mdshm__etcd_t *c, const char *prefix, const mdshm__cluster_kek_t *kek,
    const void *seen, size_t seen_len, char *why, size_t whysize);

/* ------------------------------------------------------------------------
 * The mirror (cluster_apply.c)
 * ---------------------------------------------------------------------- */

/* An etcd event or range entry: key, sealed value (del: a delete, no
 * value), its mod_revision.  Borrowed views. */
typedef struct mdshm__cluster_kv {
    const uint8_t *key;
    size_t klen;
    const uint8_t *val;
    size_t vlen;
    bool del;
    int64_t mod_rev;
} mdshm__cluster_kv_t;

/* What an application did. */
typedef struct mdshm__cluster_applied {
    size_t written;   /* records put or deleted in the store */
    size_t unchanged; /* records the store already had so */
    size_t skipped;   /* events at or below the recorded revision */
    size_t other;     /* keys outside P "data/" (hosts, leader) */
    size_t removed;   /* replacement: local records not in the range */
    uint64_t rev;     /* meta/cluster-rev after the write */
} mdshm__cluster_applied_t;

/*
 * Apply a batch of watch events in ONE fenced write of @c (without its
 * commit hook: these changes come from etcd) that also records the
 * revision in meta/cluster-rev: the highest of the events' and the
 * recorded one; with no events (a progress notification), @rev, the
 * answer's header revision.  (The header revision of an answer with
 * events is NOT recorded: etcd's catch-up answers carry the current
 * revision while later events are still to come.)  Pass every event of
 * one watch answer in one call: etcd never splits a revision's events
 * across answers (without fragmenting), and events whose mod_rev is at or
 * below the recorded revision are skipped (a resumed watch repeats
 * some).  Every value is
 * opened and decoded before anything is written: one that fails refuses
 * the whole batch (logged with its etcd key and why), the store
 * unchanged.  Served records raise meta/gen as the drive's writes do.
 * @param[out] out may be NULL.
 * @return 0, the error of mdshm__cluster_open() or of the record decoder,
 *         MDSHM_EBADINPUT (a key under P "data/" that names no replicated
 *         database), the leader write's errors (MDSHM_EFENCED,
 *         MDSHM_ENOTLEADER, ...).
 */
MDSHM_HIDDEN int mdshm__cluster_apply(mdshm__candidate_t *c,
                                      const mdshm__cluster_kek_t *kek,
                                      const char *prefix,
                                      const mdshm__cluster_kv_t *ev, size_t n,
                                      uint64_t rev,
                                      mdshm__cluster_applied_t *out);

/*
 * Replace the replicated databases with a range read at revision @rev
 * (all its pages): in ONE write, every record of @kv is put as
 * mdshm__cluster_apply() does, every local record of a replicated
 * database that the range does not hold is deleted, and meta/cluster-rev
 * becomes @rev (even if lower: an etcd rebuilt from scratch starts its
 * revisions again).  Same errors; the store unchanged on any.
 */
MDSHM_HIDDEN int mdshm__cluster_replace(mdshm__candidate_t *c,
                                        const mdshm__cluster_kek_t *kek,
                                        const char *prefix,
                                        const mdshm__cluster_kv_t *kv,
                                        size_t n, uint64_t rev,
                                        mdshm__cluster_applied_t *out);

/* A replacement's exception: return true to keep the local record
 * (@db, @key) that the range (@kv, @n) does not hold (host-local static
 * sets, a joining host's certificates etcd has none for; the drive's
 * rules, docs/cluster.md "Seeding and joining"). */
typedef bool mdshm__cluster_keep_fn(void *baton, mdshm_db_t db,
                                    const uint8_t *key, size_t klen,
                                    const mdshm__cluster_kv_t *kv, size_t n);

/* mdshm__cluster_replace() that keeps the local records @keep says to
 * (@keep NULL: none). */
MDSHM_HIDDEN int mdshm__cluster_replace_keep(
    mdshm__candidate_t *c, const mdshm__cluster_kek_t *kek,
    const char *prefix, const mdshm__cluster_kv_t *kv, size_t n,
    uint64_t rev, mdshm__cluster_keep_fn *keep, void *keep_baton,
    mdshm__cluster_applied_t *out);

/* meta/cluster-rev inside a read (0: none applied yet). */
MDSHM_HIDDEN int mdshm__cluster_read_rev(mdshm_reader_t *rd, uint64_t *rev);

#endif
