/*
 * mdshm.h -- the one public header of mdshm.
 *
 * mdshm keeps TLS certificates, keys and their management state in one LMDB
 * store shared by every process of a multi-process server.  Workers read it
 * lock-free; one elected leader per host writes it.
 *
 * Conventions
 *  - Every function that can fail returns int: 0 on success, -errno for a
 *    system error, or one of the MDSHM_E* codes below (all < -31000).
 *  - Out-parameters are cleared on entry and filled only on success.
 *  - "view" (mdshm_buf_t) results point into the store's memory map: they
 *    are read-only, not NUL-terminated, and valid only until the read that
 *    produced them ends (mdshm_read_end).  Copy what you keep.
 *  - Functions returning owned memory say so; destroy(NULL) is a no-op.
 *
 * Caveats (multi-process rules; see docs/design.md)
 *  - Open the store in each process *after* fork (httpd child_init, nginx
 *    init_process).  A handle used in a process other than the one that
 *    opened it is refused with MDSHM_EWRONGPROC.  Never close the parent's
 *    handle in a child: just drop it.
 *  - Every opener must pass the same maxreaders: LMDB's first opener fixes
 *    the reader table size.
 *  - A reader (mdshm_reader_t) is used by one thread at a time.  Keep read
 *    sections short: a read pins a snapshot of the store.
 *  - Only the elected leader writes (the drive, mdshm_drive_run(), or
 *    mdshm_import_static()); every write checks the leader's fencing term
 *    inside the write transaction.  Other processes ask the leader
 *    (mdshm_renew_request(), mdshm_ocsp_register(), ...).
 *  - The store directory must be 0700 and its files 0600; key material
 *    readable by group or others is refused.  No network filesystems.
 *
 * Stability (docs/api.md)
 *  - The public API is what this header declares: its functions (the list
 *    is pinned in tests/public-api.txt, which make check compares with the
 *    symbols libmdshm.a and libmdshm.so export), their parameters, return
 *    codes and ownership rules, the MDSHM_E* values and the enum values.
 *    From 1.0 on, within a major version nothing of it is removed or
 *    changes meaning; a minor version may add functions, error codes, enum
 *    values and databases.
 *  - 0.x (now): a patch release (0.x.y) never breaks the API or the ABI.
 *    A minor release (0.x) may break either; when it breaks the ABI it
 *    bumps the soname, and its release notes say what changed.
 *  - The soname, libmdshm.so.MDSHM_SOVERSION (below), counts ABI breaks,
 *    not releases: every release that breaks a program compiled against
 *    the one before (a function removed or changed, an enum value or
 *    error code renumbered, a struct layout changed) takes the next number,
 *    so an old program refuses to start ("libmdshm.so.0: cannot open shared
 *    object file") instead of running against a library it does not fit.
 *    Releases that only add keep it.  Symbols are versioned MDSHM_<soname
 *    number>, so two sonames can be loaded in one process.
 *  - May change: the layout of the structs a caller allocates (options,
 *    records, stats, info) grows with the store schema and the options, so
 *    recompile against the header of the library you link.  A layout
 *    change is an ABI break: it bumps the soname.
 *  - Not API: names with two underscores (mdshm__*, MDSHM__*), the other
 *    headers of the source tree, and the store's files: read the store
 *    with this API, never with LMDB directly.  The store's own schema is
 *    versioned on its own (MDSHM_SCHEMA_VERSION, docs/store.md).
 *  - Versions: MDSHM_VERSION_MAJOR/_MINOR/_PATCH and MDSHM_VERSION below
 *    (semantic versioning) are those of this header.
 */
#ifndef MDSHM_H
#define MDSHM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define MDSHM_API __attribute__((visibility("default")))
#else
#define MDSHM_API
#endif

/* The version of this header (semantic versioning; docs/api.md). */
#define MDSHM_VERSION_MAJOR 0
#define MDSHM_VERSION_MINOR 1
#define MDSHM_VERSION_PATCH 0
#define MDSHM_VERSION "0.1.0"
/* The shared library's soname is libmdshm.so.MDSHM_SOVERSION: raised with
 * every ABI break ("Stability" above; the Makefile reads it from here). */
#define MDSHM_SOVERSION 0

/* ------------------------------------------------------------------------
 * Errors
 * ---------------------------------------------------------------------- */

/** Error codes: stable values, new ones are appended, never renumbered. */
#define MDSHM_ERRNO_MAP(XX)                                                   \
    XX(NOTFOUND, -31000, "not found (record or store)")                       \
    XX(CORRUPT, -31001, "record failed validation")                           \
    XX(FENCED, -31002, "leadership lost: a newer leader term exists")         \
    XX(NOTLEADER, -31003, "operation requires the leader")                    \
    XX(STORE, -31004, "store (LMDB) error, see log")                          \
    XX(WRONGPROC, -31005, "handle used in a process that did not open it")    \
    XX(PERM, -31006, "unsafe file permissions or owner")                      \
    XX(CRYPTO, -31007, "cryptographic library error, see log")                \
    XX(MISMATCH, -31008, "private key does not match certificate")            \
    XX(BADINPUT, -31009, "invalid input")                                     \
    XX(TOOBIG, -31010, "value exceeds its size limit")                        \
    XX(VERSION, -31011, "record or schema version not supported")            \
    XX(BUSY, -31012, "another process holds leadership")                      \
    XX(READERS, -31013, "store reader table is full")                         \
    XX(UNSUPPORTED, -31014, "unsupported algorithm or format")              \
    XX(DAMAGED, -31015, "store file damaged: restore it from a backup")

typedef enum {
    MDSHM_OK = 0,
#define MDSHM__XX(n, v, s) MDSHM_E##n = (v),
    MDSHM_ERRNO_MAP(MDSHM__XX)
#undef MDSHM__XX
} mdshm_err_t;

/** Text for an error code (MDSHM_E* or -errno).  Never NULL; static. */
MDSHM_API const char *mdshm_strerror(int err);
/** Symbolic name, e.g. "MDSHM_ECORRUPT" or "ENOENT".  Never NULL; static. */
MDSHM_API const char *mdshm_err_name(int err);

/* ------------------------------------------------------------------------
 * Logging
 * ---------------------------------------------------------------------- */

/** Levels match syslog and APLOG (0..7); TRACE is finer than DEBUG. */
typedef enum {
    MDSHM_LOG_EMERG, MDSHM_LOG_ALERT, MDSHM_LOG_CRIT, MDSHM_LOG_ERR,
    MDSHM_LOG_WARN, MDSHM_LOG_NOTICE, MDSHM_LOG_INFO, MDSHM_LOG_DEBUG,
    MDSHM_LOG_TRACE
} mdshm_log_level_t;

/**
 * Log sink.  @p err is the error code the message is about (0 if none);
 * @p msg is formatted and NUL-terminated, without a trailing newline, with
 * its control characters (newlines, escapes: C0, DEL, C1) and bytes that
 * are not UTF-8 written as "\xNN", so a hostile name from the store, a
 * configuration or a CA's problem detail cannot split a line or reach a
 * terminal.  May be called from any thread that uses mdshm (the drive logs
 * from its own threads).  Never receives key material.
 */
typedef void mdshm_log_fn(void *baton, mdshm_log_level_t level, int err,
                          const char *file, int line, const char *msg);

/**
 * Ready-made sink: one line on stderr, the format of `mdshm drive`:
 *   2026-12-06T13:35:36.123Z mdshm[PID]: LEVEL: MSG (ERROR TEXT)
 * UTC with milliseconds; LEVEL is emerg, alert, crit, error, warn, notice,
 * info, debug or trace; " (ERROR TEXT)" is mdshm_strerror(@p err), left out
 * when @p err is 0, MDSHM_EBADINPUT or MDSHM_ENOTFOUND (the message says
 * it) or @p msg already contains that text.  One write per line, so lines
 * of several threads stay whole.  It is the default sink.  @p baton,
 * @p file and @p line are not used (pass NULL, NULL, 0).  This sink and
 * mdshm_log_syslog escape @p msg once more as mdshm_log_fn says, for text
 * a host passes them itself.
 */
MDSHM_API void mdshm_log_stderr(void *baton, mdshm_log_level_t level, int err,
                                const char *file, int line, const char *msg);

/**
 * Ready-made sink: syslog(3), and so journald.  The text is
 * "LEVEL: MSG (ERROR TEXT)" as in mdshm_log_stderr, without the time and
 * ident (syslog adds them).  The priority is the level (MDSHM_LOG_EMERG is
 * LOG_EMERG ... MDSHM_LOG_DEBUG is LOG_DEBUG; MDSHM_LOG_TRACE is LOG_DEBUG).
 * It never calls openlog(3): ident, options and facility are what the host
 * set with openlog(3) (without it, glibc uses the program name and
 * LOG_USER, no pid); call openlog before any worker thread logs, e.g.
 * openlog("myserver", LOG_PID, LOG_DAEMON).  Thread-safe (glibc's syslog
 * is).  @p baton, @p file and @p line are not used.
 */
MDSHM_API void mdshm_log_syslog(void *baton, mdshm_log_level_t level, int err,
                                const char *file, int line, const char *msg);

/**
 * Set the process-wide default sink, used by everything that has no sink of
 * its own (the store options carry a per-store sink).  Default:
 * mdshm_log_stderr at MDSHM_LOG_WARN.  Call before threads start.  @p fn
 * NULL silences it; mdshm_log_syslog sends it to syslog.
 */
MDSHM_API void mdshm_set_default_log(mdshm_log_fn *fn, void *baton,
                                     mdshm_log_level_t max_level);

/** Change only the level of the default sink (keeps stderr or your sink). */
MDSHM_API void mdshm_set_default_log_level(mdshm_log_level_t max_level);

/* ------------------------------------------------------------------------
 * Byte views
 * ---------------------------------------------------------------------- */

/** A borrowed byte range (string or binary; strings are not NUL-terminated). */
typedef struct mdshm_buf {
    const uint8_t *p;
    size_t n;
} mdshm_buf_t;

/* ------------------------------------------------------------------------
 * Store schema: databases and records (docs/store.md)
 *
 * The structs below are what a decoded record holds.  How each member is
 * stored (its msgpack key, kind and limits) is described once, in the
 * field tables of shm/record.c; docs/store.md prints them.  Stored keys
 * equal the member names except where a member says otherwise.
 * ---------------------------------------------------------------------- */

/** Schema version written in meta/schema by this library. */
#define MDSHM_SCHEMA_VERSION 1

/** Limits every record decoder enforces. */
#define MDSHM_MAX_NAMES 100        /**< DNS names per MD (CA limit) */
#define MDSHM_MAX_NAME_LEN 253     /**< one DNS name */
#define MDSHM_MAX_MDNAME_LEN 253   /**< one MD name */
#define MDSHM_MAX_LIST 8           /**< CA urls, contacts, key specs */
#define MDSHM_MAX_CHAIN 8          /**< certificates in a chain */
#define MDSHM_MAX_JOBLOG 32        /**< job activity entries kept */
#define MDSHM_MAX_STR 4096         /**< any text field */
#define MDSHM_MAX_BIN 65536        /**< any binary field (DER) */
#define MDSHM_MAX_RECORD (1 << 20) /**< one encoded record */

