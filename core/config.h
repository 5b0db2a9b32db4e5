/* core/config.h -- the parsed mdshm.conf, for the drive and the CLI
 * (internal: never installed).  docs/configuration.md describes the file.
 *
 * mdshm_config_load()/mdshm_config_parse() (mdshm.h) produce an
 * mdshm_config_t.  Inside the library, mdshm__config_global() and
 * mdshm__config_md() give the full settings: every per-MD value is resolved
 * (the MD's own value if set inside its <MDomain>, else the global value,
 * set before or after the MD, else the default), so the drive never looks
 * at inheritance.  All memory is owned by the mdshm_config_t and is
 * read-only; nothing is valid after mdshm_config_free().
 *
 * Files: config_parse.c (lexer, sections, checks, public API),
 * config_directives.c (the directive table), config_values.c (durations,
 * windows, key specs, names, URLs, formatting).
 */
#ifndef MDSHM_CORE_CONFIG_H
#define MDSHM_CORE_CONFIG_H

#include "internal.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------------------
 * Values
 * ---------------------------------------------------------------------- */

/** A list of strings; v[n] is NULL (an argv when used for a command).
 *  An empty list has n == 0 and v pointing at a NULL. */
typedef struct mdshm__strv {
    size_t n;
    const char *const *v;
} mdshm__strv_t;

/** Words of a command (MDNotifyCmd, MDMessageCmd, MDChallengeDns01): the
 *  hooks add at most 3 arguments to an argv of 64 entries. */
#define MDSHM__MAX_CMD_WORDS 60

/** A window before the end of a lifetime: MDRenewWindow, MDWarnWindow,
 *  MDStaplingRenewWindow.  "33%" is {true, 330}; "30d" is
 *  {false, 2592000000}. */
typedef struct mdshm__window {
    bool percent;  /**< value is per mille of the lifetime (0..999) */
    int64_t value; /**< ms when !percent, else per mille */
} mdshm__window_t;

/** MDRenewMode; the values of mdshm_md_rec_t.renew_mode. */
typedef enum {
    MDSHM__RENEW_MANUAL = 0,
    MDSHM__RENEW_AUTO = 1,
    MDSHM__RENEW_ALWAYS = 2
} mdshm__renew_mode_t;

/** MDRequireHttps (stored for adapters; the core does not redirect). */
typedef enum {
    MDSHM__HTTPS_OFF = 0,
    MDSHM__HTTPS_TEMPORARY = 1,
    MDSHM__HTTPS_PERMANENT = 2
} mdshm__require_https_t;

/** MDMatchNames (stored for adapters). */
typedef enum {
    MDSHM__MATCH_ALL = 0,
    MDSHM__MATCH_SERVERNAMES = 1
} mdshm__match_names_t;

/** Directory URLs of the CAs known by name (MDCertificateAuthority). */
#define MDSHM__CA_LETSENCRYPT "https://acme-v02.api.letsencrypt.org/directory"
#define MDSHM__CA_LETSENCRYPT_TEST                                            \
    "https://acme-staging-v02.api.letsencrypt.org/directory"
#define MDSHM__CA_BUYPASS "https://api.buypass.com/acme/directory"
#define MDSHM__CA_BUYPASS_TEST "https://api.test4.buypass.no/acme/directory"

/* ------------------------------------------------------------------------
 * Settings
 * ---------------------------------------------------------------------- */

/**
 * The settings allowed both globally and inside <MDomain> (mod_md's G/MD
 * directives).  In mdshm__config_global() these are the global values
 * (defaults where not configured); in mdshm__config_md() the values that
 * apply to that MD.
 */
