/* cli.h -- what the files of the mdshm command line tool share.
 *
 * The tool uses only the public API (mdshm.h), like any other user.  Each
 * subcommand lives in tools/cmd_<name>.c; output goes through the emitter
 * (emit.h) so that every command has a text and a JSON form.
 */
#ifndef MDSHM_CLI_H
#define MDSHM_CLI_H

#include "mdshm.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Exit codes (docs/cli.md). */
enum {
    CLI_EXIT_OK = 0,
    CLI_EXIT_ERROR = 1,   /* runtime error: store, files, crypto, ... */
    CLI_EXIT_USAGE = 2,   /* bad command line */
    CLI_EXIT_CORRUPT = 3, /* corrupt records, or a damaged store file */
};

/* One option a subcommand accepts: "--json" (flag) or "--cert" (value). */
typedef struct cli_optdef {
    const char *name;
    bool has_arg;
    const char *arg_name; /* for usage text: "FILE", "N" */
} cli_optdef_t;

struct cli;

typedef struct cli_cmd {
    const char *name;
    const char *args;    /* synopsis after the name, for usage lines */
    const char *summary; /* one line for "mdshm --help" */
    const char *help;    /* option descriptions for "mdshm CMD --help" */
    const cli_optdef_t *opts; /* terminated by {NULL} */
    int min_pos, max_pos;     /* positional arguments; max -1: unlimited */
    const char *pos_name;     /* what a missing positional is called */
    int (*run)(struct cli *cli);
} cli_cmd_t;

typedef struct cli_optval {
    const char *name; /* the cli_optdef_t name */
    const char *val;  /* NULL for flags */
} cli_optval_t;

/* Where the library's log lines go (--log). */
enum { CLI_LOG_STDERR = 0, CLI_LOG_SYSLOG = 1 };

typedef struct cli {
    const char *store_dir; /* --store; else NULL until cli_store_find() */
    const char *store_from; /* where store_dir came from (messages) */
    const char *conf_path; /* --conf FILE (global option) or NULL */
    char *store_owned;     /* store_dir when discover.c made it */
    char *from_owned;      /* store_from when discover.c made it */
    int verbose;           /* -v count */
    int log;               /* --log: CLI_LOG_STDERR or CLI_LOG_SYSLOG */
    const cli_cmd_t *cmd;
    size_t n_opts;
    cli_optval_t *opts;    /* subcommand options in command line order */
    size_t n_pos;
    const char **pos;      /* positional arguments after the subcommand */
} cli_t;

/* Subcommands (tools/cmd_*.c) and their table (tools/mdshm.c). */
int cmd_init(cli_t *cli);
int cmd_import(cli_t *cli);
int cmd_dump(cli_t *cli);
int cmd_status(cli_t *cli);
int cmd_check(cli_t *cli);
int cmd_drive(cli_t *cli);
int cmd_renew(cli_t *cli);
int cmd_backup(cli_t *cli);
int cmd_export(cli_t *cli);
extern const cli_cmd_t cli_commands[];

/* args.c: parse argv into @cli.  Returns -1 when the caller should go on
 * (run cli->cmd), else the exit code (help and --version print and return
 * 0; usage errors print and return CLI_EXIT_USAGE). */
int cli_parse(cli_t *cli, int argc, char **argv);
void cli_free(cli_t *cli);
/* Whether flag @name was given; the last value of option @name or NULL. */
bool cli_flag(const cli_t *cli, const char *name);
const char *cli_optarg(const cli_t *cli, const char *name);
/* Print general usage (@to_stdout: for --help) or one command's. */
void cli_usage(const cli_cmd_t *cmd, bool to_stdout);

/* log.c: the log sink of the tool (it also notes MDSHM_EDAMAGED in
 * cli_damaged); cli_log_setup makes it the default sink at level @max,
 * to syslog if --log syslog (openlog: ident "mdshm", LOG_PID, daemon),
 * else to stderr, timestamped if @stamped (the drive) or short
 * ("mdshm: error: ...").  cli_log_parse: CLI_LOG_* of a --log value or
 * -1. */