/** The named databases of the store. */
typedef enum {
    MDSHM_DB_META,       /**< keys "schema", "leader", "gen",
                              "cluster-rev" (a gen record), "cluster" */
    MDSHM_DB_MDS,        /**< MD name -> mdshm_md_rec_t */
    MDSHM_DB_NAMES,      /**< lower-case DNS name or "*.parent" -> MD name */
    MDSHM_DB_CERTS,      /**< "md/keyspec" -> active mdshm_certset_rec_t */
    MDSHM_DB_STAGING,    /**< "md/keyspec" -> mdshm_staging_rec_t */
    MDSHM_DB_ARCHIVE,    /**< "md/keyspec/seq" -> mdshm_certset_rec_t */
    MDSHM_DB_OCSP,       /**< cert sha256 hex -> mdshm_ocsp_rec_t;
                              "crl-" cert sha256 hex -> mdshm_crl_rec_t */
    MDSHM_DB_CHALLENGES, /**< "type/token-or-name" -> mdshm_challenge_rec_t */
    MDSHM_DB_ACCOUNTS,   /**< account id -> mdshm_account_rec_t */
    MDSHM_DB_JOBS,       /**< MD name -> mdshm_job_rec_t */
    MDSHM_DB_COUNT
} mdshm_db_t;

/** LMDB name of a database ("meta", "mds", ...); NULL for a bad id. */
MDSHM_API const char *mdshm_db_name(mdshm_db_t db);
/** Database id for a name, or -1. */
MDSHM_API int mdshm_db_from_name(const char *name);

/** meta/schema */
typedef struct mdshm_schema_rec {
    uint64_t schema;
    mdshm_buf_t library; /**< version of the library that created it */
} mdshm_schema_rec_t;

/** meta/leader: the current leadership term (the fencing token). */
typedef struct mdshm_leader_rec {
    uint64_t term;
    int64_t pid;
    mdshm_buf_t host;
    int64_t since_ms;     /**< unix ms when this term began */
    int64_t heartbeat_ms; /**< unix ms of the last heartbeat */
    bool has_lock;        /**< the leader holds leader.lock */
} mdshm_leader_rec_t;

/** meta/gen: the global change counter. */
typedef struct mdshm_gen_rec {
    uint64_t gen;
} mdshm_gen_rec_t;

/** MD state (mod_md's md_state_t values). */
typedef enum {
    MDSHM_MD_UNKNOWN = 0,
    MDSHM_MD_INCOMPLETE = 1, /**< no usable certificate yet */
    MDSHM_MD_COMPLETE = 2,   /**< valid certificate(s) installed */
    MDSHM_MD_EXPIRED = 3,
    MDSHM_MD_ERROR = 4,
    MDSHM_MD_MISSING = 5
} mdshm_md_state_t;

/** mds/<md>: definition and state of one managed domain. */
typedef struct mdshm_md_rec {
    mdshm_buf_t name;
    uint64_t gen;
    uint32_t state; /**< mdshm_md_state_t */
    uint32_t renew_mode; /**< 0 manual, 1 auto, 2 always */
    uint32_t n_names;
    mdshm_buf_t names[MDSHM_MAX_NAMES];
    uint32_t n_ca_urls;
    mdshm_buf_t ca_urls[MDSHM_MAX_LIST]; /**< stored as "ca" */
    uint32_t n_contacts;
    mdshm_buf_t contacts[MDSHM_MAX_LIST];
    uint32_t n_key_specs;
    mdshm_buf_t key_specs[MDSHM_MAX_LIST]; /**< stored as "keys":
                                                "rsa2048", "secp256r1".. */
    mdshm_buf_t renew_window; /**< as configured: "33%" or "30d" */
    mdshm_buf_t warn_window;
    bool must_staple;
    bool is_static;       /**< MDCertificateFile: no ACME */
    int64_t renew_at_ms;  /**< 0 = not scheduled */
    /* Settings that md-status shows as mod_md does (absent in records
     * written before: zero until the drive's next sync rewrites them). */
    bool transitive;      /**< MDMembers auto */
    mdshm_buf_t agreement; /**< MDCertificateAgreement, as configured */
    bool stapling;        /**< MDStapling */
    bool profile_mandatory; /**< MDProfileMandatory */
    bool ari_renewals;    /**< MDRenewViaARI */
    bool acme_tls_1;      /**< tls-alpn-01 may answer its names (port 443
                               mapped, or named in MDCAChallenges) */
    uint32_t n_challenges;
    mdshm_buf_t challenges[MDSHM_MAX_LIST]; /**< MDCAChallenges as
                                                 configured; none: not set */
} mdshm_md_rec_t;

/** names/<dns name>: which MD serves a name. */
typedef struct mdshm_name_rec {
    mdshm_buf_t md;
} mdshm_name_rec_t;

/** certs/<md>/<keyspec> and archive/<md>/<keyspec>/<seq>: one key + chain. */
typedef struct mdshm_certset_rec {
    uint64_t gen;           /**< meta/gen when installed; cache key */
    mdshm_buf_t md;
    mdshm_buf_t key_spec;
    uint32_t n_chain;
    mdshm_buf_t chain[MDSHM_MAX_CHAIN]; /**< DER, leaf first */
    mdshm_buf_t pkey;       /**< PKCS#8 DER private key */
    int64_t not_before;     /**< unix seconds */
    int64_t not_after;      /**< unix seconds */
    mdshm_buf_t sha256;     /**< 32 bytes: SHA-256 of the leaf DER */
    mdshm_buf_t issuer;
    mdshm_buf_t serial;     /**< upper-case hex */
    mdshm_buf_t ocsp_url;
    mdshm_buf_t ari_id;     /**< RFC 9773 certificate identifier */
    bool is_static;
    int64_t installed_ms;
    bool must_staple_requested; /**< the CSR asked for must-staple (a CA
                                     may ignore it: not a reason to renew) */
} mdshm_certset_rec_t;

/** staging/<md>/<keyspec>: a set being obtained, with its order state. */
typedef struct mdshm_staging_rec {
    mdshm_buf_t md;
    mdshm_buf_t key_spec;
    uint32_t state;          /**< drive-defined order progress */
    mdshm_buf_t pkey;        /**< PKCS#8 DER of the new key */
    uint32_t n_chain;
    mdshm_buf_t chain[MDSHM_MAX_CHAIN];
    mdshm_buf_t account_id;
    mdshm_buf_t order_url;
    mdshm_buf_t finalize_url;
    uint32_t n_authz;
    mdshm_buf_t authz_urls[MDSHM_MAX_NAMES];
    int64_t created_ms;
    int64_t updated_ms;
} mdshm_staging_rec_t;

/** ocsp/<cert sha256 hex>: a verified OCSP response. */
typedef struct mdshm_ocsp_rec {
    mdshm_buf_t der;
    uint32_t status;         /**< 0 good, 1 revoked, 2 unknown */
    int64_t this_update;     /**< unix seconds */
    int64_t next_update;     /**< unix seconds */
    int64_t fetched_ms;
    int64_t renew_at_ms;
    int64_t last_used_ms;
    uint32_t errors;
    mdshm_buf_t responder_url;
    /* Fields added with OCSP stapling (docs/stapling.md); absent in
     * records written before: zero. */
    mdshm_buf_t md;          /**< MD of the certificate; empty: registered
                                  by an adapter (MDStapleOthers) */
    mdshm_buf_t last_error;  /**< why the last fetch failed; empty if ok */
    int64_t next_try_ms;     /**< next fetch after a failure (0: none) */
    int64_t cert_not_after;  /**< unix seconds: the certificate's notAfter */
    mdshm_buf_t cert;        /**< registered certificates only: leaf DER */
    mdshm_buf_t issuer_cert; /**< registered certificates only: issuer DER */
    uint64_t gen;            /**< meta/gen of the write that stored it
                                  (the leader's write stamps it; 0 in
                                  records written before): the workers'
                                  staple cache key */
} mdshm_ocsp_rec_t;

/** ocsp/crl-<cert sha256 hex>: what the CRL says of one certificate
 *  (docs/revocation.md).  Next to the certificate's OCSP record, under
 *  its own key; writing it does not raise meta/gen (workers never read
 *  it). */
typedef struct mdshm_crl_rec {
    uint32_t status;         /**< 0 good, 1 revoked, 2 unknown (no
                                  accepted CRL yet) */
    int64_t revoked_at;      /**< unix seconds (revoked) */
    int32_t reason;          /**< RFC 5280 CRLReason; -1: none given */
    mdshm_buf_t url;         /**< the CRL's URL */
    mdshm_buf_t md;          /**< MD of the certificate */
    int64_t this_update;     /**< unix seconds: the CRL's thisUpdate */
    int64_t next_update;     /**< unix seconds: the CRL's nextUpdate */
    int64_t fetched_ms;      /**< last fetch that answered (200 or 304) */
    int64_t next_fetch_ms;   /**< when to fetch the CRL again */
    mdshm_buf_t etag;        /**< the CRL's ETag (If-None-Match) */
    mdshm_buf_t last_modified; /**< its Last-Modified (If-Modified-Since) */
    uint32_t errors;         /**< consecutive failed fetches */
    mdshm_buf_t last_error;  /**< why the last fetch failed or the CRL was
                                  refused; empty if it was not */
    int64_t next_try_ms;     /**< next fetch after a failure (0: none) */
    uint32_t skipped;        /**< distribution points not fetched (ldap:,
                                  https:) */
} mdshm_crl_rec_t;

/** challenges/<type>/<token or name>. */
typedef struct mdshm_challenge_rec {
    mdshm_buf_t type;        /**< "http-01", "tls-alpn-01", "dns-01" */
    mdshm_buf_t name;        /**< DNS name the challenge is for */
    mdshm_buf_t token;
    mdshm_buf_t key_authz;   /**< http-01 response body */
    mdshm_buf_t cert;        /**< tls-alpn-01 certificate DER */
    mdshm_buf_t pkey;        /**< tls-alpn-01 key PKCS#8 DER */
    int64_t created_ms;
} mdshm_challenge_rec_t;

/** accounts/<id>: an ACME account. */
typedef struct mdshm_account_rec {
    mdshm_buf_t ca_url;
    mdshm_buf_t url;
    mdshm_buf_t status;
    mdshm_buf_t pkey;        /**< PKCS#8 DER account key */
    uint32_t n_contacts;
    mdshm_buf_t contacts[MDSHM_MAX_LIST];
    mdshm_buf_t agreement;
    mdshm_buf_t eab_kid;
    int64_t created_ms;
} mdshm_account_rec_t;

/** meta/cluster: cluster mode as this host's leader last saw it (written
 *  by the host's leader, host-local, so that status readers need no etcd;
 *  docs/cluster.md "Status"). */
