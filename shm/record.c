/*
 * record.c -- the store's databases and the msgpack form of its records.
 *
 * Every record is a msgpack map.  Its first entry is "v": the record
 * version (a uint, 1 for all types now), then one entry per field under a
 * short string key.  Text is str, DER/keys/digests are bin, flags are bool,
 * counts and enums are uint, timestamps are int.  The encoder writes every
 * field; the decoder treats every field but "v" as optional (absent = zero)
 * and skips unknown keys, so fields can be added within a version.
 *
 * One table per record type drives both directions; it is the one
 * description of the records (record_schema.h): `mdshm dump`, the tests
 * and docs/store.md's record tables are made from it too.  Decoding
 * allocates nothing and copies nothing: views point into the value (it
 * runs on the TLS handshake path).  Encoding uses msgpack-c.
 */
#include "shm.h"
#include "mpack_read.h"
#include "record_schema.h"

#include <errno.h>
#include <msgpack.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------
 * Databases
 * ---------------------------------------------------------------------- */

static const char *const db_names[MDSHM_DB_COUNT] = {
    [MDSHM_DB_META] = "meta",         [MDSHM_DB_MDS] = "mds",
    [MDSHM_DB_NAMES] = "names",       [MDSHM_DB_CERTS] = "certs",
    [MDSHM_DB_STAGING] = "staging",   [MDSHM_DB_ARCHIVE] = "archive",
    [MDSHM_DB_OCSP] = "ocsp",         [MDSHM_DB_CHALLENGES] = "challenges",
    [MDSHM_DB_ACCOUNTS] = "accounts", [MDSHM_DB_JOBS] = "jobs",
};

const char *mdshm_db_name(mdshm_db_t db)
{
    if ((unsigned)db >= MDSHM_DB_COUNT)
        return NULL;
    return db_names[db];
}

int mdshm_db_from_name(const char *name)
{
    int i;

    if (!name)
        return -1;
    for (i = 0; i < MDSHM_DB_COUNT; i++)
        if (!strcmp(db_names[i], name))
            return i;
    return -1;
}

static bool key_is(const void *key, size_t klen, const char *lit, size_t n)
{
    return key && klen == n && !memcmp(key, lit, n);
}

int mdshm_record_type(mdshm_db_t db, const void *key, size_t klen)
{
    switch (db) {
    case MDSHM_DB_META:
        if (key_is(key, klen, "schema", 6))
            return MDSHM_REC_SCHEMA;
        if (key_is(key, klen, "leader", 6))
            return MDSHM_REC_LEADER;
        if (key_is(key, klen, "gen", 3))
            return MDSHM_REC_GEN;
        if (key_is(key, klen, "cluster-rev", 11))
            return MDSHM_REC_GEN; /* the same shape: one counter */
        if (key_is(key, klen, "cluster", 7))
            return MDSHM_REC_CLUSTER;
        return -1;
    case MDSHM_DB_MDS:
        return MDSHM_REC_MD;
    case MDSHM_DB_NAMES:
        return MDSHM_REC_NAME;
    case MDSHM_DB_CERTS:
    case MDSHM_DB_ARCHIVE:
        return MDSHM_REC_CERTSET;
    case MDSHM_DB_STAGING:
        return MDSHM_REC_STAGING;
    case MDSHM_DB_OCSP:
        /* CRL outcomes live next to the staples: "crl-" + sha256 hex */
        return klen == MDSHM__CRL_KEY_LEN && key && !memcmp(key, "crl-", 4)
                   ? MDSHM_REC_CRL
                   : MDSHM_REC_OCSP;
    case MDSHM_DB_CHALLENGES:
        return MDSHM_REC_CHALLENGE;
    case MDSHM_DB_ACCOUNTS:
        return MDSHM_REC_ACCOUNT;
    case MDSHM_DB_JOBS:
        return MDSHM_REC_JOB;
    default:
        return -1;
    }
}

/* ------------------------------------------------------------------------
 * Record tables (record_schema.h): the one description of every record
 * ---------------------------------------------------------------------- */

typedef mdshm__rec_field_t rec_field_t;
typedef mdshm__rec_table_t rec_table_t;

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define MEMBER_N(T, m) (sizeof(((T *)0)->m) / sizeof(((T *)0)->m[0]))

#define DOC(m, cnt, show, values, meaning)                                    \
    (&(const mdshm__field_doc_t){m, cnt, show, values, meaning})