typedef struct mdshm__md_settings {
    mdshm__strv_t ca_urls;      /**< MDCertificateAuthority: ACME directory
                                     URLs, failover order (names mapped) */
    const char *ca_agreement;   /**< MDCertificateAgreement: "accepted", a
                                     terms-of-service URL or NULL */
    const char *ca_proto;       /**< MDCertificateProtocol: "ACME" */
    mdshm__strv_t contacts;     /**< MDContactEmail as "mailto:addr";
                                     empty if not set */
    mdshm__strv_t key_specs;    /**< MDPrivateKeys: "rsa2048", "rsa3072",
                                     "rsa4096", "secp256r1", "secp384r1";
                                     one certificate per spec, in order */
    mdshm__window_t renew_window; /**< MDRenewWindow, default 33% */
    mdshm__window_t warn_window;  /**< MDWarnWindow, default 10% */
    mdshm__renew_mode_t renew_mode; /**< MDRenewMode, default auto */
    bool must_staple;           /**< MDMustStaple, default off */
    bool members_auto;          /**< MDMembers auto|manual (default auto);
                                     stored only: mdshm has no vhosts */
    mdshm__strv_t challenges;   /**< MDCAChallenges, lower case, in order;
                                     empty: automatic selection */
    mdshm__strv_t dns01_cmd;    /**< MDChallengeDns01 argv; empty: none */
    const char *http_proxy;     /**< MDHttpProxy URL or NULL */
    const char *ca_file;        /**< MDCACertificateFile; NULL: system
                                     trust store ("none") */
    const char *proxy_ca_file;  /**< MDHttpProxyCACertificateFile or NULL */
    const char *eab_kid;        /**< MDExternalAccountBinding; both NULL: */
    const char *eab_hmac;       /**<   none.  The HMAC is secret: never log */
    const char *profile;        /**< MDProfile or NULL */
    bool profile_mandatory;     /**< MDProfileMandatory, default off */
    bool renew_via_ari;         /**< MDRenewViaARI, default on */
    const char *preferred_chain; /**< MDPreferredChain: substring of the
                                      issuer CN of the chain to prefer among
                                      alternates; NULL: the default chain */
    mdshm__require_https_t require_https; /**< MDRequireHttps, default off */
    bool stapling;              /**< MDStapling, default off */
    bool staple_others;         /**< MDStapleOthers, default on */
    int64_t stapling_keep_ms;   /**< MDStaplingKeepResponse, default 7d */
    mdshm__window_t stapling_renew_window; /**< MDStaplingRenewWindow,
                                                default 33% */
    bool crl_check;             /**< MDCRLCheck, default on: the leader
                                     checks certificates against their
                                     CRLs (docs/revocation.md) */
    const char *crl_url;        /**< MDCRLUrl: the CRL of certificates
                                     without a distribution point, or NULL */
    const char *export_dir;     /**< MDExportDir: absolute; the leader keeps
                                     export_dir/<md>/ current (export.c);
                                     NULL: none (default, or "none") */
} mdshm__md_settings_t;

/** A static set's files read ahead (mdshm__config_preload_static):
 *  malloc'ed with a NUL after them; the key is cleansed when freed. */
typedef struct mdshm__config_file {
    uint8_t *cert, *key;
    size_t cert_len, key_len;
} mdshm__config_file_t;

/** One managed domain. */
typedef struct mdshm__config_md {
    const char *name;         /**< the MD name: names.v[0] */
    mdshm__strv_t names;      /**< lower case, no duplicates; DNS names,
                                   "*.parent" wildcards, IPv4/IPv6 text
                                   (IPv6 in canonical form) */
    mdshm__strv_t cert_files; /**< MDCertificateFile, paired by index */
    mdshm__strv_t key_files;  /**<   with MDCertificateKeyFile */
    mdshm__config_file_t *preloaded; /**< cert_files.n pairs read by
                                   mdshm__config_preload_static (the
                                   process that may read them: httpd's
                                   root parent), or NULL: read the files */
    bool is_static;           /**< has MDCertificateFile: no ACME unless
                                   renew mode is "always" */
    const char *file;         /**< where it is defined (the origin) */
    int line;                 /**< line of MDomain / <MDomain ...> */
    mdshm__md_settings_t s;   /**< resolved settings */
} mdshm__config_md_t;

/** Cluster mode on etcd (docs/cluster.md, "Configuration"): the
 *  MDCluster* directives, checked at parse time.  Off unless
 *  MDClusterEndpoints is given.  The etcd client (core/etcd.h) takes the
 *  endpoints, TLS files, user and password file from here. */
typedef struct mdshm__cluster_config {
    mdshm__strv_t endpoints;  /**< MDClusterEndpoints: http(s) URLs of
                                   etcd members (scheme, host, port); all
                                   http or all https; empty: cluster mode
                                   off */
    const char *prefix;       /**< MDClusterPrefix, default "/mdshm/":
                                   starts and ends with '/' */
    const char *ca_file;      /**< MDClusterCACertificateFile: CA of the
                                   etcd members' certificates, or NULL */
    const char *cert_file;    /**< MDClusterCertificateFile: client */
    const char *key_file;     /**<   certificate and MDClusterKeyFile, both
                                   or neither (https endpoints only) */
    const char *user;         /**< MDClusterUser: etcd user, with */
    const char *password_file; /**< MDClusterPasswordFile (0600), or both
                                    NULL */
    const char *kek_file;     /**< MDClusterKeyEncryptionFile: the shared
                                   key (required with endpoints) */
    int64_t lease_ttl_ms;     /**< MDClusterLeaseTTL, default 10s, >= 2s */
    int64_t timeout_ms;       /**< MDClusterTimeout: the drive's etcd
                                   request timeout, default 3s, 100ms..5s */
    const char *host_id;      /**< MDClusterHostId, default this host's
                                   name (checked when cluster mode is on;
                                   NULL when off and not set) */
} mdshm__cluster_config_t;