typedef struct mdshm_cluster_rec {
    mdshm_buf_t host;        /**< this host's id (MDClusterHostId) */
    mdshm_buf_t role;        /**< "leader", "follower", "none" (no lease) */
    mdshm_buf_t leader;      /**< the cluster leader's host id; "" unknown */
    int64_t term;            /**< the cluster term; 0 unknown */
    int64_t applied_rev;     /**< etcd revision applied to this store */
    int64_t seen_rev;        /**< the highest etcd revision heard of */
    mdshm_buf_t etcd;        /**< "ok", "quorum lost: writes stopped",
                                  "unreachable", ... */
    mdshm_buf_t endpoint;    /**< the etcd member in use */
    mdshm_buf_t last_error;  /**< the last error's text; "" none */
    uint64_t fenced;         /**< cluster writes refused as fenced */
    uint64_t resyncs;        /**< ranges the mirror applied as one
                                  replacement since the host leader started
                                  (the first sync, compactions, restores) */
    uint64_t restores;       /**< of those: etcd's revision was below this
                                  store's (etcd restored or replaced) */
    int64_t updated_ms;      /**< unix ms when written */
    mdshm_buf_t key_check;   /**< "ok": this host's key-encryption file is
                                  the cluster's; "differs": it is not, and
                                  the host does not campaign (last_error
                                  says why); "": not checked yet */
} mdshm_cluster_rec_t;

/** One entry of a job's activity log. */
typedef struct mdshm_joblog_entry {
    int64_t when_ms;         /**< unix ms; stored as "when" */
    mdshm_buf_t type;        /**< "progress", "error", "installed", ... */
    mdshm_buf_t detail;
} mdshm_joblog_entry_t;

/** jobs/<md>: the drive's bookkeeping for one MD. */
typedef struct mdshm_job_rec {
    mdshm_buf_t md;
    uint32_t errors;         /**< consecutive failures */
    int64_t next_run_ms;
    int64_t retry_after_ms;  /**< CA Retry-After, honoured */
    int32_t last_status;     /**< mdshm error code of the last run */
    mdshm_buf_t last_problem;  /**< ACME problem type URN */
    mdshm_buf_t last_detail;
    mdshm_buf_t last_activity;
    int64_t last_run_ms;
    uint32_t n_log;
    mdshm_joblog_entry_t log[MDSHM_MAX_JOBLOG]; /**< oldest first */
} mdshm_job_rec_t;

/** Any record, tagged by database (and for meta, by key). */
typedef enum {
    MDSHM_REC_SCHEMA, MDSHM_REC_LEADER, MDSHM_REC_GEN, MDSHM_REC_MD,
    MDSHM_REC_NAME, MDSHM_REC_CERTSET, MDSHM_REC_STAGING, MDSHM_REC_OCSP,
    MDSHM_REC_CHALLENGE, MDSHM_REC_ACCOUNT, MDSHM_REC_JOB, MDSHM_REC_CRL,
    MDSHM_REC_CLUSTER,
    MDSHM_REC_COUNT
} mdshm_rec_type_t;

typedef struct mdshm_record {
    mdshm_rec_type_t type;
    union {
        mdshm_schema_rec_t schema;
        mdshm_leader_rec_t leader;
        mdshm_gen_rec_t gen;
        mdshm_md_rec_t md;
        mdshm_name_rec_t name;
        mdshm_certset_rec_t certset;
        mdshm_staging_rec_t staging;
        mdshm_ocsp_rec_t ocsp;
        mdshm_challenge_rec_t challenge;
        mdshm_account_rec_t account;
        mdshm_job_rec_t job;
        mdshm_crl_rec_t crl;
        mdshm_cluster_rec_t cluster;
    } u;
} mdshm_record_t;

/** Record type stored under @p key in @p db; -1 for an unknown meta key. */
MDSHM_API int mdshm_record_type(mdshm_db_t db, const void *key, size_t klen);

/**
 * Decode a stored value.  Every type and size is checked; views in @p out
 * point into @p val (zero copy).  Unknown map keys are skipped (forward
 * compatible within one record version).
 * On success only the union member of @p type is cleared and filled (the
 * rest of the union is undefined); on error the whole struct is zeroed.
 * @return 0, MDSHM_ECORRUPT (malformed, wrong type, over a limit),
 *         MDSHM_EVERSION (record version newer than this library) or
 *         MDSHM_EBADINPUT (NULL output, type out of range).
 */
MDSHM_API int mdshm_record_decode(mdshm_rec_type_t type, const void *val,
                                  size_t len, mdshm_record_t *out);

/* ------------------------------------------------------------------------
 * Opening the store
 * ---------------------------------------------------------------------- */

typedef struct mdshm_store mdshm_store_t;

typedef struct mdshm_store_opts {
    unsigned maxreaders;  /**< reader slots; 0 = 510.  Same in all openers */
    size_t mapsize;       /**< initial map size; 0 = 64 MiB; writers grow it */
    bool readonly;        /**< workers: MDB_RDONLY, no writes possible */
    bool create;          /**< create the directory and databases if missing */
    mdshm_log_fn *log;    /**< NULL: the default sink */
    void *log_baton;
    mdshm_log_level_t log_level;  /**< with @p log: most verbose level */
    const char *owner;    /**< "USER[:GROUP]" (names or numbers) the store
                               belongs to: the user the workers and the
                               leader run as.  NULL: the effective uid.
                               Opened by root, the store is checked against
                               this owner, and what root creates in it, or
                               owns there, is given to it (chown); opened
                               by that user, as usual; by anyone else:
                               MDSHM_EPERM, logged with the fix
                               (docs/operations.md, "Who owns the store") */
} mdshm_store_opts_t;

/**
 * Open the store in directory @p dir for this process.
 * Checks permissions (directory 0700, files 0600: MDSHM_EPERM with a log line
 * saying what to chmod), ownership (the directory, data.mdb, lock.mdb,
 * leader.lock and requests/ must belong to @p opts->owner, by default the
 * process's effective uid: MDSHM_EPERM with a log line naming the owner
 * found, the user this process runs as and the command that fixes it; a
 * store the process may not enter is logged the same way), that none of the
 * files is a symbolic link (MDSHM_EPERM), and the schema version
 * (MDSHM_EVERSION).  The descriptors it keeps (LMDB's data file included)
 * are close-on-exec.
 * @param opts NULL for defaults.
 * @param[out] out  owned by the caller; release with mdshm_store_close().
 * Before LMDB maps data.mdb, its two meta pages are read and checked
 * (magic, format, page size, root pages) and the file's size is compared
 * with what they say it needs: a truncated or otherwise damaged file gives
 * MDSHM_EDAMAGED with a log line naming the sizes, never SIGBUS.  An empty
 * data.mdb counts as new only with @p create.
 * @return 0, -errno, MDSHM_EPERM, MDSHM_ESTORE, MDSHM_EVERSION, MDSHM_ENOTFOUND
 *         (no store, or one never initialized, and !create), MDSHM_EDAMAGED
 *         (data.mdb damaged: restore from a backup; never initialized over).
 */
MDSHM_API int mdshm_store_open(const char *dir, const mdshm_store_opts_t *opts,
                               mdshm_store_t **out);

/** Close a store opened by this process.  In another process (after fork)
 *  it only frees memory and never touches LMDB.  NULL is a no-op. */
MDSHM_API void mdshm_store_close(mdshm_store_t *st);

/**
 * Copy the store to a new directory @p dest_dir (created 0700; data.mdb
 * 0600, compacted), consistent as of one commit while others write
 * (mdb_env_copyfd2 in one read transaction).  Never overwrites: an
 * existing @p dest_dir is refused.  Works on a read-only handle.  Open
 * the copy (it has no lock file yet) and mdshm_store_check() it to verify.
 * @return 0, MDSHM_EBADINPUT, MDSHM_EWRONGPROC, -EEXIST (@p dest_dir
 *         exists), -errno, MDSHM_ESTORE (logged); on error nothing is left
 *         behind.
 */
MDSHM_API int mdshm_store_backup(mdshm_store_t *st, const char *dest_dir);

/** Directory of the store (owned by @p st). */
MDSHM_API const char *mdshm_store_dir(const mdshm_store_t *st);

/** Store figures for status output. */
typedef struct mdshm_store_stats {
    uint64_t file_size;   /**< data.mdb bytes on disk */
    uint64_t map_size;    /**< current map size */
    uint64_t used_size;   /**< bytes of pages in use */
    unsigned max_readers;
    unsigned readers;     /**< occupied reader slots */
    unsigned stale_readers; /**< slots of dead processes */
    bool entries_known;   /**< false if no reader slot was free */
    uint64_t entries[MDSHM_DB_COUNT];
} mdshm_store_stats_t;

/**
 * Figures of the store for status output (file and map size, reader slots,
 * records per database).  Cheap: no record is decoded.
 * @param[out] out  filled (zeroed first); entries_known is false when no
 *             reader slot was free to count the records.
 * @return 0, MDSHM_EWRONGPROC.
 */
MDSHM_API int mdshm_store_stats(mdshm_store_t *st, mdshm_store_stats_t *out);

/* ------------------------------------------------------------------------
 * Reading (workers, CLI, leader)
 * ---------------------------------------------------------------------- */

typedef struct mdshm_reader mdshm_reader_t;

/**
 * A read handle: one reader slot, reused for every read (no allocation or
 * lock per read).  One thread at a time.
 * @param[out] out  owned; release with mdshm_reader_destroy().
 * @return 0, MDSHM_EWRONGPROC, MDSHM_EREADERS (no free slot, even after
 *         clearing those of dead processes), MDSHM_ESTORE, -ENOMEM.
 */
MDSHM_API int mdshm_reader_create(mdshm_store_t *st, mdshm_reader_t **out);
/** Release a reader (ending its read if one is open) and its slot.  In a
 *  process other than the store's opener it only frees memory.  NULL is a
 *  no-op. */
MDSHM_API void mdshm_reader_destroy(mdshm_reader_t *rd);

/**
 * Begin a read: a consistent snapshot of the whole store until
 * mdshm_read_end().  Handles a map grown by the writer transparently.
 * @return 0, MDSHM_EWRONGPROC, MDSHM_EREADERS, MDSHM_ESTORE.
 */
MDSHM_API int mdshm_read_begin(mdshm_reader_t *rd);
/** End the read; every view obtained since mdshm_read_begin() dies. */
MDSHM_API void mdshm_read_end(mdshm_reader_t *rd);

/**
 * Get and decode one record inside a read.
 * @return 0, MDSHM_ENOTFOUND, MDSHM_ECORRUPT (logged with db and key),
 *         MDSHM_EVERSION, MDSHM_ESTORE.
 */
MDSHM_API int mdshm_read_get(mdshm_reader_t *rd, mdshm_db_t db,
                             const void *key, size_t klen,
                             mdshm_record_t *out);

/**
 * Get a raw value inside a read, undecoded (for a dump; mdshm_read_get()
 * decodes).
 * @param[out] val  view, valid until mdshm_read_end().
 * @return 0, MDSHM_ENOTFOUND, MDSHM_EBADINPUT (no read open, bad @p db,
 *         a key empty or over 511 bytes), MDSHM_EWRONGPROC, MDSHM_EDAMAGED
 *         (the value lies outside the file), MDSHM_ESTORE.
 */
MDSHM_API int mdshm_read_get_raw(mdshm_reader_t *rd, mdshm_db_t db,
                                 const void *key, size_t klen,
                                 mdshm_buf_t *val);

/** Callback for mdshm_read_foreach: return non-zero to stop (returned). */
typedef int mdshm_foreach_fn(void *baton, mdshm_db_t db, mdshm_buf_t key,
                             mdshm_buf_t val);

