/* status_stub.c -- TEMPORARY STUB of mdshm_status_json and
 * mdshm_status_metrics until core/status_*.c (built in parallel on
 * another branch) is merged: DELETE THIS FILE THEN.  It returns a minimal
 * document so that the example server's /md-status and /metrics work. */
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int dup_out(const char *s, char **out, size_t *outlen)
{
    if (!(*out = strdup(s)))
        return -ENOMEM;
    *outlen = strlen(s);
    return 0;
}

int mdshm_status_json(mdshm_store_t *st, const char *md_or_domain,
                      int64_t now_ms, char **out, size_t *outlen)
{
    mdshm_leader_status_t ls;
    char buf[256];

    (void)md_or_domain;
    *out = NULL;
    *outlen = 0;
    if (mdshm_leader_status(st, 0, &ls) < 0)
        memset(&ls, 0, sizeof(ls));
    snprintf(buf, sizeof(buf),
             "{\"version\":\"%s\",\"stub\":true,\"now_ms\":%lld,"
             "\"leader\":{\"term\":%llu,\"pid\":%lld},\"managed-domains\":[]}\n",
             MDSHM_VERSION, (long long)now_ms, (unsigned long long)ls.term,
             (long long)ls.pid);
    return dup_out(buf, out, outlen);
}

int mdshm_status_metrics(mdshm_store_t *st, int64_t now_ms, char **out,
                         size_t *outlen)
{
    mdshm_leader_status_t ls;
    char buf[256];

    (void)now_ms;
    *out = NULL;
    *outlen = 0;
    if (mdshm_leader_status(st, 0, &ls) < 0)
        memset(&ls, 0, sizeof(ls));
    snprintf(buf, sizeof(buf),
             "# stub: core/status_*.c not merged yet\n"
             "mdshm_leader_term %llu\nmdshm_leader_pid %lld\n",
             (unsigned long long)ls.term, (long long)ls.pid);
    return dup_out(buf, out, outlen);
}