/** Largest number of MDClusterEndpoints, length of a host id. */
#define MDSHM__CLUSTER_MAX_ENDPOINTS 16
#define MDSHM__CLUSTER_MAX_HOST_ID 64

/** Global settings: the G/MD values at global level plus the global-only
 *  directives. */
typedef struct mdshm__config_global {
    mdshm__md_settings_t s;   /**< global values of the G/MD settings */
    const char *store_dir;    /**< MDStoreDir as written, or NULL */
    const char *store_dir_file; /**< where MDStoreDir is written: file */
    int store_dir_line;       /**<   and line (0: not set) */
    int port_http;            /**< MDPortMap: local port that public port
                                   80 reaches; 0 = not reachable.  80 */
    int port_https;           /**< the same for 443.  Default 443 */
    int dns01_version;        /**< MDChallengeDns01Version 1|2, default 1 */
    mdshm__strv_t notify_cmd; /**< MDNotifyCmd argv; empty: none */
    mdshm__strv_t message_cmd; /**< MDMessageCmd argv; empty: none */
    mdshm__strv_t export_cmd; /**< MDExportCmd argv; empty: none */
    int64_t retry_delay_ms;   /**< MDRetryDelay, default 30s */
    unsigned retry_failover;  /**< MDRetryFailover, default 13 */
    int64_t check_interval_ms; /**< MDCheckInterval, default 12h, >= 1s */
    int64_t initial_delay_ms; /**< MDInitialDelay, default 0 */
    int64_t activation_delay_ms; /**< MDActivationDelay, default 0 */
    /* Accepted for mod_md compatibility, stored for adapters: */
    bool base_server;         /**< MDBaseServer, default off */
    bool server_status;       /**< MDServerStatus, default on */
    bool certificate_status;  /**< MDCertificateStatus, default on */
    const char *cert_check_name; /**< MDCertificateCheck, default */
    const char *cert_check_url;  /**<   "crt.sh" "https://crt.sh?q=" */
    bool store_locks;         /**< MDStoreLocks, default off */
    int64_t store_lock_wait_ms; /**< its wait time, default 5s */
    mdshm__match_names_t match_names; /**< MDMatchNames, default all */
    int64_t crl_max_size;     /**< MDCRLMaxSize, bytes, default 20 MiB */
    int64_t crl_interval_ms;  /**< MDCRLInterval: most time between two
                                   fetches of a CRL, default 12h, >= 1s */
    mdshm__cluster_config_t cluster; /**< MDCluster* */
} mdshm__config_global_t;

/** Global settings of @p cfg (never NULL for a valid @p cfg). */
MDSHM_HIDDEN const mdshm__config_global_t *
mdshm__config_global(const mdshm_config_t *cfg);

/** MD @p i (0-based, in definition order); NULL if out of range. */
MDSHM_HIDDEN const mdshm__config_md_t *
mdshm__config_md(const mdshm_config_t *cfg, size_t i);

/** Read the certificate and key files of every static MD into @p cfg
 *  (config_preload.c), for a process that can read them and forks those
 *  that cannot: httpd's root parent, before its children (httpd's User)
 *  run the drive, as mod_md reads them.  The drive then uses the copies.
 *  A file that cannot be read is logged and left to the drive (which
 *  logs it again); -ENOMEM is the only error returned. */
MDSHM_HIDDEN int mdshm__config_preload_static(mdshm_config_t *cfg);
/** Free what mdshm__config_preload_static read (mdshm_config_free). */
MDSHM_HIDDEN void mdshm__config_preload_free(mdshm_config_t *cfg);

/** Find an MD by its name (exact, lower case); NULL if none. */
MDSHM_HIDDEN const mdshm__config_md_t *
mdshm__config_md_find(const mdshm_config_t *cfg, const char *name);

/** Name of MD @p i (0-based), owned by @p cfg; NULL if out of range (the
 *  public mdshm_config_md_info() gives it with every other setting). */