/** Visit every record of @p db in key order (raw views, valid until
 *  mdshm_read_end()), inside a read.
 *  @return 0 after the last record, @p fn's non-zero value, MDSHM_EBADINPUT
 *  (no read open, bad @p db), MDSHM_EWRONGPROC, MDSHM_EDAMAGED,
 *  MDSHM_ESTORE. */
MDSHM_API int mdshm_read_foreach(mdshm_reader_t *rd, mdshm_db_t db,
                                 mdshm_foreach_fn *fn, void *baton);

/**
 * The SNI lookup of the worker hot path: @p name (any case, optional
 * trailing dot) is matched exactly, then as "*.parent".  No allocation,
 * no system call.
 * @param[out] md  view of the MD name, valid until mdshm_read_end().
 * @param[out] wildcard  set to true if the wildcard entry matched; may be NULL.
 * @return 0, MDSHM_ENOTFOUND, MDSHM_EBADINPUT (not a DNS name),
 *         MDSHM_ECORRUPT.
 */
MDSHM_API int mdshm_lookup_sni(mdshm_reader_t *rd, const char *name,
                               size_t len, mdshm_buf_t *md, bool *wildcard);

/**
 * The OCSP response to staple for a certificate, inside a read (worker hot
 * path: no allocation, no system call).  Never returns an expired response:
 * one whose nextUpdate is at or before @p now_s is treated as absent.
 * @param sha256  32 bytes: SHA-256 of the leaf certificate DER (the
 *                certset's sha256 field).
 * @param now_s   current unix time in seconds (the caller's clock, so the
 *                hot path needs no time() call of its own).
 * @param[out] der  view of the DER response, valid until mdshm_read_end().
 * @param[out] rec  the whole decoded record (views as @p der); may be NULL.
 * @return 0, MDSHM_ENOTFOUND (none stored, or expired), MDSHM_ECORRUPT,
 *         MDSHM_EBADINPUT.
 */
MDSHM_API int mdshm_staple_get(mdshm_reader_t *rd, const uint8_t sha256[32],
                               int64_t now_s, mdshm_buf_t *der,
                               mdshm_ocsp_rec_t *rec);

/** Store key of a certificate's OCSP record: 64 lower-case hex digits of
 *  @p sha256 and a NUL into @p key (65 bytes). */
MDSHM_API void mdshm_key_ocsp(char key[65], const uint8_t sha256[32]);

/**
 * Store key of a certificate set (MDSHM_DB_CERTS, MDSHM_DB_STAGING):
 * "md/spec" and a NUL into @p buf of @p size bytes.
 * @return its length (without the NUL), MDSHM_EBADINPUT (an empty name or
 *         spec, or one with a '/'), -ENAMETOOLONG (over @p size or the
 *         store's 511-byte key limit).
 */
MDSHM_API int mdshm_key_certset(char *buf, size_t size, const char *md,
                                size_t mdlen, const char *spec, size_t speclen);

/** The global change counter meta/gen (0 for a new store), inside a read.
 *  mdshm_read_begin() guarantees that a reader's snapshots never go back
 *  (each read sees the store as of a commit no older than the previous
 *  read's), so a read never sees a lower gen than an earlier read of the
 *  same reader.  One lookup the first time it is asked after the store
 *  changed, else a compare; no system call.
 *  @return 0, MDSHM_ECORRUPT (meta/gen failed validation), MDSHM_EBADINPUT
 *  (no read open). */
MDSHM_API int mdshm_read_gen(mdshm_reader_t *rd, uint64_t *gen);

/* ------------------------------------------------------------------------
 * Leadership
 *
 * One process per store leads and writes: the drive (mdshm_drive_run(),
 * mdshm_tls_drive_start()) runs the election; these are its timing options
 * and what a tool can see of it.
 * ---------------------------------------------------------------------- */

/** Election timing, for mdshm_drive_opts_t and mdshm_import_static(). */
typedef struct mdshm_candidate_opts {
    unsigned heartbeat_ms;    /**< leader heartbeat period; 0 = 1000 */
    unsigned stale_ms;        /**< heartbeat age that deposes a hung leader;
                                   0 = 10000; must exceed 2 * heartbeat_ms */
    unsigned reader_check_ms; /**< mdb_reader_check period; 0 = 10000 */
} mdshm_candidate_opts_t;

/** Leadership as recorded in the store, for status output. */
typedef struct mdshm_leader_status {
    bool present;          /**< meta/leader exists */
    uint64_t term;
    int64_t pid;
    char host[256];
    int64_t since_ms;      /**< unix ms; 0: not recorded */
    int64_t heartbeat_ms;  /**< unix ms; 0: no heartbeat recorded */
    int64_t heartbeat_age_ms; /**< now - heartbeat_ms; -1 if heartbeat_ms
                                   is 0 (unknown; such a leader is stale) */
    bool lock_held;        /**< some process holds leader.lock now */
    bool has_lock;         /**< the recorded leader took the lock */
    bool stale;            /**< heartbeat older than @p stale_ms */
    bool alive;            /**< pid exists (same host only) */
} mdshm_leader_status_t;

/**
 * Read the leader status (meta/leader, whether leader.lock is held, and
 * whether the recorded pid is alive); works on a read-only store.
 * @param stale_ms  heartbeat age from which the leader counts as stale;
 *                  0 = 10000.
 * @return 0 (out->present false when no leader was ever recorded), or
 *         the read's error: MDSHM_ECORRUPT, MDSHM_EREADERS, MDSHM_ESTORE,
 *         MDSHM_EWRONGPROC, -ENOMEM.
 */
MDSHM_API int mdshm_leader_status(mdshm_store_t *st, unsigned stale_ms,
                                  mdshm_leader_status_t *out);

/* ------------------------------------------------------------------------
 * Certificates (core/; OpenSSL)
 * ---------------------------------------------------------------------- */

typedef struct mdshm_chain mdshm_chain_t;

/** What is known about one certificate; strings owned by the chain. */
typedef struct mdshm_cert_info {
    const char *subject;      /**< one-line RFC 2253 form */
    const char *issuer;
    const char *serial;       /**< upper-case hex */
    const char *ocsp_url;     /**< first AIA OCSP URL or NULL */
    const char *crl_url;      /**< first CRL DP URL or NULL */
    size_t n_names;
    const char *const *names; /**< DNS SANs (lower case) and IP SANs as text;
                                   the CN if there is no SAN */
    int64_t not_before;       /**< unix seconds */
    int64_t not_after;
    unsigned char sha256[32]; /**< of the DER */
    bool must_staple;         /**< TLS feature status_request */
} mdshm_cert_info_t;

/**
 * Parse one or more certificates, PEM (any number of blocks) or DER (one).
 * A certificate with a malformed SAN, AIA, CRL distribution point or TLS
 * feature extension, or an invalid SAN name, is refused (MDSHM_EBADINPUT).
 * @param[out] out owned; mdshm_chain_free().
 * @return 0, MDSHM_EBADINPUT (nothing parseable; logged), MDSHM_ETOOBIG
 *         (more than MDSHM_MAX_CHAIN), -ENOMEM.
 */
MDSHM_API int mdshm_chain_parse(const void *data, size_t len,
                                mdshm_chain_t **out);
/** Read and parse a file (max 1 MiB).
 *  @return as mdshm_chain_parse(), -errno (unreadable), MDSHM_EBADINPUT
 *  (not a regular file), MDSHM_ETOOBIG (over 1 MiB); logged. */
MDSHM_API int mdshm_chain_load(const char *path, mdshm_chain_t **out);
/** Free a chain and everything it owns; NULL is a no-op. */
MDSHM_API void mdshm_chain_free(mdshm_chain_t *ch);
/** Number of certificates (1..MDSHM_MAX_CHAIN); 0 for NULL. */
MDSHM_API size_t mdshm_chain_count(const mdshm_chain_t *ch);
/** DER of certificate @p i (0 = leaf), owned by the chain.
 *  @return 0, MDSHM_ENOTFOUND (index out of range), -EINVAL (NULL). */
MDSHM_API int mdshm_chain_der(const mdshm_chain_t *ch, size_t i,
                              mdshm_buf_t *der);
/** Details of certificate @p i; pointers owned by the chain.
 *  @return 0, MDSHM_ENOTFOUND (index out of range), -EINVAL (NULL). */
MDSHM_API int mdshm_chain_info(const mdshm_chain_t *ch, size_t i,
                               mdshm_cert_info_t *info);

/** SHA-256 of the public key inside a PKCS#8 DER blob (for dump).
 *  @p type is set to a static key spec ("secp256r1", "rsa2048".., or "rsa"
 *  for an unusual RSA size).  MDSHM_EUNSUPPORTED for other key types,
 *  MDSHM_EBADINPUT for garbage; nothing is filled in on error. */
MDSHM_API int mdshm_pkey_der_fingerprint(const void *der, size_t len,
                                         const char **type,
                                         unsigned char sha256[32]);

/* ------------------------------------------------------------------------
 * Static certificates (mod_md's MDCertificateFile)
 * ---------------------------------------------------------------------- */

/**
 * Store a static certificate set for MD @p md: parses both files, checks
 * the key permissions and that key and certificate match, then writes the
 * MD (names from the certificate), its name mappings and the active set in
 * one fenced transaction.  If no leader runs, takes leadership for the
 * write and steps down; if a live leader runs, returns MDSHM_EBUSY.
 * @param copts NULL for defaults.
 * @return 0, MDSHM_EBADINPUT (a bad MD name, an unusable certificate or
 *         key file; logged), MDSHM_EPERM (key file readable by others),
 *         MDSHM_EMISMATCH (key and certificate do not match),
 *         MDSHM_EUNSUPPORTED (key type), MDSHM_EBUSY, MDSHM_EFENCED, store
 *         errors, -errno.
 */
MDSHM_API int mdshm_import_static(mdshm_store_t *st, const char *md,
                                  const char *cert_path, const char *key_path,
                                  const mdshm_candidate_opts_t *copts);

/* ------------------------------------------------------------------------
 * Certificates as files, for other programs (docs/operations.md)
 * ---------------------------------------------------------------------- */

/**
 * Write the active certificate sets of MD @p md as PEM files into
 * directory @p dir, for programs that read files (haproxy, postfix,
 * dovecot): cert.pem (the leaf), chain.pem (the rest), fullchain.pem
 * (both) and privkey.pem (PKCS#8, mode 0600; the others 0644) of the MD's
 * first key spec and, when it has several, a directory per key spec
 * ("rsa2048/", "secp256r1/") with the same four files.
 *
 * Atomic for readers: the files are written (each fsync'ed) into a new
 * version directory "dir/.set-N", then the link "dir/current" is switched
 * to it by one rename(2) and @p dir is fsync'ed; "dir/cert.pem" and the
 * other names are links through "current".  A reader never sees a partly
 * written file, nor a key of another version than the certificate it
 * reads next.  The version before stays until the next switch.
 * Nothing is written when the files hold the store's sets already.
 *
 * @p dir is created (0755) if missing; it must not be a symbolic link,
 * must belong to the effective uid or root and be writable by nobody
 * else; nothing below it is followed.  Safe to call as root.
 * Concurrent calls for one @p dir wait for each other (flock).
 * Key material never reaches the log.
 * @return 0 written, 1 already current (nothing written),
 *         MDSHM_EBADINPUT (@p md is not one path component, @p dir empty),
 *         MDSHM_ENOTFOUND (no such MD, or a key spec without an active
 *         set yet), MDSHM_EPERM (@p dir refused: logged with the reason),
 *         MDSHM_EMISMATCH (a stored key does not match its certificate),
 *         store errors, -errno (file system; logged).
 */
