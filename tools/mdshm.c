/* mdshm.c -- the mdshm command line tool: command table, log sink, main.
 *
 *   mdshm [--store DIR | --conf FILE] [-v] COMMAND [ARGS...]
 *
 * Exit status: 0 success, 1 runtime error, 2 usage error, 3 corrupt records
 * found (check) or a damaged store file (any command).  See docs/cli.md and docs/mdshm.1.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>

static const cli_optdef_t init_opts[] = {
    {"--maxreaders", true, "N"},
    {"--mapsize", true, "BYTES"},
    {"--owner", true, "USER[:GROUP]"},
    {NULL, false, NULL},
};

static const cli_optdef_t import_opts[] = {
    {"--cert", true, "FILE"},
    {"--key", true, "FILE"},
    {NULL, false, NULL},
};

int cmd_import_mod_md(cli_t *cli); /* tools/cmd_import_mod_md.c */

static const cli_optdef_t dump_opts[] = {
    {"--json", false, NULL},
    {NULL, false, NULL},
};

static const cli_optdef_t status_opts[] = {
    {"--json", false, NULL},
    {"--stale-ms", true, "N"},
    {"--md-status", false, NULL},
    {"--html", true, "FILE"},
    {"--after", true, "MD"},
    {"--limit", true, "N"},
    {NULL, false, NULL},
};
int cmd_metrics(cli_t *cli); /* tools/cmd_metrics.c */

static const cli_optdef_t config_check_opts[] = {
    {"--json", false, NULL},
    {NULL, false, NULL},
};
int cmd_config_check(cli_t *cli); /* tools/cmd_config_check.c */

static const cli_optdef_t drive_opts[] = {
    {"--http01-listen", true, "ADDR:PORT"},
    {"--max-parallel", true, "N"},
    {"--ocsp-parallel", true, "N"},
    {"--ocsp-timeout-ms", true, "MS"},
    {"--ocsp-no-nonce", false, NULL},
    {NULL, false, NULL},
};

static const cli_optdef_t ocsp_opts[] = {
    {"--out", true, "FILE"},
    {NULL, false, NULL},
};
int cmd_ocsp(cli_t *cli); /* tools/cmd_ocsp.c */

static const cli_optdef_t export_opts[] = {
    {"--dir", true, "DIR"},
    {NULL, false, NULL},
};

static const cli_optdef_t cluster_opts[] = {
    {"--json", false, NULL},
    {"--expect", true, "HOSTS"},
    {"--max-lag", true, "N"},
    {"--timeout-ms", true, "MS"},
    {NULL, false, NULL},
};
int cmd_cluster(cli_t *cli); /* tools/cmd_cluster.c */

static const cli_optdef_t no_opts[] = {
    {NULL, false, NULL},
};