MDSHM_HIDDEN const char *mdshm__config_md_name(const mdshm_config_t *cfg,
                                               size_t i);

/* ------------------------------------------------------------------------
 * Formatting (status output) and computing
 * ---------------------------------------------------------------------- */

/** Room for any formatted duration or window. */
#define MDSHM__FMT_SIZE 32

/**
 * A duration as mdshm.conf writes it, in the largest unit that divides it:
 * "30d", "12h", "90mi", "45s", "1500ms", "0s"; negative with "-".
 * @return @p buf (always NUL-terminated; truncated if @p size is small).
 */
MDSHM_HIDDEN char *mdshm__config_fmt_duration(int64_t ms, char *buf,
                                              size_t size);

/** A window: "33%", "33.3%" or a duration as above.  @return @p buf. */
MDSHM_HIDDEN char *mdshm__config_fmt_window(const mdshm__window_t *w,
                                            char *buf, size_t size);

/** Length in ms of window @p w for a lifetime of @p lifetime_ms (a
 *  percentage is taken of it; a duration is returned as is). */
MDSHM_HIDDEN int64_t mdshm__config_window_ms(const mdshm__window_t *w,
                                             int64_t lifetime_ms);

/* ------------------------------------------------------------------------
 * Parser internals (config_*.c only)
 * ---------------------------------------------------------------------- */

#ifdef MDSHM__CONFIG_INTERNALS

/* Bits of the G/MD settings that a directive set (for inheritance). */
enum {
    MDSHM__F_CA_URLS, MDSHM__F_AGREEMENT, MDSHM__F_PROTO, MDSHM__F_CONTACTS,
    MDSHM__F_KEY_SPECS, MDSHM__F_RENEW_WINDOW, MDSHM__F_WARN_WINDOW,
    MDSHM__F_RENEW_MODE, MDSHM__F_MUST_STAPLE, MDSHM__F_MEMBERS,
    MDSHM__F_CHALLENGES, MDSHM__F_DNS01, MDSHM__F_PROXY, MDSHM__F_CA_FILE,
    MDSHM__F_PROXY_CA_FILE, MDSHM__F_EAB, MDSHM__F_PROFILE,
    MDSHM__F_PROFILE_MANDATORY, MDSHM__F_ARI, MDSHM__F_PREFERRED_CHAIN,
    MDSHM__F_REQUIRE_HTTPS, MDSHM__F_STAPLING, MDSHM__F_STAPLE_OTHERS,
    MDSHM__F_STAPLING_KEEP, MDSHM__F_STAPLING_WINDOW, MDSHM__F_EXPORT_DIR,
    MDSHM__F_CRL_CHECK, MDSHM__F_CRL_URL,
    MDSHM__F_COUNT
};

/* Memory of one configuration: chunks freed together. */
typedef struct mdshm__arena_chunk mdshm__arena_chunk_t;
typedef struct mdshm__arena {
    mdshm__arena_chunk_t *head;
} mdshm__arena_t;

struct mdshm_config {
    mdshm__arena_t arena;     /* everything below lives in it */
    const char *origin;
    mdshm__config_global_t global;
    size_t n_mds;
    mdshm__config_md_t *mds;
};

/* A list being built (in the arena); v[n] is kept NULL. */
typedef struct mdshm__strv_build {
    size_t n, cap;
    const char **v;
    int *lines;               /* per entry, if tracked (names, files) */
} mdshm__strv_build_t;

/* Settings with the bits of what was set where they were written. */
typedef struct mdshm__settings_raw {
    mdshm__md_settings_t s;
    uint64_t set;             /* 1 << MDSHM__F_* */
} mdshm__settings_raw_t;

/* An MD while it is parsed. */
typedef struct mdshm__md_build {
    mdshm__strv_build_t names;  /* with lines */
    mdshm__strv_build_t certs;  /* with lines */
    mdshm__strv_build_t keys;   /* with lines */
    mdshm__settings_raw_t raw;
    int line;
    bool broken;                /* no valid name: left out of the checks */
} mdshm__md_build_t;

/* An open section: <MDomain>, or one whose content is skipped. */
typedef struct mdshm__section {
    char name[32];              /* as the table spells it, e.g. "MDomain" */
    int line;
    bool skip;                  /* unknown or nested: content ignored */
} mdshm__section_t;

#define MDSHM__MAX_SECTIONS 16