MDSHM_API int mdshm_export(mdshm_store_t *st, const char *md,
                           const char *dir);

/* ------------------------------------------------------------------------
 * ACME challenges served by workers
 * ---------------------------------------------------------------------- */

/**
 * http-01: the key authorization to answer for
 * GET /.well-known/acme-challenge/<token>, inside a read.
 * @param[out] key_authz view, valid until mdshm_read_end().
 * @return 0, MDSHM_ENOTFOUND, MDSHM_EBADINPUT (not a base64url token),
 *         MDSHM_ECORRUPT.
 */
MDSHM_API int mdshm_challenge_http01(mdshm_reader_t *rd, const char *token,
                                     size_t len, mdshm_buf_t *key_authz);

/* ------------------------------------------------------------------------
 * Configuration (mdshm.conf: mod_md's directives, Apache-like syntax)
 * ---------------------------------------------------------------------- */

typedef struct mdshm_config mdshm_config_t;

/**
 * Parse a configuration file (docs/configuration.md).  Every error is
 * logged once as "FILE:LINE: message" through the default sink; parsing
 * goes on to report further errors, and fails as a whole.
 * @param[out] out owned; mdshm_config_free().
 * @return 0, MDSHM_EBADINPUT (any error in the file), -errno (unreadable),
 *         -ENOMEM.
 */
MDSHM_API int mdshm_config_load(const char *path, mdshm_config_t **out);

/** The same from memory; @p origin names it in messages. */
MDSHM_API int mdshm_config_parse(const char *text, size_t len,
                                 const char *origin, mdshm_config_t **out);

/** Free a configuration and the strings it owns; NULL is a no-op. */
MDSHM_API void mdshm_config_free(mdshm_config_t *cfg);

/** Number of managed domains configured. */
MDSHM_API size_t mdshm_config_md_count(const mdshm_config_t *cfg);

/** MDStoreDir as configured (owned by @p cfg); NULL if not set. */
MDSHM_API const char *mdshm_config_store_dir(const mdshm_config_t *cfg);

/** A list of strings owned by its configuration; v[n] is NULL. */
typedef struct mdshm_strlist {
    size_t n;
    const char *const *v;
} mdshm_strlist_t;

/** One managed domain as configured, with every setting resolved (the
 *  MD's own value, else the global one, else mod_md's default).  Strings
 *  are owned by the configuration; windows are formatted ("33%", "30d"). */
typedef struct mdshm_config_md_info {
    const char *name;
    const char *file;          /**< where it is defined */
    int line;
    mdshm_strlist_t names;
    mdshm_strlist_t key_specs; /**< "rsa2048", "secp256r1", ... */
    mdshm_strlist_t ca_urls;   /**< failover order */
    mdshm_strlist_t contacts;  /**< "mailto:..." */
    mdshm_strlist_t challenges;/**< MDCAChallenges; empty: automatic */
    mdshm_strlist_t cert_files;/**< MDCertificateFile (static MDs) */
    mdshm_strlist_t key_files;
    const char *agreement;     /**< MDCertificateAgreement or NULL */
    const char *renew_mode;    /**< "auto", "always", "manual" */
    const char *profile;       /**< MDProfile or NULL */
    const char *preferred_chain; /**< MDPreferredChain or NULL */
    char renew_window[32];
    char warn_window[32];
    bool must_staple;
    bool is_static;
    bool renew_via_ari;
    bool stapling;
    const char *export_dir;    /**< MDExportDir (the MD's files go to
                                    export_dir/<name>/) or NULL */
} mdshm_config_md_info_t;

/** Details of MD @p i.  @return 0 or MDSHM_ENOTFOUND (out of range). */
MDSHM_API int mdshm_config_md_info(const mdshm_config_t *cfg, size_t i,
                                   mdshm_config_md_info_t *out);

/** Global settings that are not per MD, formatted for display. */
typedef struct mdshm_config_global_info {
    const char *store_dir;     /**< NULL if not set */
    char check_interval[32];
    char retry_delay[32];
    unsigned retry_failover;
    const char *store_dir_file; /**< the file where MDStoreDir is written
                                     (an Include'd one, maybe); NULL if
                                     not set */
    int store_dir_line;        /**< its line there; 0 if not set */
    bool stapling;             /**< global MDStapling */
    bool staple_others;        /**< global MDStapleOthers: certificates
                                    registered with mdshm_ocsp_register()
                                    are stapled when both are on */
} mdshm_config_global_info_t;

/** Fill @p out (strings owned by @p cfg, which must be valid). */
MDSHM_API void mdshm_config_global_info(const mdshm_config_t *cfg,
                                        mdshm_config_global_info_t *out);

/* ------------------------------------------------------------------------
 * Switching from mod_md (docs/httpd.md "Switching from mod_md")
 * ---------------------------------------------------------------------- */

/** What mdshm_import_mod_md() did. */
typedef struct mdshm_mod_md_import {
    unsigned accounts;      /**< accounts written */
    unsigned accounts_kept; /**< already in the store: left as they were */
    unsigned mds;           /**< MDs read without error */
    unsigned mds_failed;    /**< MDs left out (unreadable, malformed, a key
                                 that does not match its certificate) */
    unsigned sets;          /**< certificate sets installed */
    unsigned sets_kept;     /**< an active set of that MD and key type was
                                 in the store already: kept, not replaced */
    unsigned md_defs;       /**< MD records written (MDs the store did not
                                 have) */
    unsigned staples;       /**< OCSP responses of ocsp/<md>/ written with
                                 the sets they verify for (expired and
                                 unverifiable ones are skipped) */
} mdshm_mod_md_import_t;

/**
 * Import the store of Apache's mod_md (its MDStoreDir: md_store.json,
 * accounts/, domains/) into @p st, so that the drive serves the same
 * certificates and reuses the same ACME accounts (no new order, no new
 * registration).  mod_md's files are only read (O_RDONLY, no links
 * followed); private keys that mod_md encrypted (accounts/) are
 * decrypted with the key of md_store.json.
 *
 * Imported: every account of accounts/ (id, URL, CA, status, contacts,
 * key) whose id is not in @p st yet; of each domains/<md>/ the active
 * sets (pubcert[.<spec>].pem with privkey[.<spec>].pem; fallback
 * certificates are not) with the OCSP response of ocsp/<md>/ that
 * verifies for each (issuer's signature, not expired), unless @p st has an active set for that MD and
 * key type; and the MD (its names, CA, contacts, windows and state
 * from md.json) where @p st has no MD of that name.  The drive's next
 * configuration sync replaces such a definition by the configuration's
 * and keeps the state.  An MD with any bad file (malformed
 * JSON, unreadable file, a key that does not match its certificate) is
 * left out whole, logged naming the file; everything that was read well
 * is written in one fenced transaction (all or nothing), like
 * mdshm_import_static(): taking leadership for the write if no leader
 * runs, MDSHM_EBUSY if one does.
 * @param copts  NULL for defaults.
 * @param[out] res  counts (may be NULL); filled also when some MDs failed.
 * @return 0; MDSHM_ENOTFOUND (@p dir has no md_store.json);
 *         MDSHM_EBADINPUT or another error of the first MD or account left
 *         out (the others were imported: see @p res); MDSHM_EBUSY,
 *         MDSHM_EFENCED, store errors, -errno (nothing written).
 */
MDSHM_API int mdshm_import_mod_md(mdshm_store_t *st, const char *dir,
                                  const mdshm_candidate_opts_t *copts,
                                  mdshm_mod_md_import_t *res);

/* ------------------------------------------------------------------------
 * The drive: ACME renewal run by the leader
 * ---------------------------------------------------------------------- */

typedef struct mdshm_drive mdshm_drive_t;

typedef struct mdshm_drive_opts {
    const char *http01_listen;  /**< "ADDR:PORT": the drive runs a built-in
                                     http-01 responder there, for servers
                                     that cannot answer challenges
                                     themselves (docs/operations.md);
                                     NULL: none */
    unsigned max_parallel;      /**< concurrent orders per CA; 0 = 16 */
    mdshm_candidate_opts_t candidate; /**< election timing */
    unsigned ocsp_parallel;     /**< OCSP exchanges at a time; 0 = 6 */
    unsigned ocsp_timeout_ms;   /**< one OCSP exchange; 0 = 10000 */
    bool ocsp_no_nonce;         /**< send no nonce: requests of up to 255
                                     bytes then go as GET (RFC 5019), which
                                     responders and CDNs can cache */
    const char *conf_path;      /**< the file the configuration came from:
                                     mdshm_drive_reload() reads it again
                                     (copied); NULL: reloading is not
                                     possible (logged) */
} mdshm_drive_opts_t;

/**
 * A drive for the MDs of @p cfg on store @p st (opened writable).  The
 * configuration is written to the store by the leader (only a wholly
 * valid configuration, in fenced transactions of at most 1024 MDs each, so
 * that no write holds the store's writer slot for long).
 * @param opts  NULL for defaults.
 * @param[out] out owned; mdshm_drive_destroy().  @p st and @p cfg must
 *             outlive it.
 * @return 0, -EINVAL (NULL @p st, @p cfg or @p out), MDSHM_EBADINPUT (a
 *         bad opts.http01_listen; logged), -ENOMEM.
 */
MDSHM_API int mdshm_drive_create(mdshm_store_t *st, const mdshm_config_t *cfg,
                                 const mdshm_drive_opts_t *opts,
                                 mdshm_drive_t **out);

/**
 * Run until mdshm_drive_stop(): be a leadership candidate; while leader,
 * obtain, renew and activate certificates as scheduled (the next wake-up is
 * the earliest due time, not a fixed tick), resuming orders a previous
 * leader left in staging.  Blocks the calling thread.  While leading, a
 * thread of the drive's own writes the heartbeat every
 * candidate.heartbeat_ms, whatever the amount of work.
 * @return 0 after a stop, <0 on a fatal error.
 */
MDSHM_API int mdshm_drive_run(mdshm_drive_t *d);

/** Make mdshm_drive_run() return soon.  Async-signal-safe. */
MDSHM_API void mdshm_drive_stop(mdshm_drive_t *d);

/**
 * Ask the drive to read its configuration file (opts.conf_path) again, as
 * a server does on SIGHUP; returns at once.  Async-signal-safe (a flag and
 * a wake-up): call it from the host's own signal handler or main loop; the
 * library installs no handler.  The drive's loop then reads the file: one
 * with errors changes nothing (each error is logged as FILE:LINE, and the
 * configuration in force stays); a good one replaces it and, while
 * leading, is written to the store without giving up leadership (same
 * term).  Runs in progress stop at their next step and resume from the
 * store; every MD gets a check, as after a take-over.  A new configuration
 * that does not fit the store (e.g. an unreadable MDCertificateFile) is
 * not written, and the previous one stays in force.  A drive that does not
 * lead sets itself up again at once and writes the new configuration when
 * it leads.  NULL is a no-op.
 */
