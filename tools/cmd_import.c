/* cmd_import.c -- mdshm import NAME --cert FILE --key FILE: store a static
 * certificate set (mod_md's MDCertificateFile) for MD NAME.
 *
 * The library checks the key file's permissions and that key and
 * certificate match, then writes through the leader's fenced path: it takes
 * leadership for the write if no leader runs.  A live leader makes the
 * import fail (MDSHM_EBUSY); we say who leads.  Importing again renews the
 * set: the previous one moves to the archive database.
 */
#include "cli.h"
#include "emit.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_leader(mdshm_store_t *st)
{
    mdshm_leader_status_t ls;
    char since[64], beat[48];

    if (mdshm_leader_status(st, 0, &ls) < 0 || !ls.present) {
        fprintf(stderr, "mdshm: import: another process holds leadership of "
                        "%s\n", mdshm_store_dir(st));
        return;
    }
    cli_iso_time(ls.since_ms, true, since, sizeof(since));
    if (ls.heartbeat_age_ms < 0)
        snprintf(beat, sizeof(beat), "no heartbeat");
    else
        snprintf(beat, sizeof(beat), "heartbeat %lld ms ago",
                 (long long)ls.heartbeat_age_ms);
    fprintf(stderr,
            "mdshm: import: the leader of %s is pid %lld on %s (term %llu, "
            "since %s, %s%s); stop it, or let it import\n",
            mdshm_store_dir(st), (long long)ls.pid, ls.host,
            (unsigned long long)ls.term, since, beat,
            ls.alive ? "" : ", not alive");
}

/* One line about what was imported (best effort). */
static void print_result(mdshm_store_t *st, const char *md)
{
    mdshm_reader_t *rd = NULL;
    mdshm_record_t *rec = malloc(sizeof(*rec));
    mdshm_buf_t v;
    const mdshm_md_rec_t *m;

    if (!rec || mdshm_reader_create(st, &rd) < 0 ||
        mdshm_read_begin(rd) < 0)
        goto out;
    if (mdshm_read_get_raw(rd, MDSHM_DB_MDS, md, strlen(md), &v) == 0 &&
        mdshm_record_decode(MDSHM_REC_MD, v.p, v.n, rec) == 0) {
        m = &rec->u.md;
        printf("imported %s (%.*s): %u name%s:", md,
               m->n_key_specs ? (int)m->key_specs[0].n : 0,
               m->n_key_specs ? (const char *)m->key_specs[0].p : "",
               m->n_names, m->n_names == 1 ? "" : "s");
        for (uint32_t i = 0; i < m->n_names; i++) {
            char *n = cli_escape(m->names[i].p, m->names[i].n);
            printf(" %s", n ? n : "?");
            free(n);
        }
        printf(", state %s\n", cli_md_state_name(m->state));
    } else {
        printf("imported %s\n", md);
    }
    mdshm_read_end(rd);
out:
    mdshm_reader_destroy(rd);
    free(rec);
}

int cmd_import(cli_t *cli)
{
    const char *md = cli->pos[0];
    const char *cert = cli_optarg(cli, "--cert");
    const char *key = cli_optarg(cli, "--key");
    mdshm_store_t *st = NULL;
    int rv;

    if (!cert)
        return cli_usage_error(cli, "import: missing --cert FILE");
    if (!key)
        return cli_usage_error(cli, "import: missing --key FILE");
    if (!*md || strlen(md) > MDSHM_MAX_MDNAME_LEN || strchr(md, '/'))
        return cli_usage_error(cli,
                               "import: invalid MD name '%s' (1 to %d "
                               "characters, no '/')",
                               md, MDSHM_MAX_MDNAME_LEN);
    if (cli_store_open(cli, false, true, 0, 0, &st) < 0)
        return CLI_EXIT_ERROR;
    rv = mdshm_import_static(st, md, cert, key, NULL);
    if (rv == MDSHM_EBUSY)
        print_leader(st);
    if (rv < 0) {
        mdshm_store_close(st);
        return cli_fail(rv, "import of %s (cert %s, key %s) failed", md,
                        cert, key);
    }
    print_result(st, md);
    mdshm_store_close(st);
    return CLI_EXIT_OK;
}