/* An error message kept until the end, to be logged in line order. */
typedef struct mdshm__cfg_msg {
    int line;
    unsigned seq;
    char *text;
} mdshm__cfg_msg_t;

/* Include: the lines of every file read get one global numbering, in
 * reading order, so that a "line" everywhere in the parser orders all
 * messages as the configuration reads; a segment maps a run of global
 * lines back to a file and its lines (config_parse.c). */
typedef struct mdshm__cfg_seg {
    int gline;                  /* first global line of the segment */
    int line;                   /* its line in @file */
    const char *file;           /* as named (arena) */
    int from;                   /* global line of the Include that read
                                   @file; 0: the top file */
} mdshm__cfg_seg_t;

/* Include nesting: files deeper than this are refused (a loop that the
 * identity check cannot see, e.g. through ever longer paths, ends too). */
#define MDSHM__MAX_INCLUDE_DEPTH 16

typedef struct mdshm__parser {
    mdshm_config_t *cfg;
    const char *origin;
    mdshm__arena_t *arena;
    unsigned n_errors;
    mdshm__cfg_msg_t *msgs;     /* the errors, logged sorted at the end */
    size_t n_msgs, cap_msgs;
    bool oom;                   /* an allocation failed: give up */
    int line;                   /* line of the directive being handled */
    const char *dname;          /* its canonical name */
    mdshm__settings_raw_t global; /* G/MD settings at global level */
    mdshm__md_build_t *mds;     /* malloc'ed, realloc'ed */
    size_t n_mds, cap_mds;
    mdshm__md_build_t *md;      /* inside <MDomain>: the MD; else NULL */
    mdshm__section_t sections[MDSHM__MAX_SECTIONS];
    int n_sections;
    char quote_buf[4][160];     /* for quoting arguments in messages */
    int quote_next;
    char where_buf[2][512];     /* mdshm__cfg_where() */
    int where_next;
    int store_dir_line;         /* global line of MDStoreDir */
    int cluster_line;           /* of the first MDCluster* directive */
    int endpoints_line;         /* of MDClusterEndpoints */
    /* Include */
    mdshm__cfg_seg_t *segs;     /* malloc'ed; ascending gline */
    size_t n_segs, cap_segs;
    int gline_next;             /* first global line not yet given out */
    int section_base;           /* sections of the files reading this one */
    int depth;                  /* files being read: ids[0..depth) */
    struct { unsigned long dev, ino; } ids[MDSHM__MAX_INCLUDE_DEPTH + 1];
} mdshm__parser_t;

/* Report an error at the current directive's line (or @line).  Errors
 * are logged when parsing ends, sorted by line. */
