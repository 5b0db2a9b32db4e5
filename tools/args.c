/* args.c -- command line parsing: global options anywhere, then the
 * subcommand's options (from its table) and positional arguments.
 *
 * Global options: --store DIR (or --store=DIR), -v/--verbose (repeatable,
 * also -vv), -h/--help, --version; "mdshm help [COMMAND]" is --help.  They
 * may come before or after the subcommand.  "--" ends the options.  An
 * option the subcommand does not know, a missing value or a surplus
 * argument is a usage error that names the argument.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const cli_cmd_t *find_cmd(const char *name)
{
    for (const cli_cmd_t *c = cli_commands; c->name; c++)
        if (!strcmp(c->name, name))
            return c;
    return NULL;
}

static const cli_optdef_t *find_opt(const cli_cmd_t *cmd, const char *name,
                                    size_t len)
{
    if (!cmd || !cmd->opts)
        return NULL;
    for (const cli_optdef_t *o = cmd->opts; o->name; o++)
        if (strlen(o->name) == len && !strncmp(o->name, name, len))
            return o;
    return NULL;
}

void cli_usage(const cli_cmd_t *cmd, bool to_stdout)
{
    FILE *f = to_stdout ? stdout : stderr;

    if (cmd) {
        fprintf(f, "usage: mdshm [--store DIR] [-v] %s%s%s\n", cmd->name,
                cmd->args[0] ? " " : "", cmd->args);
        if (to_stdout) {
            fprintf(f, "\n%s\n", cmd->summary);
            if (cmd->help && cmd->help[0])
                fprintf(f, "\n%s", cmd->help);
        } else {
            fprintf(f, "Try 'mdshm %s --help'.\n", cmd->name);
        }
        return;
    }
    fprintf(f, "usage: mdshm [--store DIR] [-v] COMMAND [ARGS...]\n");
    if (!to_stdout) {
        fprintf(f, "Try 'mdshm --help'.\n");
        return;
    }
    fprintf(f, "\nInspect and manage an mdshm certificate store.\n\n"
               "Commands:\n");
    for (const cli_cmd_t *c = cli_commands; c->name; c++)
        fprintf(f, "  %-8s %s\n", c->name, c->summary);
    fprintf(f,
            "\nGlobal options (before or after the command):\n"
            "  --store DIR   store directory (default: $MDSHM_STORE, else "
            "./md)\n"
            "  -v            verbose: log at debug level\n"
            "  -h, --help    show help (mdshm COMMAND --help for a command)\n"
            "  --version     show the version\n"
            "\nExit status: 0 success, 1 runtime error, 2 usage error, "
            "3 corrupt records found (check).\n");
}

static int usage_err(const cli_t *cli, const char *fmt, const char *arg)
{
    fprintf(stderr, "mdshm: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    cli_usage(cli->cmd, false);
    return CLI_EXIT_USAGE;
}

/* Is @a one of -v, -vv, -vvv...?  Returns the count or 0. */
static int verbose_count(const char *a)
{
    int n = 0;

    if (!strcmp(a, "--verbose"))
        return 1;
    if (a[0] != '-' || a[1] != 'v')
        return 0;
    for (a++; *a == 'v'; a++)
        n++;
    return *a ? 0 : n;
}