void cli_log_sink(void *baton, mdshm_log_level_t level, int err,
                  const char *file, int line, const char *msg);
void cli_log_setup(const cli_t *cli, bool stamped, mdshm_log_level_t max);
int cli_log_parse(const char *v);

/* util.c */
/* "mdshm: <msg>" and the command's usage on stderr; returns 2. */
int cli_usage_error(const cli_t *cli, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* "mdshm: <msg>: <mdshm_strerror(rv)>" on stderr; returns 1.  With
 * MDSHM_EDAMAGED it also sets cli_damaged (so does a library log line about
 * one): main() then turns exit 1 into 3, whatever command met the damaged
 * store. */
int cli_fail(int rv, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
extern bool cli_damaged;
/* Parse an unsigned number, with K/M/G (1024-based) suffixes if
 * @suffixes; 0 or -1 (not a number, out of [min, max]). */
int cli_parse_u64(const char *s, bool suffixes, uint64_t min, uint64_t max,
                  uint64_t *out);
/* Parse option @name's value if given (else leave *out); usage errors
 * are printed and returned as CLI_EXIT_USAGE, 0 otherwise. */
int cli_opt_u64(const cli_t *cli, const char *name, bool suffixes,
                uint64_t min, uint64_t max, uint64_t *out);
/* Open the store of @cli (cli_store_find() first if not found yet);
 * prints the failure with where the path came from and, for a missing
 * store, the init command that creates it.  Returns 0 or rv < 0. */
int cli_store_open(cli_t *cli, bool readonly, bool create,
                   unsigned maxreaders, size_t mapsize, mdshm_store_t **out);
/* discover.c: which configuration and store a command uses (docs/cli.md
 * "Finding the store").  The configuration: --conf FILE, else
 * $MDSHM_CONF, else the system's file (/etc/mdshm.conf; tests move it with
 * $MDSHM_SYSCONFDIR) if it exists; *from says which ("--conf",
 * "$MDSHM_CONF", "the default configuration").  0 with *path NULL when
 * there is none. */
int cli_conf_find(const cli_t *cli, const char **path, const char **from);
/* Set cli->store_dir and cli->store_from: --store DIR, else MDStoreDir of
 * --conf FILE, else $MDSHM_STORE, else MDStoreDir of $MDSHM_CONF or of the
 * system's file.  @cfg: the configuration already loaded from @conf_from's
 * file, or NULL (then it is loaded here when needed).  Prints what is
 * wrong; returns 0, CLI_EXIT_ERROR or CLI_EXIT_USAGE (no store named at
 * all). */
int cli_store_find(cli_t *cli, const mdshm_config_t *cfg,
                   const char *conf_from);
/* owner.c: as root, on an existing store of another user, become that
 * user (uid, group, supplementary groups) for the rest of the process.
 * 0 (switched, or nothing to do) or -errno (printed). */
int cli_run_as_store_owner(const cli_t *cli);
/* fault_guard.c: from now on SIGSEGV and SIGBUS (LMDB following a damaged
 * page of @store_dir) print what happened and exit 3.  cli_store_open
 * calls it before opening, for every command but the drive. */
void cli_fault_guard(const char *store_dir);
/* Wall clock in unix ms. */
int64_t cli_now_ms(void);
/* ISO-8601 UTC ("2025-01-31T12:00:00Z"; with ms: ".123Z") of unix
 * seconds (@ms false) or milliseconds; "-" for out of range. */
void cli_iso_time(int64_t t, bool ms, char *buf, size_t size);
/* Lower-case hex of @n bytes into @out (2n+1 bytes). */
void cli_hex(const void *p, size_t n, char *out);
/* SHA-256 of @n bytes; 0 or MDSHM_ECRYPTO. */
int cli_sha256(const void *p, size_t n, unsigned char md[32]);
/* A byte string as printable ASCII: \xNN for anything else, \\ for '\'.
 * Returns malloc'ed text or NULL (out of memory). */
char *cli_escape(const void *p, size_t n);
/* Whether buffer @b equals the C string @s. */
bool cli_buf_eq(mdshm_buf_t b, const char *s);

#endif
