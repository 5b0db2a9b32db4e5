/* cmd_ocsp.c -- mdshm ocsp: stapling requests and the worker's view.
 *
 *   mdshm ocsp refresh [MD]      fetch now (one MD, or every staple)
 *   mdshm ocsp register CHAIN    staple a certificate that is not an MD's
 *   mdshm ocsp staple CERT       what a worker would staple for CERT now
 *                                (exit 1 if nothing); --out FILE writes
 *                                the DER response
 *
 * refresh and register leave a request for the leader (no leadership
 * needed); staple reads the store exactly as a worker does
 * (mdshm_staple_get: never an expired response).
 */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *status_name(uint32_t s)
{
    return s == 0 ? "good" : s == 1 ? "revoked" : s == 2 ? "unknown" : "?";
}

/* A regular file of at most 256 KiB: O_NONBLOCK so that a FIFO is
 * refused instead of waiting for a writer. */
static int read_all(const char *path, uint8_t **out, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    uint8_t *buf = NULL;
    struct stat sb;
    FILE *f = NULL;
    size_t n = 0;
    int rv = 0;

    *out = NULL;
    if (fd < 0)
        return -errno;
    if (fstat(fd, &sb) < 0)
        rv = -errno;
    else if (!S_ISREG(sb.st_mode))
        rv = MDSHM_EBADINPUT;
    else if (!(buf = malloc(256 * 1024 + 1)) || !(f = fdopen(fd, "rb")))
        rv = -ENOMEM;
    if (rv < 0) {
        if (rv == MDSHM_EBADINPUT)
            fprintf(stderr, "mdshm: %s is not a regular file\n", path);
        free(buf);
        close(fd);
        return rv;
    }
    n = fread(buf, 1, 256 * 1024 + 1, f);
    fclose(f);
    *out = buf;
    *len = n;
    return n > 256 * 1024 ? MDSHM_ETOOBIG : 0;
}

static int staple(cli_t *cli, mdshm_store_t *st, const char *path)
{
    mdshm_chain_t *ch = NULL;
    mdshm_reader_t *rd = NULL;
    mdshm_cert_info_t info;
    mdshm_ocsp_rec_t rec;
    mdshm_buf_t der;
    const char *out = cli_optarg(cli, "--out");
    char from[40], until[40];
    int rv, rc = CLI_EXIT_ERROR;

    if ((rv = mdshm_chain_load(path, &ch)) < 0 ||
        (rv = mdshm_chain_info(ch, 0, &info)) < 0) {
        cli_fail(rv, "ocsp staple: cannot read %s", path);
        goto out;
    }
    if ((rv = mdshm_reader_create(st, &rd)) < 0 ||
        (rv = mdshm_read_begin(rd)) < 0) {
        cli_fail(rv, "ocsp staple: cannot read the store");
        goto out;
    }
    rv = mdshm_staple_get(rd, info.sha256, cli_now_ms() / 1000, &der, &rec);
    if (rv == MDSHM_ENOTFOUND) {
        printf("no staple for %s\n", info.subject);
    } else if (rv < 0) {
        cli_fail(rv, "ocsp staple: store");
    } else {
        cli_iso_time(rec.this_update, false, from, sizeof(from));
        cli_iso_time(rec.next_update, false, until, sizeof(until));
        printf("staple for %s: %s, %zu bytes, valid %s .. %s\n",
               info.subject, status_name(rec.status), der.n, from, until);
        rc = CLI_EXIT_OK;
        if (out) {
            FILE *f = fopen(out, "wbe");
            if (!f || fwrite(der.p, 1, der.n, f) != der.n) {
                cli_fail(-errno, "ocsp staple: cannot write %s", out);
                rc = CLI_EXIT_ERROR;
            }
            if (f && fclose(f) != 0)
                rc = CLI_EXIT_ERROR;
        }
    }
    mdshm_read_end(rd);
out:
    mdshm_reader_destroy(rd);
    mdshm_chain_free(ch);
    return rc;
}

int cmd_ocsp(cli_t *cli)
{
    const char *what = cli->pos[0];
    const char *arg = cli->n_pos > 1 ? cli->pos[1] : NULL;
    mdshm_store_t *st = NULL;
    uint8_t *buf = NULL;
    size_t len = 0;
    int rv, rc = CLI_EXIT_ERROR;

    if (strcmp(what, "refresh") && strcmp(what, "register") &&
        strcmp(what, "staple"))
        return cli_usage_error(cli, "ocsp: unknown action '%s'", what);
    if (strcmp(what, "refresh") && !arg)
        return cli_usage_error(cli, "ocsp %s: a certificate file is needed",
                               what);
    if (cli_store_open(cli, true, false, 0, 0, &st) < 0)
        return CLI_EXIT_ERROR;
    if (strcmp(what, "staple") == 0) {
        rc = staple(cli, st, arg);
    } else if (strcmp(what, "refresh") == 0) {
        rv = mdshm_ocsp_refresh_request(st, arg);
        if (rv == MDSHM_EBADINPUT)
            rc = cli_usage_error(cli, "ocsp refresh: '%s' is not an MD name",
                                 arg);
        else if (rv < 0)
            cli_fail(rv, "ocsp refresh");
        else {
            printf("OCSP refresh of %s requested\n", arg ? arg : "all");
            rc = CLI_EXIT_OK;
        }
    } else {
        uint8_t sha[32];
        char hex[65];
        if ((rv = read_all(arg, &buf, &len)) < 0 ||
            (rv = mdshm_ocsp_register(st, buf, len, sha)) < 0) {
            if (rv == MDSHM_ENOTFOUND)
                printf("%s names no OCSP responder: nothing to staple\n",
                       arg);
            else
                cli_fail(rv, "ocsp register: %s", arg);
            rc = rv == MDSHM_ENOTFOUND ? CLI_EXIT_OK : CLI_EXIT_ERROR;
        } else {
            cli_hex(sha, 32, hex);
            printf("registered %s (sha256 %s)\n", arg, hex);
            rc = CLI_EXIT_OK;
        }
    }
    free(buf);
    mdshm_store_close(st);
    return rc;
}