int cli_parse(cli_t *cli, int argc, char **argv)
{
    bool help = false, no_more_opts = false;
    const char *env = getenv("MDSHM_STORE");

    memset(cli, 0, sizeof(*cli));
    cli->store_dir = env && *env ? env : "./md";
    cli->opts = calloc((size_t)argc + 1, sizeof(*cli->opts));
    cli->pos = calloc((size_t)argc + 1, sizeof(*cli->pos));
    if (!cli->opts || !cli->pos) {
        fprintf(stderr, "mdshm: out of memory\n");
        return CLI_EXIT_ERROR;
    }

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *eq;
        const cli_optdef_t *o;
        size_t nlen;
        int v;

        if (no_more_opts || a[0] != '-' || !strcmp(a, "-")) {
            if (!cli->cmd && !help && !strcmp(a, "help")) {
                help = true; /* "mdshm help [COMMAND]" */
                continue;
            }
            if (!cli->cmd) {
                cli->cmd = find_cmd(a);
                if (!cli->cmd)
                    return usage_err(cli, "unknown command '%s'", a);
            } else {
                cli->pos[cli->n_pos++] = a;
            }
            continue;
        }
        if (!strcmp(a, "--")) {
            no_more_opts = true;
            continue;
        }
        eq = strncmp(a, "--", 2) == 0 ? strchr(a, '=') : NULL;
        nlen = eq ? (size_t)(eq - a) : strlen(a);

        if (!strncmp(a, "--store", nlen) && nlen == 7) {
            if (eq) {
                cli->store_dir = eq + 1;
            } else if (i + 1 < argc) {
                cli->store_dir = argv[++i];
            } else {
                return usage_err(cli, "option '%s' needs an argument: DIR",
                                 a);
            }
            if (!*cli->store_dir)
                return usage_err(cli, "option '%s' needs a non-empty DIR",
                                 "--store");
            continue;
        }
        v = verbose_count(a);
        if (v > 0) {
            cli->verbose += v;
            continue;
        }
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            help = true;
            continue;
        }
        if (!strcmp(a, "--version")) {
            printf("mdshm %s\n", MDSHM_VERSION);
            return CLI_EXIT_OK;
        }
        o = find_opt(cli->cmd, a, nlen);
        if (!o) {
            if (cli->cmd)
                fprintf(stderr, "mdshm: unknown option '%.*s' for '%s'\n",
                        (int)nlen, a, cli->cmd->name);
            else
                fprintf(stderr, "mdshm: unknown option '%.*s'\n", (int)nlen,
                        a);
            cli_usage(cli->cmd, false);
            return CLI_EXIT_USAGE;
        }
        cli->opts[cli->n_opts].name = o->name;
        if (o->has_arg) {
            if (eq) {
                cli->opts[cli->n_opts].val = eq + 1;
            } else if (i + 1 < argc) {
                cli->opts[cli->n_opts].val = argv[++i];
            } else {
                fprintf(stderr, "mdshm: option '%s' needs an argument: %s\n",
                        o->name, o->arg_name ? o->arg_name : "VALUE");
                cli_usage(cli->cmd, false);
                return CLI_EXIT_USAGE;
            }
        } else if (eq) {
            return usage_err(cli, "option '%s' takes no value", o->name);
        }
        cli->n_opts++;
    }

    if (help) {
        cli_usage(cli->cmd, true);
        return CLI_EXIT_OK;
    }
    if (!cli->cmd) {
        fprintf(stderr, "mdshm: no command given\n");
        cli_usage(NULL, false);
        return CLI_EXIT_USAGE;
    }
    if ((int)cli->n_pos < cli->cmd->min_pos) {
        fprintf(stderr, "mdshm: %s: missing argument %s\n", cli->cmd->name,
                cli->cmd->pos_name ? cli->cmd->pos_name : "");
        cli_usage(cli->cmd, false);
        return CLI_EXIT_USAGE;
    }
    if (cli->cmd->max_pos >= 0 && (int)cli->n_pos > cli->cmd->max_pos)
        return usage_err(cli, "unexpected argument '%s'",
                         cli->pos[cli->cmd->max_pos]);
    return -1;
}

void cli_free(cli_t *cli)
{
    free(cli->opts);
    free(cli->pos);
    cli->opts = NULL;
    cli->pos = NULL;
}

bool cli_flag(const cli_t *cli, const char *name)
{
    for (size_t i = 0; i < cli->n_opts; i++)
        if (!strcmp(cli->opts[i].name, name))
            return true;
    return false;
}

const char *cli_optarg(const cli_t *cli, const char *name)
{
    const char *val = NULL;

    for (size_t i = 0; i < cli->n_opts; i++)
        if (!strcmp(cli->opts[i].name, name))
            val = cli->opts[i].val;
    return val;
}