MDSHM_HIDDEN void mdshm__cfg_error(mdshm__parser_t *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
MDSHM_HIDDEN void mdshm__cfg_error_at(mdshm__parser_t *p, int line,
                                      const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* An argument quoted and made printable for a message (rotating buffer;
 * valid for the next three calls). */
MDSHM_HIDDEN const char *mdshm__cfg_q(mdshm__parser_t *p, const char *arg);

/* "line N" for global line @gline when it is in the same file as
 * @here (another global line), else "FILE:N" (rotating buffer; valid for
 * the next call). */
MDSHM_HIDDEN const char *mdshm__cfg_where(mdshm__parser_t *p, int gline,
                                          int here);
/* The file and line of global line @gline. */
MDSHM_HIDDEN void mdshm__cfg_locate(const mdshm__parser_t *p, int gline,
                                    const char **file, int *line);
/* Include / IncludeOptional PATTERN: read the files it names
 * (config_parse.c, with config_include.c's expansion). */
MDSHM_HIDDEN void mdshm__cfg_include(mdshm__parser_t *p, const char *pattern,
                                     bool optional);

/* The files of one Include (config_include.c: calls no parser function). */
typedef struct mdshm__cfg_inc_file {
    char *path;
    int err;                    /* errno of stat(), or 0 */
    unsigned long dev, ino;     /* its identity, when err is 0 */
} mdshm__cfg_inc_file_t;

typedef struct mdshm__cfg_inc {
    char *pattern;              /* resolved against the including file */
    mdshm__cfg_inc_file_t *files; /* in byte order of their names */
    size_t n;
} mdshm__cfg_inc_t;

/* Expand @pattern of an Include in file @including.  0 (maybe no file:
 * IncludeOptional), -1 with @msg (what is wrong with inc->pattern), or
 * -ENOMEM.  mdshm__cfg_include_free() in every case. */
MDSHM_HIDDEN int mdshm__cfg_include_expand(const char *including,
                                           const char *pattern, bool optional,
                                           mdshm__cfg_inc_t *inc, char *msg,
                                           size_t size);
MDSHM_HIDDEN void mdshm__cfg_include_free(mdshm__cfg_inc_t *inc);

/* Arena. */
MDSHM_HIDDEN void *mdshm__arena_alloc(mdshm__arena_t *a, size_t n);
MDSHM_HIDDEN char *mdshm__arena_strdup(mdshm__arena_t *a, const char *s);
MDSHM_HIDDEN void mdshm__arena_free(mdshm__arena_t *a);
/* Append @s (not copied) to @b; @line is kept if @b tracks lines.
 * 0 or -ENOMEM. */
MDSHM_HIDDEN int mdshm__strv_push(mdshm__arena_t *a, mdshm__strv_build_t *b,
                                  const char *s, int line, bool lines);
/* A finished list (empty lists point at a static NULL). */
MDSHM_HIDDEN mdshm__strv_t mdshm__strv_get(const mdshm__strv_build_t *b);
/* Copy @argc strings into a list in the arena.  0 or -ENOMEM. */
MDSHM_HIDDEN int mdshm__strv_from_args(mdshm__arena_t *a, int argc,
                                       char **argv, mdshm__strv_t *out);

/* Directives (config_directives.c).  Dispatch one tokenized line that is
 * not a section tag; reports unknown directives and wrong contexts. */
MDSHM_HIDDEN void mdshm__cfg_directive(mdshm__parser_t *p, int argc,
                                       char **argv);
/* Start an MD (MDomain, <MDomain>): names and auto|manual from @argv.
 * Returns the MD (also when its names are bad: then marked broken) or
 * NULL when out of memory. */
MDSHM_HIDDEN mdshm__md_build_t *mdshm__cfg_md_start(mdshm__parser_t *p,
                                                    int argc, char **argv);
/* Settings defaults (mod_md's). */
/* config_directives.c: one MDCluster* directive (@name as the table spells
 * it, @argc arguments), and the checks of them all once the file is
 * read. */
MDSHM_HIDDEN void mdshm__cfg_cluster(mdshm__parser_t *p, const char *name,
                                     int argc, char **argv);
MDSHM_HIDDEN void mdshm__cfg_cluster_check(mdshm__parser_t *p);

MDSHM_HIDDEN void mdshm__cfg_defaults(mdshm__md_settings_t *s);
MDSHM_HIDDEN void mdshm__cfg_global_defaults(mdshm__config_global_t *g);
/* md = its own values where set, else @from. */
MDSHM_HIDDEN void mdshm__cfg_resolve(mdshm__md_settings_t *out,
                                     const mdshm__settings_raw_t *own,
                                     const mdshm__md_settings_t *from);

/* Values (config_values.c).  Each returns 0 or a static message saying
 * what is expected. */
/* A duration: integer with unit d, h, mi, s, ms; @def_unit when none. */
MDSHM_HIDDEN const char *mdshm__parse_duration(const char *s,
                                               const char *def_unit,
                                               int64_t *ms);
/* A window: a duration (default unit d) or a percentage below 100 (one
 * decimal allowed). */
MDSHM_HIDDEN const char *mdshm__parse_window(const char *s,
                                             mdshm__window_t *w);
/* "on" / "off". */
MDSHM_HIDDEN const char *mdshm__parse_on_off(const char *s, bool *v);
/* A domain name, "*.name" wildcard, IPv4 or IPv6 address.  @out (at least
 * MDSHM_MAX_NAME_LEN + 1 bytes) gets the normal form: lower case, IPv6
 * canonical. */
MDSHM_HIDDEN const char *mdshm__parse_name(const char *s, char *out);
/* An absolute http: or https: URL with a host. */
MDSHM_HIDDEN const char *mdshm__check_url(const char *s);
/* Key spec of one MDPrivateKeys item; @rsa_bits is the argument after
 * "RSA" or NULL.  @used: set if that argument was consumed. */
MDSHM_HIDDEN const char *mdshm__parse_key_spec(const char *type,
                                               const char *rsa_bits,
                                               const char **spec,
                                               bool *used);
/* CA name or URL to a directory URL (static or @s itself). */
MDSHM_HIDDEN const char *mdshm__parse_ca(const char *s, const char **url);
/* An e-mail address or "mailto:" URL. */
MDSHM_HIDDEN const char *mdshm__check_email(const char *s);

#endif /* MDSHM__CONFIG_INTERNALS */

#endif