const cli_cmd_t cli_commands[] = {
    {"init", "[--maxreaders N] [--mapsize BYTES] [--owner USER[:GROUP]]",
     "create the store (directory 0700, files 0600)",
     "  --maxreaders N     reader slots (default 510); every opener of the\n"
     "                     store must use the same value\n"
     "  --mapsize BYTES    initial map size (default 64M; K, M, G suffixes)\n"
     "  --owner USER[:GROUP]  (as root) create the store for the user the\n"
     "                     workers and the drive run as, or give it root's\n"
     "                     store files (files of another user are refused)\n",
     init_opts, 0, 0, NULL, cmd_init},
    {"import", "NAME --cert FILE --key FILE",
     "store a static certificate set for MD NAME",
     "  --cert FILE        certificate chain, PEM (leaf first) or DER\n"
     "  --key FILE         private key, PEM or DER (mode 0600 or stricter)\n"
     "Importing again replaces the set; the old one is archived.\n",
     import_opts, 1, 1, "NAME", cmd_import},
    {"import-mod-md", "DIR",
     "import mod_md's store DIR (its MDStoreDir): accounts, certificates",
     "DIR is read only.  Imported: the accounts (no new registration), the\n"
     "active certificate set of every MD and key type (the same serials,\n"
     "no new order) and each MD's state.  Sets, accounts and MDs already\n"
     "in the store are kept.  An MD with a bad file is left out whole\n"
     "(exit 1).  The store: as for drive (--store, MDStoreDir of --conf).\n",
     no_opts, 1, 1, "DIR", cmd_import_mod_md},
    {"dump", "[--json] [MD...]",
     "print every record of the store (private keys only as fingerprints)",
     "  --json             one JSON document instead of text\n"
     "  MD...              only the records of these MDs\n",
     dump_opts, 0, -1, NULL, cmd_dump},
    {"status", "[--json] [--stale-ms N] | --md-status [MD | [--after MD] "
     "[--limit N]] | --html FILE [--after MD] [--limit N]",
     "show the leader, store figures and the state of every MD",
     "  --json             one JSON document instead of text\n"
     "  --stale-ms N       heartbeat age that counts as stale (default "
     "10000)\n"
     "  --md-status [MD]   mod_md's md-status JSON: every MD, or MD (a name\n"
     "                     or one of its domains) with its job log\n"
     "  --html FILE        the status as one HTML page (no scripts, no\n"
     "                     external assets) written to FILE; - is stdout\n"
     "  --after MD         --md-status/--html: the MDs after MD (name "
     "order)\n"
     "  --limit N          --md-status/--html: N MDs at most; \"next\" "
     "then\n"
     "                     says what to pass to --after for the rest\n",
     status_opts, 0, 1, "MD", cmd_status},
    {"metrics", "", "print Prometheus metrics (text format 0.0.4)", "",
     no_opts, 0, 0, NULL, cmd_metrics},
    {"check", "",
     "decode every record; list the corrupt ones (exit 3 if any)", "",
     no_opts, 0, 0, NULL, cmd_check},
    {"config-check", "[--conf FILE] [--json]",
     "parse a configuration file (mdshm.conf) and show its MDs",
     "  --conf FILE        the configuration file (default: $MDSHM_CONF,\n"
     "                     else /etc/mdshm.conf); every error is printed\n"
     "                     as FILE:LINE: message (exit 1)\n"
     "  --json             one JSON document instead of text\n",
     config_check_opts, 0, 0, NULL, cmd_config_check},
    {"drive", "[--conf FILE] [--http01-listen ADDR:PORT] [--max-parallel N]",
     "run the renewal drive in the foreground (leader election included)",
     "  --conf FILE        the configuration (default: $MDSHM_CONF, else\n"
     "                     /etc/mdshm.conf)\n"
     "  --http01-listen ADDR:PORT\n"
     "                     answer http-01 challenges on this address\n"
     "  --max-parallel N   concurrent orders per CA (default 16)\n"
     "  --ocsp-parallel N  OCSP exchanges at a time (default 6)\n"
     "  --ocsp-timeout-ms MS  one OCSP exchange (default 10000)\n"
     "  --ocsp-no-nonce    no OCSP nonce: small requests go as GET\n"
     "The store is --store DIR, else MDStoreDir, else $MDSHM_STORE; it is\n"
     "created if missing.  SIGTERM or SIGINT stop the drive; SIGHUP makes\n"
     "it read the configuration again (a bad file changes nothing).\n",
     drive_opts, 0, 0, NULL, cmd_drive},
    {"backup", "DEST",
     "copy the store, consistent while the leader writes, to new DEST",
     "DEST must not exist: it is created (0700) with a compacted data.mdb\n"
     "(0600) from one read transaction, then opened and checked like\n"
     "mdshm check (exit 3 if the copy is not sound).  Restore: stop every\n"
     "process using the store, then put DEST's data.mdb in its place\n"
     "(docs/operations.md).\n",
     no_opts, 1, 1, "DEST", cmd_backup},
    {"renew", "MD", "ask the leader to renew MD now",
     "The leader picks the request up within a second; without a leader\n"
     "the next one does.\n",
     no_opts, 1, 1, "MD", cmd_renew},
    {"export", "MD --dir DIR | MD --conf FILE",
     "write MD's certificates as PEM files for other programs",
     "  --dir DIR          write cert.pem, chain.pem, fullchain.pem and\n"
     "                     privkey.pem (0600) into DIR (created if missing;\n"
     "                     not a symbolic link, writable by nobody else),\n"
     "                     one subdirectory per key spec if the MD has\n"
     "                     several; switched atomically (docs/cli.md)\n"
     "Without --dir, DIR is the MD's MDExportDir/MD from the configuration\n"
     "(--conf FILE, $MDSHM_CONF or /etc/mdshm.conf).\n"
     "Nothing is written when the files are current already.\n",
     export_opts, 1, 1, "MD", cmd_export},
    {"ocsp", "refresh [MD] | register CHAIN | staple CERT [--out FILE]",
     "OCSP stapling: fetch now, staple another certificate, show a staple",
     "  refresh [MD]       ask the leader to fetch the responses of MD (or\n"
     "                     of every stapled certificate) now\n"
     "  register CHAIN     staple this certificate too (PEM: leaf, issuer;\n"
     "                     MDStapleOthers); repeat at every server start\n"
     "  staple CERT        the response a worker staples for CERT now\n"
     "                     (exit 1 if none)\n"
     "  --out FILE         with staple: write the DER response\n",
     ocsp_opts, 1, 2, "ACTION", cmd_ocsp},
    {"cluster", "status [--json] [--expect HOST,...] [--max-lag N] "
     "[--timeout-ms MS]",
     "cluster mode: the cluster leader, every host, etcd's health",
     "  status             ask etcd (MDCluster* of --conf FILE, $MDSHM_CONF\n"
     "                     or /etc/mdshm.conf) for the cluster leader and\n"
     "                     its term, every live host's applied revision,\n"
     "                     each member's reachability and quorum, the data\n"
     "                     keys per database; and this store's revision\n"
     "  --json             one JSON document instead of text\n"
     "  --expect HOST,...  hosts that must be live (exit 7 if one is gone)\n"
     "  --max-lag N        data keys a host may lack before it counts as\n"
     "                     lagging (default 0)\n"
     "  --timeout-ms MS    each etcd request (default 3000)\n"
     "Exit: 0 healthy, 4 etcd unreachable, 5 quorum lost, 6 no cluster\n"
     "leader, 7 a host lagging or gone, 1 an error (no MDClusterEndpoints).\n",
     cluster_opts, 1, 1, "ACTION", cmd_cluster},
    {NULL, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL},
};

int main(int argc, char **argv)
{
    cli_t cli;
    int rc;

    mdshm_set_default_log(cli_log_sink, NULL, MDSHM_LOG_WARN);
    rc = cli_parse(&cli, argc, argv);
    if (rc < 0) {
        cli_log_setup(&cli, false,
                      cli.verbose > 1   ? MDSHM_LOG_TRACE
                      : cli.verbose > 0 ? MDSHM_LOG_DEBUG
                                        : MDSHM_LOG_WARN);
        rc = cli.cmd->run(&cli);
    }
    cli_free(&cli);
    if (rc == CLI_EXIT_ERROR && cli_damaged)
        rc = CLI_EXIT_CORRUPT;
    if (fflush(stdout) != 0 && rc == CLI_EXIT_OK) {
        perror("mdshm: writing the output");
        rc = CLI_EXIT_ERROR;
    }
    return rc;
}