MDSHM_API void mdshm_drive_reload(mdshm_drive_t *d);

/** Free; the drive must not be running.  NULL is a no-op. */
MDSHM_API void mdshm_drive_destroy(mdshm_drive_t *d);

/**
 * Ask the leader (whoever it is) to renew MD @p md now, without waiting
 * for its renew window.  Does not need leadership: the request is left
 * in <store>/requests/ and the leader picks it up within a second.
 * @return 0, MDSHM_EBADINPUT (bad MD name), -errno.
 */
MDSHM_API int mdshm_renew_request(mdshm_store_t *st, const char *md);

/* ------------------------------------------------------------------------
 * OCSP stapling (docs/stapling.md)
 *
 * The leader fetches, verifies and stores OCSP responses (MDStapling);
 * workers read them with mdshm_staple_get().  These requests need no
 * leadership: like mdshm_renew_request() they leave a file in
 * <store>/requests/ that the leader picks up within a second.
 * ---------------------------------------------------------------------- */

/**
 * Ask the leader to staple a certificate that is not an MD's (a static
 * or imported one of the server: mod_md's MDStapleOthers).  Call it at
 * every server start for every such certificate: a registration not
 * repeated within MDStaplingKeepResponse is dropped with its response.
 * The leader staples it when MDStapling and MDStapleOthers are on.
 * @param chain  PEM (leaf first, then its issuer) or DER is refused: the
 *               issuer is needed.  At most 256 KiB.
 * @param[out] sha256  the leaf's SHA-256 (the key for mdshm_staple_get);
 *               may be NULL.
 * @return 0, MDSHM_ENOTFOUND (the certificate names no OCSP responder:
 *         nothing to staple, a normal state), MDSHM_EBADINPUT (not a
 *         chain of at least leaf and issuer), MDSHM_ETOOBIG, -errno.
 */
MDSHM_API int mdshm_ocsp_register(mdshm_store_t *st, const void *chain,
                                  size_t len, uint8_t sha256[32]);

/**
 * Ask the leader to fetch the OCSP responses of MD @p md now (NULL: of
 * every stapled certificate), whatever their renewal time.
 * @return 0, MDSHM_EBADINPUT (bad MD name), MDSHM_ENOTFOUND (no such MD
 *         in the store; an MD's DNS name is accepted too), -errno.
 */
MDSHM_API int mdshm_ocsp_refresh_request(mdshm_store_t *st, const char *md);

/* ------------------------------------------------------------------------
 * Checking
 * ---------------------------------------------------------------------- */

/** Called for each corrupt record by mdshm_store_check(). */
typedef void mdshm_check_fn(void *baton, mdshm_db_t db, mdshm_buf_t key,
                            int err);

/**
 * Decode every record of every database.
 * @param[out] n_records, n_corrupt  counts; may be NULL.
 * @return 0 if all records decode, MDSHM_ECORRUPT if any does not.
 */
MDSHM_API int mdshm_store_check(mdshm_store_t *st, mdshm_check_fn *fn,
                                void *baton, size_t *n_records,
                                size_t *n_corrupt);

/* ------------------------------------------------------------------------
 * Status documents (docs/status.md)
 * ---------------------------------------------------------------------- */

/**
 * The md-status document (JSON, the shape of mod_md's md-status handler),
 * from one consistent read of the store.  Opens its own reader; works on
 * a read-only store.  Never contains private keys or EAB secrets.
 * @param md_or_domain  NULL: {"version", "generation", "leader",
 *        "managed-domains": [...]} with every MD, without job logs.
 *        Else the one MD with that name, or that has this domain name (any
 *        case; a wildcard domain covers its subdomains), including its
 *        "renewal" with the job log.
 * @param now_ms  unix ms the document is evaluated at (renew due, expired,
 *        OCSP response still valid).
 * @param[out] out  malloc'ed, NUL-terminated JSON with a final newline;
 *        the caller free()s it.  @p outlen excludes the NUL.
 * A record that does not decode appears with "error" and "error-descr"
 * members in its place; it does not fail the document.
 * @return 0, MDSHM_ENOTFOUND (no such MD or domain), MDSHM_EBADINPUT (NULL
 *         store or outputs), -ENOMEM, MDSHM_EREADERS, MDSHM_ESTORE.
 */
MDSHM_API int mdshm_status_json(mdshm_store_t *st, const char *md_or_domain,
                                int64_t now_ms, char **out, size_t *outlen);

/**
 * Where a streamed document goes: called with consecutive pieces of it, in
 * order, each at most 16 KiB (never the whole document at once).
 * @return 0 to go on; a negative code stops the document, and the
 *         streaming function returns that code (a positive one is returned
 *         as MDSHM_EBADINPUT).
 */
typedef int mdshm_sink_fn(void *baton, const char *data, size_t len);

/** Part of the managed-domains list, in MD name (byte) order. */
typedef struct mdshm_status_page {
    const char *after; /**< start after this MD name (exclusive; need not
                            exist); NULL: from the first */
    size_t limit;      /**< at most this many MDs; 0: all */
} mdshm_status_page_t;

/**
 * mdshm_status_json() streamed to @p sink, in memory bounded whatever the
 * number of MDs (one MD's JSON at a time, a 16 KiB buffer), and the same
 * bytes for @p page NULL.  With a @p page the document has the same
 * members, "managed-domains" holding that page only, plus "next": the
 * cursor for the following page's @c after, present only if more MDs
 * follow.  The page is ignored when @p md_or_domain is given.  A document
 * cut short by an error ends without its closing brackets: the caller
 * must discard what it got.
 * @return as mdshm_status_json(), MDSHM_EBADINPUT (NULL store or sink),
 *         or the sink's error.
 */
MDSHM_API int mdshm_status_json_stream(mdshm_store_t *st,
                                       const char *md_or_domain,
                                       const mdshm_status_page_t *page,
                                       int64_t now_ms, mdshm_sink_fn *sink,
                                       void *baton);

/**
 * Prometheus metrics (text exposition format 0.0.4) of the store: per
 * certificate validity, renew-at and OCSP response; per MD state and the
 * drive's job; leader term, pid and heartbeat age; store size and readers.
 * Every metric name starts with "mdshm_"; see docs/status.md for the list.
 * Corrupt records are counted in mdshm_status_corrupt_records{db}.
 * @param now_ms  unix ms (for ages and validity).
 * @param[out] out  malloc'ed, NUL-terminated text; the caller free()s it.
 * @return 0, MDSHM_EBADINPUT, -ENOMEM, MDSHM_EREADERS, MDSHM_ESTORE.
 */
MDSHM_API int mdshm_status_metrics(mdshm_store_t *st, int64_t now_ms,
                                   char **out, size_t *outlen);

/**
 * mdshm_status_metrics() streamed to @p sink (same bytes), in memory
 * bounded whatever the number of MDs: the records are walked once per
 * group of metric families (the format wants a family's samples
 * together), so nothing holds the whole document.
 * @return as mdshm_status_metrics(), or the sink's error.
 */
MDSHM_API int mdshm_status_metrics_stream(mdshm_store_t *st, int64_t now_ms,
                                          mdshm_sink_fn *sink, void *baton);

/**
 * The status as one self-contained HTML page for people (docs/status.md,
 * "The HTML view"): the leader (pid, host, term, heartbeat age, or "no
 * leader"), then per MD its state, names, renew and warn windows, the
 * drive's last job and its recent errors, and per certificate a timeline
 * bar (inline SVG: validity, renew window, warn window, now), issuer,
 * serial and OCSP state.  No external assets and no script: inline CSS
 * only.  Every text from the store is HTML-escaped (text and attribute
 * values; invalid UTF-8 and control characters become U+FFFD).
 * Opens its own reader; works on a read-only store.
 * Streamed to @p sink in pieces of at most 16 KiB, in memory bounded
 * whatever the number of MDs (one MD at a time).
 * @param page  NULL: every MD.  Else the MDs after @c page->after, at most
 *        @c page->limit of them, and, when more follow, a "next page" link
 *        to the relative URL "?after=<last MD shown>&limit=<limit>" (the
 *        query mdshm's example server answers on /md-status).
 * @param now_ms  unix ms the page is evaluated at (the "now" marker, ages,
 *        expired, OCSP response still valid).
 * A record that does not decode is shown as unreadable in its place; it
 * does not fail the page.  A page cut short by an error ends without its
 * closing tags: the caller must discard what it got.
 * @return 0, MDSHM_EBADINPUT (NULL store or sink), -ENOMEM,
 *         MDSHM_EREADERS, MDSHM_ESTORE, or the sink's error.
 */
MDSHM_API int mdshm_status_html_stream(mdshm_store_t *st,
                                       const mdshm_status_page_t *page,
                                       int64_t now_ms, mdshm_sink_fn *sink,
                                       void *baton);

/* ------------------------------------------------------------------------
 * Embedding (servers): OpenSSL hooks, per-worker cache, challenges, drive
 *
 * For any OpenSSL-based multi-process server (docs/custom.md):
 *   parent, before fork:  mdshm_tls_init()
 *   each worker:          mdshm_tls_attach(); mdshm_tls_ctx_setup(ctx);
 *                         optionally mdshm_tls_drive_start() (every worker a
 *                         leadership candidate: exactly one runs the drive)
 *   per request:          mdshm_tls_ssl_state() (503 while PENDING),
 *                         mdshm_tls_http01() for /.well-known/acme-challenge/
 *   worker exit:          mdshm_tls_detach()
 * The callbacks read the store once per handshake and use a per-worker
 * cache of parsed certificates keyed by the records' gen: a renewed
 * certificate is served from the next handshake on, with no reload, and
 * nothing is parsed in steady state.
 *
 * Hosts that own the OpenSSL callbacks themselves (httpd's mod_ssl sets
 * the client_hello and ALPN callbacks; an nginx module its certificate
 * callback) skip mdshm_tls_ctx_setup() and call the pieces it is made of
 * from their own callbacks (docs/custom.md, "Your own callbacks"):
 *   certificate:  mdshm_tls_ssl_serve(w, ssl) in a client_hello or
 *                 certificate callback (SSL_CTX_set_cert_cb), or
 *                 mdshm_tls_cert_select() (a name and signature
 *                 algorithms -> X509, chain, EVP_PKEY) anywhere
 *   staple:       mdshm_tls_ssl_staple(w, ssl) in the status callback, or
 *                 mdshm_tls_staple_get() (a served leaf -> OCSP DER)
 *   tls-alpn-01:  mdshm_tls_challenge_get() (a name -> X509, EVP_PKEY),
 *                 which mdshm_tls_ssl_serve() also uses
 * All of them use the worker's cache (refreshed from the store by the
 * lookup itself: no call to make between handshakes) and the worker's
 * reader, so they follow the worker's rule: one thread at a time.
 * A threaded worker process (httpd's event and worker MPMs) gives every
 * thread that serves handshakes a worker of its own with
 * mdshm_tls_attach_thread(): no lock between the threads, one store and
 * one drive per process.
 *
 * Stability: every function of this section is part of the stable API.
 * ---------------------------------------------------------------------- */