/* A scalar or a single str/bin field. */
#define F(T, key, kind, m, maxlen, show, meaning)                             \
    {key,    sizeof(key) - 1, kind, 0, offsetof(T, m), 0, maxlen, NULL,       \
     DOC(#m, NULL, show, NULL, meaning)}
/* A uint whose values have names. */
#define FE(T, key, m, values, meaning)                                        \
    {key,    sizeof(key) - 1, K_U32, 0, offsetof(T, m), 0, 0, NULL,           \
     DOC(#m, NULL, MDSHM__SHOW_ENUM, values, meaning)}
/* An array field; its limit is the C array's length. */
#define FA(T, key, kind, m, cnt, maxlen, show, meaning)                       \
    {key,           sizeof(key) - 1,  kind,   (uint16_t)MEMBER_N(T, m),       \
     offsetof(T, m), offsetof(T, cnt), maxlen, NULL,                          \
     DOC(#m, #cnt, show, NULL, meaning)}
#define FM(T, key, m, cnt, sub, meaning)                                      \
    {key,           sizeof(key) - 1,  K_MAP_ARRAY, (uint16_t)MEMBER_N(T, m),  \
     offsetof(T, m), offsetof(T, cnt), 0,           &(sub),                   \
     DOC(#m, #cnt, MDSHM__SHOW_AS_IS, NULL, meaning)}
#define TABLE(what, T, fields)                                                \
    {what, #T, fields, NELEM(fields), sizeof(T), 1}

#define K_U32 MDSHM__K_U32
#define K_U64 MDSHM__K_U64
#define K_I32 MDSHM__K_I32
#define K_I64 MDSHM__K_I64
#define K_BOOL MDSHM__K_BOOL
#define K_STR MDSHM__K_STR
#define K_BIN MDSHM__K_BIN
#define K_SHA256 MDSHM__K_SHA256
#define K_STR_ARRAY MDSHM__K_STR_ARRAY
#define K_BIN_ARRAY MDSHM__K_BIN_ARRAY
#define K_MAP_ARRAY MDSHM__K_MAP_ARRAY
typedef mdshm__kind_t kind_t;

#define S MDSHM_MAX_STR
#define B MDSHM_MAX_BIN
#define AS_IS MDSHM__SHOW_AS_IS
#define MS MDSHM__SHOW_MS
#define SEC MDSHM__SHOW_S
#define PKEY MDSHM__SHOW_PKEY
#define CERT MDSHM__SHOW_CERT

static const char *const md_states[] = {"unknown", "incomplete", "complete",
                                        "expired", "error",      "missing",
                                        NULL};
static const char *const renew_modes[] = {"manual", "auto", "always", NULL};
static const char *const ocsp_states[] = {"good", "revoked", "unknown", NULL};

static const rec_field_t schema_f[] = {
    F(mdshm_schema_rec_t, "schema", K_U64, schema, 0, AS_IS,
      "schema version of the store's layout"),
    F(mdshm_schema_rec_t, "library", K_STR, library, S, AS_IS,
      "version of the library that created the store"),
};

static const rec_field_t leader_f[] = {
    F(mdshm_leader_rec_t, "term", K_U64, term, 0, AS_IS,
      "leadership term: the fencing token, raised by every new leader"),
    F(mdshm_leader_rec_t, "pid", K_I64, pid, 0, AS_IS,
      "process id of the leader"),
    F(mdshm_leader_rec_t, "host", K_STR, host, S, AS_IS,
      "host name of the leader"),
    F(mdshm_leader_rec_t, "since_ms", K_I64, since_ms, 0, MS,
      "when this term began"),
    F(mdshm_leader_rec_t, "heartbeat_ms", K_I64, heartbeat_ms, 0, MS,
      "the leader's last heartbeat"),
    F(mdshm_leader_rec_t, "has_lock", K_BOOL, has_lock, 0, AS_IS,
      "the leader holds leader.lock"),
};

static const rec_field_t cluster_f[] = {
    F(mdshm_cluster_rec_t, "host", K_STR, host, S, AS_IS,
      "this host's id in the cluster"),
    F(mdshm_cluster_rec_t, "role", K_STR, role, S, AS_IS,
      "leader, follower or none (no lease: etcd unreachable)"),
    F(mdshm_cluster_rec_t, "leader", K_STR, leader, S, AS_IS,
      "the cluster leader's host id (empty: unknown)"),
    F(mdshm_cluster_rec_t, "term", K_I64, term, 0, AS_IS,
      "the cluster term: the leader key's create_revision"),
    F(mdshm_cluster_rec_t, "applied_rev", K_I64, applied_rev, 0, AS_IS,
      "the etcd revision applied to this store"),
    F(mdshm_cluster_rec_t, "seen_rev", K_I64, seen_rev, 0, AS_IS,
      "the highest etcd revision heard of"),
    F(mdshm_cluster_rec_t, "etcd", K_STR, etcd, S, AS_IS,
      "etcd as seen from here: ok, quorum lost, unreachable"),
    F(mdshm_cluster_rec_t, "endpoint", K_STR, endpoint, S, AS_IS,
      "the etcd member in use"),
    F(mdshm_cluster_rec_t, "last_error", K_STR, last_error, S, AS_IS,
      "the last error (empty: none)"),
    F(mdshm_cluster_rec_t, "fenced", K_U64, fenced, 0, AS_IS,
      "cluster writes refused as fenced"),
    F(mdshm_cluster_rec_t, "resyncs", K_U64, resyncs, 0, AS_IS,
      "ranges the mirror applied as one replacement since the host leader "
      "started (first sync, compactions, restores)"),
    F(mdshm_cluster_rec_t, "restores", K_U64, restores, 0, AS_IS,
      "resyncs because etcd's revision was below this store's (etcd "
      "restored from a snapshot or replaced)"),
    F(mdshm_cluster_rec_t, "updated_ms", K_I64, updated_ms, 0, MS,
      "when the host's leader wrote this"),
    F(mdshm_cluster_rec_t, "key_check", K_STR, key_check, S, AS_IS,
      "ok, differs (this host does not campaign: see last_error) or empty "
      "(not checked yet)"),
};

static const rec_field_t gen_f[] = {
    F(mdshm_gen_rec_t, "gen", K_U64, gen, 0, AS_IS,
      "the change counter: raised by every change workers serve"),
};

static const rec_field_t md_f[] = {
    F(mdshm_md_rec_t, "name", K_STR, name, MDSHM_MAX_MDNAME_LEN, AS_IS,
      "MD name"),
    F(mdshm_md_rec_t, "gen", K_U64, gen, 0, AS_IS,
      "`meta/gen` of the write that stored it"),
    FE(mdshm_md_rec_t, "state", state, md_states, "mod_md's MD state"),
    FE(mdshm_md_rec_t, "renew_mode", renew_mode, renew_modes,
       "MDRenewMode"),
    FA(mdshm_md_rec_t, "names", K_STR_ARRAY, names, n_names,
       MDSHM_MAX_NAME_LEN, AS_IS,
       "the DNS names (and IP addresses) it serves"),
    FA(mdshm_md_rec_t, "ca", K_STR_ARRAY, ca_urls, n_ca_urls, S, AS_IS,
       "ACME directory URLs, in order of preference"),
    FA(mdshm_md_rec_t, "contacts", K_STR_ARRAY, contacts, n_contacts, S,
       AS_IS, "account contacts (mailto: URLs)"),
    FA(mdshm_md_rec_t, "keys", K_STR_ARRAY, key_specs, n_key_specs, S,
       AS_IS, "key specs, one certificate set each (`rsa2048`, `secp256r1`)"),
    F(mdshm_md_rec_t, "renew_window", K_STR, renew_window, S, AS_IS,
      "as configured: `33%` or `30d`"),
    F(mdshm_md_rec_t, "warn_window", K_STR, warn_window, S, AS_IS,
      "as configured"),
    F(mdshm_md_rec_t, "must_staple", K_BOOL, must_staple, 0, AS_IS,
      "MDMustStaple"),
    F(mdshm_md_rec_t, "is_static", K_BOOL, is_static, 0, AS_IS,
      "MDCertificateFile: imported, no ACME"),
    F(mdshm_md_rec_t, "renew_at_ms", K_I64, renew_at_ms, 0, MS,
      "when renewal is due; 0: not scheduled"),
    F(mdshm_md_rec_t, "transitive", K_BOOL, transitive, 0, AS_IS,
      "MDMembers auto (md-status `transitive`)"),
    F(mdshm_md_rec_t, "agreement", K_STR, agreement, S, AS_IS,
      "MDCertificateAgreement as configured"),
    F(mdshm_md_rec_t, "stapling", K_BOOL, stapling, 0, AS_IS, "MDStapling"),
    F(mdshm_md_rec_t, "profile_mandatory", K_BOOL, profile_mandatory, 0,
      AS_IS, "MDProfileMandatory"),
    F(mdshm_md_rec_t, "ari_renewals", K_BOOL, ari_renewals, 0, AS_IS,
      "MDRenewViaARI"),
    F(mdshm_md_rec_t, "acme_tls_1", K_BOOL, acme_tls_1, 0, AS_IS,
      "tls-alpn-01 may answer its names: port 443 mapped (MDPortMap) or "
      "named in MDCAChallenges (md-status `proto`)"),
    FA(mdshm_md_rec_t, "challenges", K_STR_ARRAY, challenges, n_challenges,
       S, AS_IS, "MDCAChallenges as configured (md-status `ca.challenges`)"),
};

static const rec_field_t name_f[] = {
    F(mdshm_name_rec_t, "md", K_STR, md, MDSHM_MAX_MDNAME_LEN, AS_IS,
      "the MD that serves the name"),
};

static const rec_field_t certset_f[] = {
    F(mdshm_certset_rec_t, "gen", K_U64, gen, 0, AS_IS,
      "`meta/gen` when installed: the workers' cache key"),
    F(mdshm_certset_rec_t, "md", K_STR, md, MDSHM_MAX_MDNAME_LEN, AS_IS,
      "MD name"),
    F(mdshm_certset_rec_t, "key_spec", K_STR, key_spec, S, AS_IS,
      "key spec of `pkey`"),
    FA(mdshm_certset_rec_t, "chain", K_BIN_ARRAY, chain, n_chain, B, CERT,
       "certificates, DER, leaf first"),
    F(mdshm_certset_rec_t, "pkey", K_BIN, pkey, B, PKEY,
      "private key, PKCS#8 DER"),
    F(mdshm_certset_rec_t, "not_before", K_I64, not_before, 0, SEC,
      "the leaf's notBefore"),
    F(mdshm_certset_rec_t, "not_after", K_I64, not_after, 0, SEC,
      "the leaf's notAfter"),
    F(mdshm_certset_rec_t, "sha256", K_SHA256, sha256, 32, MDSHM__SHOW_HEX,
      "SHA-256 of the leaf DER"),
    F(mdshm_certset_rec_t, "issuer", K_STR, issuer, S, AS_IS,
      "the leaf's issuer"),
    F(mdshm_certset_rec_t, "serial", K_STR, serial, S, AS_IS,
      "the leaf's serial number, upper-case hex"),
    F(mdshm_certset_rec_t, "ocsp_url", K_STR, ocsp_url, S, AS_IS,
      "the leaf's OCSP responder"),
    F(mdshm_certset_rec_t, "ari_id", K_STR, ari_id, S, AS_IS,
      "ACME renewal information (RFC 9773) certificate identifier"),
    F(mdshm_certset_rec_t, "is_static", K_BOOL, is_static, 0, AS_IS,
      "imported (MDCertificateFile), not from ACME"),
    F(mdshm_certset_rec_t, "installed_ms", K_I64, installed_ms, 0, MS,
      "when the set was installed"),
    F(mdshm_certset_rec_t, "must_staple_requested", K_BOOL,
      must_staple_requested, 0, AS_IS,
      "the CSR asked for must-staple (a CA may ignore it, which is then no "
      "reason to renew)"),
};

static const rec_field_t staging_f[] = {
    F(mdshm_staging_rec_t, "md", K_STR, md, MDSHM_MAX_MDNAME_LEN, AS_IS,
      "MD name"),
    F(mdshm_staging_rec_t, "key_spec", K_STR, key_spec, S, AS_IS,
      "key spec of `pkey`"),
    F(mdshm_staging_rec_t, "state", K_U32, state, 0, AS_IS,
      "order progress: 0 key, 1 ordered, 2 authorized, 3 finalizing, "
      "4 done (chain complete)"),
    F(mdshm_staging_rec_t, "pkey", K_BIN, pkey, B, PKEY,
      "the new private key, PKCS#8 DER"),
    FA(mdshm_staging_rec_t, "chain", K_BIN_ARRAY, chain, n_chain, B, CERT,
       "certificates obtained, DER, leaf first"),
    F(mdshm_staging_rec_t, "account_id", K_STR, account_id, S, AS_IS,
      "`accounts` key of the account ordering"),
    F(mdshm_staging_rec_t, "order_url", K_STR, order_url, S, AS_IS,
      "the ACME order"),
    F(mdshm_staging_rec_t, "finalize_url", K_STR, finalize_url, S, AS_IS,
      "the order's finalize URL"),
    FA(mdshm_staging_rec_t, "authz_urls", K_STR_ARRAY, authz_urls, n_authz,
       S, AS_IS, "the order's authorizations"),
    F(mdshm_staging_rec_t, "created_ms", K_I64, created_ms, 0, MS,
      "when the order began"),
    F(mdshm_staging_rec_t, "updated_ms", K_I64, updated_ms, 0, MS,
      "last change"),
};

static const rec_field_t ocsp_f[] = {
    F(mdshm_ocsp_rec_t, "der", K_BIN, der, B, MDSHM__SHOW_BLOB,
      "the verified OCSP response, DER: the staple"),
    FE(mdshm_ocsp_rec_t, "status", status, ocsp_states,
       "the certificate's status"),
    F(mdshm_ocsp_rec_t, "this_update", K_I64, this_update, 0, SEC,
      "the response's thisUpdate"),
    F(mdshm_ocsp_rec_t, "next_update", K_I64, next_update, 0, SEC,
      "the response's nextUpdate, cut at the certificate's notAfter"),
    F(mdshm_ocsp_rec_t, "fetched_ms", K_I64, fetched_ms, 0, MS,
      "when the response was fetched"),
    F(mdshm_ocsp_rec_t, "renew_at_ms", K_I64, renew_at_ms, 0, MS,
      "when to fetch the next one"),
    F(mdshm_ocsp_rec_t, "last_used_ms", K_I64, last_used_ms, 0, MS,
      "MD certificates: last fetch while active; registered ones: last "
      "registration"),
    F(mdshm_ocsp_rec_t, "errors", K_U32, errors, 0, AS_IS,
      "consecutive failed fetches"),
    F(mdshm_ocsp_rec_t, "responder_url", K_STR, responder_url, S, AS_IS,
      "the OCSP responder"),
    F(mdshm_ocsp_rec_t, "md", K_STR, md, S, AS_IS,
      "MD of the certificate; empty: registered by an adapter "
      "(MDStapleOthers)"),
    F(mdshm_ocsp_rec_t, "last_error", K_STR, last_error, S, AS_IS,
      "why the last fetch failed; empty if it did not"),
    F(mdshm_ocsp_rec_t, "next_try_ms", K_I64, next_try_ms, 0, MS,
      "next fetch after a failure; 0: none"),
    F(mdshm_ocsp_rec_t, "cert_not_after", K_I64, cert_not_after, 0, SEC,
      "the certificate's notAfter"),
    F(mdshm_ocsp_rec_t, "cert", K_BIN, cert, B, CERT,
      "registered certificates only: the leaf, DER (what to fetch for)"),
    F(mdshm_ocsp_rec_t, "issuer_cert", K_BIN, issuer_cert, B, CERT,
      "registered certificates only: its issuer, DER"),
    F(mdshm_ocsp_rec_t, "gen", K_U64, gen, 0, AS_IS,
      "`meta/gen` its write raised (stamped by the store; 0 in records "
      "written before): the workers' staple cache key"),
};

static const rec_field_t crl_f[] = {
    FE(mdshm_crl_rec_t, "status", status, ocsp_states,
       "what the CRL says of the certificate (unknown: no CRL accepted yet)"),
    F(mdshm_crl_rec_t, "revoked_at", K_I64, revoked_at, 0, SEC,
      "revoked: the revocation date"),
    F(mdshm_crl_rec_t, "reason", K_I32, reason, 0, AS_IS,
      "revoked: the CRLReason code; -1: none given"),
    F(mdshm_crl_rec_t, "url", K_STR, url, S, AS_IS, "the CRL's URL"),
    F(mdshm_crl_rec_t, "md", K_STR, md, S, AS_IS, "MD of the certificate"),
    F(mdshm_crl_rec_t, "this_update", K_I64, this_update, 0, SEC,
      "the CRL's thisUpdate"),
    F(mdshm_crl_rec_t, "next_update", K_I64, next_update, 0, SEC,
      "the CRL's nextUpdate"),
    F(mdshm_crl_rec_t, "fetched_ms", K_I64, fetched_ms, 0, MS,
      "last fetch that answered (200 or 304)"),
    F(mdshm_crl_rec_t, "next_fetch_ms", K_I64, next_fetch_ms, 0, MS,
      "when to fetch the CRL again"),
    F(mdshm_crl_rec_t, "etag", K_STR, etag, S, AS_IS,
      "the CRL's ETag (If-None-Match)"),
    F(mdshm_crl_rec_t, "last_modified", K_STR, last_modified, S, AS_IS,
      "the CRL's Last-Modified (If-Modified-Since)"),
    F(mdshm_crl_rec_t, "errors", K_U32, errors, 0, AS_IS,
      "consecutive failed fetches"),
    F(mdshm_crl_rec_t, "last_error", K_STR, last_error, S, AS_IS,
      "why the last fetch failed or the CRL was refused; empty if not"),
    F(mdshm_crl_rec_t, "next_try_ms", K_I64, next_try_ms, 0, MS,
      "next fetch after a failure; 0: none"),
    F(mdshm_crl_rec_t, "skipped", K_U32, skipped, 0, AS_IS,
      "distribution points not fetched (ldap:, https:)"),
};

static const rec_field_t challenge_f[] = {
    F(mdshm_challenge_rec_t, "type", K_STR, type, S, AS_IS,
      "`http-01`, `tls-alpn-01` or `dns-01`"),
    F(mdshm_challenge_rec_t, "name", K_STR, name, MDSHM_MAX_NAME_LEN, AS_IS,
      "the DNS name (identifier) it is for"),
    F(mdshm_challenge_rec_t, "token", K_STR, token, S, AS_IS,
      "the CA's token"),
    F(mdshm_challenge_rec_t, "key_authz", K_STR, key_authz, S, AS_IS,
      "key authorization: the http-01 body; dns-01: the TXT value"),
    F(mdshm_challenge_rec_t, "cert", K_BIN, cert, B, CERT,
      "tls-alpn-01 certificate, DER"),
    F(mdshm_challenge_rec_t, "pkey", K_BIN, pkey, B, PKEY,
      "tls-alpn-01 private key, PKCS#8 DER"),
    F(mdshm_challenge_rec_t, "created_ms", K_I64, created_ms, 0, MS,
      "when it was set up"),
};

static const rec_field_t account_f[] = {
    F(mdshm_account_rec_t, "ca_url", K_STR, ca_url, S, AS_IS,
      "the CA's ACME directory"),
    F(mdshm_account_rec_t, "url", K_STR, url, S, AS_IS,
      "the account's URL at the CA"),
    F(mdshm_account_rec_t, "status", K_STR, status, S, AS_IS,
      "the CA's account status (`valid`, ...)"),
    F(mdshm_account_rec_t, "pkey", K_BIN, pkey, B, PKEY,
      "account key, PKCS#8 DER"),
    FA(mdshm_account_rec_t, "contacts", K_STR_ARRAY, contacts, n_contacts,
       S, AS_IS, "contacts registered"),
    F(mdshm_account_rec_t, "agreement", K_STR, agreement, S, AS_IS,
      "terms of service agreed to"),
    F(mdshm_account_rec_t, "eab_kid", K_STR, eab_kid, S, AS_IS,
      "external account binding key id"),
    F(mdshm_account_rec_t, "created_ms", K_I64, created_ms, 0, MS,
      "when it was registered"),
};

static const rec_field_t joblog_f[] = {
    F(mdshm_joblog_entry_t, "when", K_I64, when_ms, 0, MS, "when it happened"),
    F(mdshm_joblog_entry_t, "type", K_STR, type, S, AS_IS,
      "`progress`, `error`, `installed`, ..."),
    F(mdshm_joblog_entry_t, "detail", K_STR, detail, S, AS_IS, "what"),
};

static const rec_table_t joblog_t =
    TABLE("job log entry", mdshm_joblog_entry_t, joblog_f);

static const rec_field_t job_f[] = {
    F(mdshm_job_rec_t, "md", K_STR, md, MDSHM_MAX_MDNAME_LEN, AS_IS,
      "MD name"),
    F(mdshm_job_rec_t, "errors", K_U32, errors, 0, AS_IS,
      "consecutive failed runs"),
    F(mdshm_job_rec_t, "next_run_ms", K_I64, next_run_ms, 0, MS,
      "when the drive runs it next"),
    F(mdshm_job_rec_t, "retry_after_ms", K_I64, retry_after_ms, 0, MS,
      "while `errors` > 0 the CA's Retry-After of the last failure; after "
      "a success that of the last ARI answer"),
    F(mdshm_job_rec_t, "last_status", K_I32, last_status, 0,
      MDSHM__SHOW_ERRNAME, "mdshm error code of the last run"),
    F(mdshm_job_rec_t, "last_problem", K_STR, last_problem, S, AS_IS,
      "ACME problem type URN of the last failure"),
    F(mdshm_job_rec_t, "last_detail", K_STR, last_detail, S, AS_IS,
      "its detail"),
    F(mdshm_job_rec_t, "last_activity", K_STR, last_activity, S, AS_IS,
      "what the last run did"),
    F(mdshm_job_rec_t, "last_run_ms", K_I64, last_run_ms, 0, MS,
      "when it last ran"),
    FM(mdshm_job_rec_t, "log", log, n_log, joblog_t,
       "activity log, oldest first (job log entry)"),
};

#undef S
#undef B
#undef AS_IS
#undef MS
#undef SEC
#undef PKEY
#undef CERT

static const rec_table_t tables[MDSHM_REC_COUNT] = {
    [MDSHM_REC_SCHEMA] = TABLE("schema", mdshm_schema_rec_t, schema_f),
    [MDSHM_REC_LEADER] = TABLE("leader", mdshm_leader_rec_t, leader_f),
    [MDSHM_REC_GEN] = TABLE("gen", mdshm_gen_rec_t, gen_f),
    [MDSHM_REC_MD] = TABLE("md", mdshm_md_rec_t, md_f),
    [MDSHM_REC_NAME] = TABLE("name", mdshm_name_rec_t, name_f),
    [MDSHM_REC_CERTSET] = TABLE("certset", mdshm_certset_rec_t, certset_f),
    [MDSHM_REC_STAGING] = TABLE("staging", mdshm_staging_rec_t, staging_f),
    [MDSHM_REC_OCSP] = TABLE("ocsp", mdshm_ocsp_rec_t, ocsp_f),
    [MDSHM_REC_CHALLENGE] =
        TABLE("challenge", mdshm_challenge_rec_t, challenge_f),
    [MDSHM_REC_ACCOUNT] = TABLE("account", mdshm_account_rec_t, account_f),
    [MDSHM_REC_JOB] = TABLE("job", mdshm_job_rec_t, job_f),
    [MDSHM_REC_CRL] = TABLE("crl", mdshm_crl_rec_t, crl_f),
    [MDSHM_REC_CLUSTER] = TABLE("cluster", mdshm_cluster_rec_t, cluster_f),
};

const rec_table_t *mdshm__record_table(mdshm_rec_type_t type)
{
    if ((unsigned)type >= MDSHM_REC_COUNT)
        return NULL;
    return &tables[type];
}

const rec_field_t *mdshm__record_fields(mdshm_rec_type_t type, size_t *n)
{
    const rec_table_t *t = mdshm__record_table(type);

    if (n)
        *n = t ? t->n : 0;
    return t ? t->f : NULL;
}

const char *mdshm__field_value_name(const rec_field_t *f, uint32_t v)
{
    const char *const *names = f->doc ? f->doc->values : NULL;

    for (uint32_t i = 0; names && names[i]; i++)
        if (i == v)
            return names[i];
    return NULL;
}

/* The duplicate-key mask has one bit per field and one for "v". */
#define V_SEEN (1u << 31)
_Static_assert(NELEM(md_f) < 31 && NELEM(certset_f) < 31 &&
                   NELEM(staging_f) < 31 && NELEM(job_f) < 31,
               "too many fields for the seen mask");
_Static_assert(MDSHM_MAX_NAMES <= UINT16_MAX && MDSHM_MAX_JOBLOG <= 65535,
               "array limits must fit rec_field_t.maxn");
_Static_assert(MEMBER_N(mdshm_md_rec_t, names) == MDSHM_MAX_NAMES &&
                   MEMBER_N(mdshm_md_rec_t, ca_urls) == MDSHM_MAX_LIST &&
                   MEMBER_N(mdshm_certset_rec_t, chain) == MDSHM_MAX_CHAIN &&
                   MEMBER_N(mdshm_staging_rec_t, authz_urls) ==
                       MDSHM_MAX_NAMES &&
                   MEMBER_N(mdshm_job_rec_t, log) == MDSHM_MAX_JOBLOG,
               "array members and MDSHM_MAX_* disagree");

/* ------------------------------------------------------------------------
 * Decoding
 * ---------------------------------------------------------------------- */

__attribute__((cold, noinline)) static int corrupt(const rec_table_t *t,
                                                    const char *key,
                                                    const char *why)
{
    MDSHM_LOG(MDSHM_LOG_DEBUG, MDSHM_ECORRUPT, "%s record: %s%s%s", t->what,
              key ? key : "", key ? ": " : "", why);
    return MDSHM_ECORRUPT;
}

/* Keys are a few bytes: a loop beats a call to memcmp. */
static inline bool key_eq(const char *a, const uint8_t *b, size_t n)
{
    while (n--)
        if ((uint8_t)*a++ != *b++)
            return false;
    return true;
}

static inline int lookup(const rec_table_t *t, mdshm_buf_t k)
{
    uint32_t i;

    for (i = 0; i < t->n; i++)
        if (t->f[i].klen == k.n && key_eq(t->f[i].key, k.p, k.n))
            return (int)i;
    return -1;
}

static inline bool is_v(mdshm_buf_t k)
{
    return k.n == 1 && k.p[0] == 'v';
}

static int dec_map(mdshm__mp_t *r, uint32_t n, const rec_table_t *t,
                   uint8_t *base, uint32_t seen, bool root);

static int dec_buf(mdshm__mp_t *r, const rec_table_t *t,
                   const rec_field_t *f, bool bin, uint32_t maxlen,
                   mdshm_buf_t *out)
{
    if ((bin ? mdshm__mp_bin(r, out) : mdshm__mp_str(r, out)) != 0)
        return corrupt(t, f->key, bin ? "not a bin" : "not a str");
    if (out->n > maxlen)
        return corrupt(t, f->key, "too long");
    return 0;
}

static int dec_value(mdshm__mp_t *r, const rec_table_t *t,
                     const rec_field_t *f, uint8_t *base)
{
    void *dst = base + f->off;
    uint64_t u;
    int64_t i;
    uint32_t n, j;
    int rv;

    switch ((kind_t)f->kind) {
    case K_U32:
        if (mdshm__mp_uint(r, &u) || u > UINT32_MAX)
            return corrupt(t, f->key, "not a uint32");
        *(uint32_t *)dst = (uint32_t)u;
        return 0;
    case K_U64:
        if (mdshm__mp_uint(r, &u))
            return corrupt(t, f->key, "not a uint");
        *(uint64_t *)dst = u;
        return 0;
    case K_I32:
        if (mdshm__mp_int64(r, &i) || i < INT32_MIN || i > INT32_MAX)
            return corrupt(t, f->key, "not an int32");
        *(int32_t *)dst = (int32_t)i;
        return 0;
    case K_I64:
        if (mdshm__mp_int64(r, &i))
            return corrupt(t, f->key, "not an int64");
        *(int64_t *)dst = i;
        return 0;
    case K_BOOL:
        if (mdshm__mp_bool(r, (bool *)dst))
            return corrupt(t, f->key, "not a bool");
        return 0;
    case K_STR:
        return dec_buf(r, t, f, false, f->maxlen, dst);
    case K_BIN:
        return dec_buf(r, t, f, true, f->maxlen, dst);
    case K_SHA256:
        rv = dec_buf(r, t, f, true, 32, dst);
        if (rv != 0)
            return rv;
        if (((mdshm_buf_t *)dst)->n != 0 && ((mdshm_buf_t *)dst)->n != 32)
            return corrupt(t, f->key, "not 32 bytes");
        return 0;
    case K_STR_ARRAY:
    case K_BIN_ARRAY:
    case K_MAP_ARRAY:
        if (mdshm__mp_array(r, &n))
            return corrupt(t, f->key, "not an array");
        if (n > f->maxn)
            return corrupt(t, f->key, "too many elements");
        for (j = 0; j < n; j++) {
            if (f->kind == K_MAP_ARRAY) {
                uint32_t m;
                if (mdshm__mp_map(r, &m))
                    return corrupt(t, f->key, "element not a map");
                rv = dec_map(r, m, f->sub, (uint8_t *)dst + j * f->sub->size,
                             0, false);
            } else {
                rv = dec_buf(r, t, f, f->kind == K_BIN_ARRAY, f->maxlen,
                             (mdshm_buf_t *)dst + j);
            }
            if (rv)
                return rv;
        }
        *(uint32_t *)(base + f->coff) = n;
        return 0;
    }
    return corrupt(t, f->key, "bad field kind");
}

static int dec_map(mdshm__mp_t *r, uint32_t n, const rec_table_t *t,
                   uint8_t *base, uint32_t seen, bool root)
{
    mdshm_buf_t k;
    int idx, rv;

    for (; n; n--) {
        if (mdshm__mp_str(r, &k))
            return corrupt(t, NULL, "map key is not a str");
        idx = lookup(t, k);
        if (idx < 0) {
            if (root && is_v(k)) {
                /* "v" after other keys: read (and checked) by scan_v */
                if (seen & V_SEEN)
                    return corrupt(t, "v", "duplicate key");
                seen |= V_SEEN;
            }
            if (mdshm__mp_skip(r))
                return corrupt(t, NULL, "malformed value of an unknown key");
            continue;
        }
        if (seen & (1u << idx))
            return corrupt(t, t->f[idx].key, "duplicate key");
        seen |= 1u << idx;
        rv = dec_value(r, t, &t->f[idx], base);
        if (rv != 0)
            return rv;
    }
    return 0;
}

/*
 * Walk the @p n remaining entries of the root map (and check nothing
 * follows it): keys must be str, values well-formed; a "v" found there is
 * returned in @p v (a second one is corrupt).
 */
static int scan_v(mdshm__mp_t r, uint32_t n, const rec_table_t *t,
                  bool *found, uint64_t *v)
{
    mdshm_buf_t k;

    for (; n; n--) {
        if (mdshm__mp_str(&r, &k))
            return corrupt(t, NULL, "map key is not a str");
        if (is_v(k)) {
            if (*found)
                return corrupt(t, "v", "duplicate key");
            if (mdshm__mp_uint(&r, v))
                return corrupt(t, "v", "not a uint");
            *found = true;
        } else if (mdshm__mp_skip(&r)) {
            return corrupt(t, NULL, "malformed value");
        }
    }
    if (r.p != r.end)
        return corrupt(t, NULL, "trailing bytes");
    return 0;
}

static int decode(const rec_table_t *t, const void *val, size_t len,
                  uint8_t *base)
{
    mdshm__mp_t r, first;
    mdshm_buf_t k;
    uint32_t n, seen = 0;
    uint64_t v = 0;
    bool found = false;
    int rv;

    if (len > MDSHM_MAX_RECORD)
        return corrupt(t, NULL, "larger than MDSHM_MAX_RECORD");
    mdshm__mp_init(&r, val, len);
    if (mdshm__mp_map(&r, &n))
        return corrupt(t, NULL, "not a map");

    /* "v" comes first in everything we write; find it anywhere else too. */
    first = r;
    if (n && !mdshm__mp_str(&first, &k) && is_v(k)) {
        if (mdshm__mp_uint(&first, &v))
            return corrupt(t, "v", "not a uint");
        r = first;
        n--;
        seen = V_SEEN;
        found = true;
    } else if ((rv = scan_v(r, n, t, &found, &v)) != 0) {
        return rv;
    }
    if (!found)
        return corrupt(t, NULL, "no version (\"v\")");
    if (v == 0)
        return corrupt(t, "v", "version 0");
    if (v > t->version) {
        /* Newer: report it only for a well-formed map. */
        if (seen && (rv = scan_v(r, n, t, &found, &v)) != 0)
            return rv;
        MDSHM_LOG(MDSHM_LOG_DEBUG, MDSHM_EVERSION,
                  "%s record: version %llu, this library reads up to %u",
                  t->what, (unsigned long long)v, (unsigned)t->version);
        return MDSHM_EVERSION;
    }
    rv = dec_map(&r, n, t, base, seen, true);
    if (rv != 0)
        return rv;
    if (r.p != r.end)
        return corrupt(t, NULL, "trailing bytes");
    return 0;
}

int mdshm_record_decode(mdshm_rec_type_t type, const void *val, size_t len,
                        mdshm_record_t *out)
{
    const rec_table_t *t;
    int rv;

    if (!out)
        return MDSHM_EBADINPUT;
    if ((unsigned)type >= MDSHM_REC_COUNT || (!val && len)) {
        memset(out, 0, sizeof(*out));
        return MDSHM_EBADINPUT;
    }
    t = &tables[type];
    /* Clear only the member in use: a name record is a few bytes, the
     * union several KiB. */
    out->type = type;
    memset(&out->u, 0, t->size);
    rv = decode(t, val, len, (uint8_t *)&out->u);
    if (rv)
        memset(out, 0, sizeof(*out));
    return rv;
}

/* ------------------------------------------------------------------------
 * Encoding
 * ---------------------------------------------------------------------- */

static int check_buf(const rec_table_t *t, const rec_field_t *f,
                     const mdshm_buf_t *b, size_t maxlen)
{
    if (b->n && !b->p) {
        MDSHM_LOG(MDSHM_LOG_DEBUG, MDSHM_EBADINPUT,
                  "%s record: %s: NULL view of %zu bytes", t->what, f->key,
                  b->n);
        return MDSHM_EBADINPUT;
    }
    if (b->n > maxlen) {
        MDSHM_LOG(MDSHM_LOG_DEBUG, MDSHM_ETOOBIG,
                  "%s record: %s: %zu bytes, limit %zu", t->what, f->key,
                  b->n, maxlen);
        return MDSHM_ETOOBIG;
    }
    return 0;
}

/* Everything the decoder would refuse is refused here first. */
static int enc_check(const rec_table_t *t, const uint8_t *base)
{
    const rec_field_t *f;
    const void *src;
    uint32_t i, j, n;
    int rv;

    for (i = 0; i < t->n; i++) {
        f = &t->f[i];
        src = base + f->off;
        switch ((kind_t)f->kind) {
        case K_STR:
        case K_BIN:
            rv = check_buf(t, f, src, f->maxlen);
            if (rv != 0)
                return rv;
            break;
        case K_SHA256:
            if (((const mdshm_buf_t *)src)->n != 0 &&
                ((const mdshm_buf_t *)src)->n != 32) {
                MDSHM_LOG(MDSHM_LOG_DEBUG, MDSHM_EBADINPUT,
                          "%s record: %s: %zu bytes, not 32", t->what, f->key,
                          ((const mdshm_buf_t *)src)->n);
                return MDSHM_EBADINPUT;
            }
            rv = check_buf(t, f, src, 32);
            if (rv != 0)
                return rv;
            break;
        case K_STR_ARRAY:
        case K_BIN_ARRAY:
        case K_MAP_ARRAY:
            n = *(const uint32_t *)(base + f->coff);
            if (n > f->maxn) {
                MDSHM_LOG(MDSHM_LOG_DEBUG, MDSHM_EBADINPUT,
                          "%s record: %s: count %u over limit %u", t->what,
                          f->key, (unsigned)n, (unsigned)f->maxn);
                return MDSHM_EBADINPUT;
            }
            for (j = 0; j < n; j++) {
                if (f->kind == K_MAP_ARRAY)
                    rv = enc_check(f->sub, (const uint8_t *)src +
                                               j * f->sub->size);
                else
                    rv = check_buf(t, f, (const mdshm_buf_t *)src + j,
                                   f->maxlen);
                if (rv)
                    return rv;
            }
            break;
        default:
            break;
        }
    }
    return 0;
}

static int pack_buf(msgpack_packer *pk, bool bin, const mdshm_buf_t *b)
{
    if (bin) {
        if (msgpack_pack_bin(pk, b->n))
            return -1;
        return b->n ? msgpack_pack_bin_body(pk, b->p, b->n) : 0;
    }
    if (msgpack_pack_str(pk, b->n))
        return -1;
    return b->n ? msgpack_pack_str_body(pk, b->p, b->n) : 0;
}

static int pack_key(msgpack_packer *pk, const char *key, size_t klen)
{
    if (msgpack_pack_str(pk, klen))
        return -1;
    return msgpack_pack_str_body(pk, key, klen);
}

static int enc_map(msgpack_packer *pk, const rec_table_t *t,
                   const uint8_t *base, bool root)
{
    const rec_field_t *f;
    const void *src;
    uint32_t i, j, n;
    int e = 0;

    if (msgpack_pack_map(pk, t->n + (root ? 1 : 0)))
        return -1;
    if (root && (pack_key(pk, "v", 1) || msgpack_pack_uint32(pk, t->version)))
        return -1;
    for (i = 0; i < t->n && !e; i++) {
        f = &t->f[i];
        src = base + f->off;
        if (pack_key(pk, f->key, f->klen))
            return -1;
        switch ((kind_t)f->kind) {
        case K_U32:
            e = msgpack_pack_uint32(pk, *(const uint32_t *)src);
            break;
        case K_U64:
            e = msgpack_pack_uint64(pk, *(const uint64_t *)src);
            break;
        case K_I32:
            e = msgpack_pack_int32(pk, *(const int32_t *)src);
            break;
        case K_I64:
            e = msgpack_pack_int64(pk, *(const int64_t *)src);
            break;
        case K_BOOL:
            e = *(const bool *)src ? msgpack_pack_true(pk)
                                   : msgpack_pack_false(pk);
            break;
        case K_STR:
            e = pack_buf(pk, false, src);
            break;
        case K_BIN:
        case K_SHA256:
            e = pack_buf(pk, true, src);
            break;
        case K_STR_ARRAY:
        case K_BIN_ARRAY:
        case K_MAP_ARRAY:
            n = *(const uint32_t *)(base + f->coff);
            e = msgpack_pack_array(pk, n);
            for (j = 0; j < n && !e; j++) {
                if (f->kind == K_MAP_ARRAY)
                    e = enc_map(pk, f->sub,
                                (const uint8_t *)src + j * f->sub->size,
                                false);
                else
                    e = pack_buf(pk, f->kind == K_BIN_ARRAY,
                                 (const mdshm_buf_t *)src + j);
            }
            break;
        }
    }
    return e ? -1 : 0;
}

int mdshm__record_encode(const mdshm_record_t *rec, uint8_t **out,
                        size_t *outlen)
{
    const rec_table_t *t;
    const uint8_t *base;
    msgpack_sbuffer sb;
    msgpack_packer pk;
    size_t size;
    char *data, *shrunk;
    int rv;

    if (out)
        *out = NULL;
    if (outlen)
        *outlen = 0;
    if (!rec || !out || !outlen || (unsigned)rec->type >= MDSHM_REC_COUNT)
        return MDSHM_EBADINPUT;
    t = &tables[rec->type];
    base = (const uint8_t *)&rec->u;
    rv = enc_check(t, base);
    if (rv != 0)
        return rv;

    msgpack_sbuffer_init(&sb);
    msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
    if (enc_map(&pk, t, base, true)) {
        msgpack_sbuffer_destroy(&sb);
        return -ENOMEM; /* the sbuffer's only failure */
    }
    if (sb.size > MDSHM_MAX_RECORD) {
        /* Unreachable with the current limits; kept as the decoder's. */
        MDSHM_LOG(MDSHM_LOG_DEBUG, MDSHM_ETOOBIG,
                  "%s record: %zu bytes encoded, limit %d", t->what, sb.size,
                  MDSHM_MAX_RECORD);
        msgpack_sbuffer_destroy(&sb);
        return MDSHM_ETOOBIG;
    }
    size = sb.size;
    data = msgpack_sbuffer_release(&sb);
    /* The sbuffer grows in large steps; give back the slack. */
    shrunk = realloc(data, size);
    if (shrunk)
        data = shrunk;
    *out = (uint8_t *)data;
    *outlen = size;
    return 0;
}