struct ssl_ctx_st;     /* OpenSSL's SSL_CTX */
struct ssl_st;         /* OpenSSL's SSL */
struct x509_st;        /* OpenSSL's X509 */
struct evp_pkey_st;    /* OpenSSL's EVP_PKEY */
struct stack_st_X509;  /* OpenSSL's STACK_OF(X509) */

typedef struct mdshm_tls mdshm_tls_t;
typedef struct mdshm_tls_worker mdshm_tls_worker_t;

typedef struct mdshm_tls_opts {
    const char *conf_path;  /**< configuration file (mdshm.conf); or */
    const char *conf_text;  /**< configuration made in code (same syntax);
                                 both NULL: serve only, no drive */
    const char *store_dir;  /**< overrides MDStoreDir; needed if the
                                 configuration has none */
    unsigned maxreaders;    /**< 0 = 510 (same in every opener) */
    bool candidate;         /**< workers open the store writable so that
                                 they can run the drive */
    mdshm_drive_opts_t drive; /**< for mdshm_tls_drive_start/run; leave
                                   drive.http01_listen NULL when the workers
                                   answer http-01 (mdshm_tls_http01) */
    const char *owner;      /**< "USER[:GROUP]" the workers switch to after
                                 fork (httpd's User, nginx's user): a root
                                 parent creates the store for that user,
                                 or gives it root's store files; workers
                                 and the leader then open it as that user.
                                 NULL: the store belongs to whoever runs
                                 mdshm_tls_init (mdshm_store_opts_t.owner) */
} mdshm_tls_opts_t;

/**
 * Global init, once, in the parent before fork: loads the configuration,
 * creates the store if missing (checking its permissions and owner: see
 * opts.owner; the owner string is copied), makes the
 * self-signed fallback certificate.  Opens nothing that a child inherits.
 * @param[out] out owned; mdshm_tls_free() (in the parent; children just
 *             drop it).
 * @return 0, MDSHM_EBADINPUT (no store directory, configuration errors:
 *         logged), MDSHM_EPERM, MDSHM_ESTORE, MDSHM_ECRYPTO, -errno.
 */
MDSHM_API int mdshm_tls_init(const mdshm_tls_opts_t *opts, mdshm_tls_t **out);
/** Free what mdshm_tls_init() made, in the process that called it, after
 *  its workers are detached or gone (a child simply exits).  NULL: no-op. */
MDSHM_API void mdshm_tls_free(mdshm_tls_t *t);
/** The configuration (owned by @p t); NULL when serving only. */
MDSHM_API const mdshm_config_t *mdshm_tls_config(const mdshm_tls_t *t);

/**
 * The pid of the process that leads now (holds leader.lock and is alive),
 * for the parent's orderly shutdown: stop the other workers first and the
 * leader last, so that leadership does not pass through every stopping
 * worker in turn.  Opens the store read-only and closes it again (safe in
 * a parent that forks later).
 * @param[out] pid  0 when no process leads.
 * @return 0, MDSHM_EBADINPUT, store errors.
 */
MDSHM_API int mdshm_tls_leader_pid(const mdshm_tls_t *t, int64_t *pid);

/**
 * Attach in a worker, after fork: opens the store for this process and a
 * reader.  One worker serves the handshakes of one thread at a time.
 * @param[out] out owned; mdshm_tls_detach().  @p t must outlive it.
 */
MDSHM_API int mdshm_tls_attach(mdshm_tls_t *t, mdshm_tls_worker_t **out);
/**
 * Like mdshm_tls_attach(), but a store that cannot be opened (damaged,
 * missing, permissions) does not leave the worker without certificates:
 * *out is still set, to a worker whose hooks serve every name the SSL_CTX's
 * certificate or the fallback (state UNMANAGED), staple nothing, answer no
 * challenge and run no drive, until mdshm_tls_reattach() opens the store.
 * A host calls it so that a damaged store costs certificates, not the
 * service, and retries on a bounded backoff (docs/custom.md).
 * @return 0 (attached), the store's error (logged; *out serves the
 *         fallback), MDSHM_EBADINPUT or -ENOMEM (*out NULL).
 */
MDSHM_API int mdshm_tls_attach_fallback(mdshm_tls_t *t,
                                        mdshm_tls_worker_t **out);
/**
 * A worker for one more thread of this process, attached with @p w (from
 * mdshm_tls_attach() or mdshm_tls_attach_fallback(), in this process): it
 * shares @p w's store (LMDB allows one environment per process) and has a
 * reader, a cache and counters of its own, so threads that each use their
 * own worker take no lock between them.  It runs no drive (start it on
 * @p w: one per process).  Takes one reader slot of the store's
 * maxreaders (mdshm_tls_opts_t): a host sizes that for its threads times
 * its processes, plus the drives and tools.  Call it from any thread
 * while @p w is attached (not during its mdshm_tls_detach()); the worker
 * it makes is then used by one thread at a time, like any other.
 * @param[out] out owned; mdshm_tls_detach(), from any thread, before or
 *             after @p w (the store is closed with the last worker).
 * @return 0; the store's error (logged: MDSHM_EREADERS for a full reader
 *         table, or @p w has no store either): *out is still set and
 *         serves as a worker of mdshm_tls_attach_fallback() does, until
 *         mdshm_tls_reattach() succeeds; MDSHM_EBADINPUT, MDSHM_EWRONGPROC
 *         (@p w comes from another process) or -ENOMEM: *out NULL.
 */
MDSHM_API int mdshm_tls_attach_thread(mdshm_tls_worker_t *w,
                                      mdshm_tls_worker_t **out);
/** Try again to open the store of a worker from mdshm_tls_attach_fallback()
 *  or mdshm_tls_attach_thread() (from the thread that serves it, between
 *  handshakes).
 *  @return 0 (attached, now or before) or the store's error. */
MDSHM_API int mdshm_tls_reattach(mdshm_tls_worker_t *w);
/** 0 when the worker has its store, else the error of the last attempt to
 *  open it (MDSHM_EDAMAGED for a damaged store). */
MDSHM_API int mdshm_tls_store_error(const mdshm_tls_worker_t *w);
/** Stop the worker's drive (if started), free the cache and the reader;
 *  close the store unless other workers of mdshm_tls_attach_thread() still
 *  read it (then the last of them closes it). */
MDSHM_API void mdshm_tls_detach(mdshm_tls_worker_t *w);
/** The worker's store (for mdshm_status_json and other reads); NULL while
 *  a worker of mdshm_tls_attach_fallback() has none. */
MDSHM_API mdshm_store_t *mdshm_tls_store(mdshm_tls_worker_t *w);

/**
 * Install the hooks on @p ctx: a client_hello callback that picks the
 * certificate by SNI and the client's signature algorithms (ECDSA if it
 * accepts the key's curve, else RSA), the OCSP status callback (staples
 * from the store, never an expired response) and an ALPN callback that
 * answers tls-alpn-01 ("acme-tls/1") with the stored challenge
 * certificate.  The ALPN callback selects nothing else: a server that
 * needs its own ALPN must call mdshm_tls_alpn_select() from it first.
 * Names that are not managed get the certificate of @p ctx, or the
 * fallback certificate if @p ctx has none.  The hooks are
 * mdshm_tls_ssl_serve(), mdshm_tls_ssl_staple() and
 * mdshm_tls_alpn_select(): a host that owns one of these callbacks calls
 * the piece from its own instead (see below).
 * @return 0, MDSHM_EBADINPUT (NULL), MDSHM_ECRYPTO.
 */
MDSHM_API int mdshm_tls_ctx_setup(mdshm_tls_worker_t *w,
                                  struct ssl_ctx_st *ctx);

/** For a server's own ALPN callback: 1 if it selected acme-tls/1 (return
 *  SSL_TLSEXT_ERR_OK with *out), 0 otherwise (go on choosing).  It
 *  selects only for a handshake that mdshm_tls_ssl_serve() (or the hooks
 *  of mdshm_tls_ctx_setup()) served the challenge certificate in the
 *  client_hello callback. */
MDSHM_API int mdshm_tls_alpn_select(struct ssl_st *ssl,
                                    const unsigned char **out,
                                    unsigned char *outlen);

/** What the handshake of a connection served. */
typedef enum mdshm_tls_state {
    MDSHM_TLS_UNMANAGED = 0, /**< no SNI or not a managed name: the
                                  SSL_CTX's certificate (or the fallback) */
    MDSHM_TLS_SERVED = 1,    /**< a certificate from the store */
    MDSHM_TLS_PENDING = 2,   /**< managed, no certificate yet: the fallback
                                  was served; answer 503 until issued */
    MDSHM_TLS_CHALLENGE = 3  /**< a tls-alpn-01 validation: close after
                                  the handshake, send no data */
} mdshm_tls_state_t;

/** State of @p ssl after its handshake (UNMANAGED if no hook and no
 *  mdshm_tls_ssl_serve() ran). */
MDSHM_API mdshm_tls_state_t mdshm_tls_ssl_state(const struct ssl_st *ssl);

/* ---- The pieces, for hosts that own the callbacks ---------------------- */

/** A certificate set chosen by mdshm_tls_cert_select().  Borrowed from the
 *  worker's cache: valid until the next mdshm_tls_cert_select(),
 *  mdshm_tls_ssl_serve(), mdshm_tls_reattach() or mdshm_tls_detach() on
 *  the same worker (a store change makes that call refresh the cache,
 *  which may free the set).  To keep a member longer take a reference
 *  (X509_up_ref, EVP_PKEY_up_ref, X509_chain_up_ref); SSL_use_cert_and_key
 *  and SSL_use_certificate/SSL_use_PrivateKey take their own, so a set
 *  handed to OpenSSL at once needs none.  The staple hangs on @c leaf
 *  (mdshm_tls_staple_get), whoever holds it. */
typedef struct mdshm_tls_cert {
    struct x509_st *leaf;         /**< the certificate */
    struct stack_st_X509 *chain;  /**< its issuers, leaf excluded (may be
                                       empty, never NULL) */
    struct evp_pkey_st *pkey;     /**< the private key of @c leaf */
    const char *md;               /**< the MD it belongs to */
    const char *key_spec;         /**< its key spec ("secp256r1",
                                       "rsa2048") */
} mdshm_tls_cert_t;

/**
 * The certificate set to serve for @p name to a client that accepts the
 * TLS signature schemes @p sigalgs (RFC 8446 SignatureScheme values,
 * e.g. 0x0403 ecdsa_secp256r1_sha256, 0x0804 rsa_pss_rsae_sha256): the
 * MD's ECDSA set if the client accepts its curve's scheme, else its RSA
 * set, else its first set.  No list (@p n_sigalgs 0: a TLS 1.2 client
 * without the extension) picks RSA if there is one.
 *
 * Reads the store once (meta/gen) and serves from the worker's cache: in
 * steady state no system call, no lock, nothing parsed; after a store
 * change the name's MD is re-checked and a changed set parsed (the cache's
 * refresh).  A store that cannot be read: the cache's last answer for the
 * name, if any (counted in errors).  Callable from any of the host's
 * callbacks and outside a handshake, on the worker's thread.
 *
 * @param name     the server name as the client sent it (SNI host_name):
 *                 case and one trailing dot do not matter
 * @param sigalgs  may be NULL when @p n_sigalgs is 0
 * @param[out] out filled for MDSHM_TLS_SERVED (borrowed, see
 *                 mdshm_tls_cert_t), zeroed otherwise
 * @return MDSHM_TLS_SERVED (a set in *out), MDSHM_TLS_PENDING (managed,
 *         no certificate yet: serve mdshm_tls_fallback() and answer 503),
 *         MDSHM_TLS_UNMANAGED (not managed, or not a valid name: serve
 *         your own certificate), or < 0: MDSHM_EBADINPUT (NULL), or the
 *         store's error when the cache knows nothing of the name (logged;
 *         treat the name as unmanaged).
 */
MDSHM_API int mdshm_tls_cert_select(mdshm_tls_worker_t *w, const char *name,
                                    size_t len, const uint16_t *sigalgs,
                                    size_t n_sigalgs, mdshm_tls_cert_t *out);

/**
 * The certificate of one handshake, on its SSL, from the host's own
 * callback: call it from a client_hello callback
 * (SSL_CTX_set_client_hello_cb: it reads the SNI, signature_algorithms and
 * ALPN extensions as sent) or from a certificate callback
 * (SSL_CTX_set_cert_cb: SSL_get_servername, the peer's signature
 * algorithms, and the ALPN protocol already selected, which OpenSSL does
 * before it for TLS 1.3).  Does what the hooks of mdshm_tls_ctx_setup()
 * do:
 *  - ALPN acme-tls/1: the stored tls-alpn-01 certificate of the name
 *    (mdshm_tls_challenge_get), state CHALLENGE; none: an error, and the
 *    host must fail the handshake (RFC 8737);
 *  - a managed name: mdshm_tls_cert_select() with the client's signature
 *    algorithms, installed with SSL_use_cert_and_key (state SERVED); no
 *    certificate yet: the fallback (state PENDING);
 *  - anything else: the SSL's own certificate (from its SSL_CTX), or the
 *    fallback if it has none (state UNMANAGED).
 * Records the state for mdshm_tls_ssl_state() and mdshm_tls_alpn_select(),
 * and counts the handshake in the worker's counters.
 * @return the state (>= 0), or < 0 with nothing usable installed:
 *         MDSHM_EBADINPUT (NULL); for acme-tls/1: MDSHM_ENOTFOUND (no
 *         challenge for the name, or no SNI), MDSHM_ECORRUPT (a stored
 *         challenge that does not parse or that OpenSSL refuses), a store
 *         error; MDSHM_ECRYPTO (OpenSSL refused the fallback).  On < 0
 *         fail the handshake (client_hello callback: *al =
 *         SSL_AD_INTERNAL_ERROR for MDSHM_ECRYPTO, else
 *         SSL_AD_UNRECOGNIZED_NAME, return SSL_CLIENT_HELLO_ERROR;
 *         certificate callback: return 0).
 */
MDSHM_API int mdshm_tls_ssl_serve(mdshm_tls_worker_t *w, struct ssl_st *ssl);

/** The self-signed fallback certificate made by mdshm_tls_init(), for a
 *  host that serves PENDING names itself.  Borrowed: valid until
 *  mdshm_tls_free(@p t); the same in every worker.  Both NULL if @p t is. */
MDSHM_API void mdshm_tls_fallback(const mdshm_tls_t *t,
                                  struct x509_st **cert,
                                  struct evp_pkey_st **pkey);

/**
 * The OCSP response to staple for @p leaf, a certificate served from this
 * worker's cache (mdshm_tls_cert_select, mdshm_tls_ssl_serve, the hooks;
 * the SSL's SSL_get_certificate() in a status callback).  Never an expired
 * response.  Steady state: a copy of the response the cache keeps on the
 * leaf, no store read; the store is read only when the cache does not
 * know (then it learns).  The leaf may outlive its set in the cache (a
 * refresh in between, on an event loop): its staple is still found.
 * @p w must be the worker whose cache served @p leaf: the staple on it is
 * that worker's, updated by its refreshes on its thread.
 * @param[out] der  the DER response, owned by the caller: OPENSSL_free(),
 *                  or hand it to SSL_set_tlsext_status_ocsp_resp(), which
 *                  takes it
 * @return 0, MDSHM_ENOTFOUND (no valid response, or @p leaf is not a
 *         certificate of this worker's cache), MDSHM_EBADINPUT, -ENOMEM,
 *         a store error.
 */
MDSHM_API int mdshm_tls_staple_get(mdshm_tls_worker_t *w,
                                   const struct x509_st *leaf,
                                   unsigned char **der, size_t *len);

/**
 * The OCSP response to staple for a certificate the host loaded itself
 * (not one of this worker's cache: e.g. a server's own certificate file
 * registered with mdshm_ocsp_register(), mod_md's MDStapleOthers), by the
 * SHA-256 of its DER (what mdshm_ocsp_register() returns).  Never an
 * expired response.  Reads the store once with the worker's reader (no
 * cache: mdshm_staple_get() in a read), one copy.
 * @param[out] der  as mdshm_tls_staple_get(): OPENSSL_free() it, or hand
 *                  it to SSL_set_tlsext_status_ocsp_resp()
 * @return 0, MDSHM_ENOTFOUND (no valid response, or the worker has no
 *         store), MDSHM_EBADINPUT, -ENOMEM, a store error.
 */
MDSHM_API int mdshm_tls_staple_get_sha256(mdshm_tls_worker_t *w,
                                          const uint8_t sha256[32],
                                          unsigned char **der, size_t *len);

/** mdshm_tls_staple_get() for the certificate @p ssl serves, set on @p ssl
 *  (SSL_set_tlsext_status_ocsp_resp): for the host's own OCSP status
 *  callback (SSL_CTX_set_tlsext_status_cb), which then returns
 *  SSL_TLSEXT_ERR_OK on 0 and SSL_TLSEXT_ERR_NOACK otherwise.
 *  @return as mdshm_tls_staple_get(); MDSHM_ECRYPTO if OpenSSL refused it. */
MDSHM_API int mdshm_tls_ssl_staple(mdshm_tls_worker_t *w, struct ssl_st *ssl);

/**
 * The tls-alpn-01 certificate and key the drive stored for @p name (RFC
 * 8737), for a host that answers acme-tls/1 itself (httpd: mod_ssl's
 * ssl_answer_challenge hook).  @p name is the SNI host_name; an IP
 * identifier's reverse-DNS name (RFC 8738: "4.3.2.1.in-addr.arpa",
 * ip6.arpa) finds the challenge stored under the address.  Parsed on each
 * call (rare: only during a validation); one store read.
 * @param[out] cert, pkey  new references owned by the caller: X509_free(),
 *             EVP_PKEY_free() (after handing them to OpenSSL, which takes
 *             its own)
 * @return 0, MDSHM_ENOTFOUND (no challenge for the name, or the worker has
 *         no store), MDSHM_ECORRUPT (stored but does not parse),
 *         MDSHM_EBADINPUT, a store error.
 */
MDSHM_API int mdshm_tls_challenge_get(mdshm_tls_worker_t *w,
                                      const char *name, size_t len,
                                      struct x509_st **cert,
                                      struct evp_pkey_st **pkey);

/**
 * http-01: the answer to GET @p path (the request target, e.g.
 * "/.well-known/acme-challenge/TOKEN"), copied into @p out.
 * @return 0 (*outlen bytes in @p out), MDSHM_EBADINPUT (not a challenge
 *         path: serve it yourself), MDSHM_ENOTFOUND (unknown token: 404),
 *         MDSHM_ETOOBIG (@p size too small), or a store error.
 */
MDSHM_API int mdshm_tls_http01(mdshm_tls_worker_t *w, const char *path,
                               size_t len, char *out, size_t size,
                               size_t *outlen);

/**
 * Start a leadership candidate and its drive on a thread of this worker
 * (needs opts.candidate and a configuration).  Every worker may run one:
 * exactly one leads; when it dies another takes over.
 * @return 0, MDSHM_EBADINPUT (no configuration, or not a candidate),
 *         -errno.
 */
MDSHM_API int mdshm_tls_drive_start(mdshm_tls_worker_t *w);
/** Stop and join the drive thread; no-op if none. */
MDSHM_API void mdshm_tls_drive_stop(mdshm_tls_worker_t *w);
/** Run the drive on the calling thread until mdshm_tls_drive_interrupt()
 *  (a separate drive process). */
MDSHM_API int mdshm_tls_drive_run(mdshm_tls_worker_t *w);
/** Make mdshm_tls_drive_run() return.  Async-signal-safe. */
MDSHM_API void mdshm_tls_drive_interrupt(mdshm_tls_worker_t *w);

/**
 * The worker's drive reads opts.conf_path again (mdshm_drive_reload(); a
 * configuration from opts.conf_text cannot be reloaded).  Async-signal-safe:
 * call it from the worker's SIGHUP handler or main loop.  No-op without a
 * drive.  Every candidate must be told (a prefork parent forwards SIGHUP
 * to its workers), or one that leads later writes the old configuration
 * back; call mdshm_tls_reload() in the parent too, for the workers it
 * forks later.
 */
MDSHM_API void mdshm_tls_drive_reload(mdshm_tls_worker_t *w);

/**
 * In the parent: read opts.conf_path again, so that workers forked from
 * now on start from the new configuration (those running keep theirs until
 * mdshm_tls_drive_reload()).  Not async-signal-safe: call it from the main
 * loop.  A file with errors changes nothing (logged as FILE:LINE).  The
 * previous configuration stays allocated until mdshm_tls_free(), as drives
 * of this process may still use it.  The store directory does not change.
 * @return 0, MDSHM_EBADINPUT (errors, or no conf_path), -errno.
 */
MDSHM_API int mdshm_tls_reload(mdshm_tls_t *t);

/** Counters of one worker (for tests and metrics). */
typedef struct mdshm_tls_stats {
    uint64_t handshakes;  /**< client_hello callbacks and
                               mdshm_tls_ssl_serve(), mdshm_tls_cert_select()
                               calls */
    uint64_t parses;      /**< certificate sets parsed (cache misses) */
    uint64_t refreshes;   /**< MDs re-checked after a store change */
    uint64_t fallback;    /**< handshakes served the fallback */
    uint64_t challenges;  /**< tls-alpn-01 certificates served
                               (mdshm_tls_challenge_get included) */
    uint64_t staples;     /**< OCSP responses stapled (returned by
                               mdshm_tls_staple_get) */
    uint64_t staples_cached; /**< ...of those, from the worker's cache
                                  (no store read) */
    uint64_t staple_reads;   /**< status callbacks that read the store
                                  (the cache did not know) */
    uint64_t errors;      /**< handshakes failed by the hooks, store
                               errors met by a lookup */
} mdshm_tls_stats_t;

/** Copy @p w's counters into @p out (plain reads: call it from the thread
 *  that serves @p w's handshakes for exact figures). */
MDSHM_API void mdshm_tls_worker_stats(const mdshm_tls_worker_t *w,
                                      mdshm_tls_stats_t *out);

/* Status document and metrics for a server's handlers: mdshm_status_json()
 * and mdshm_status_metrics() (section "Status documents"), called with
 * mdshm_tls_store(). */

#ifdef __cplusplus
}
#endif
#endif /* MDSHM_H */
