/* events.c -- raising drive events. */
#include "events.h"

#include "joblog.h"
#include "runcmd.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HOUR (3600LL * 1000)
#define DAY (24 * HOUR)

static const struct {
    const char *name;
    int64_t rate_ms;
    bool vetoable;
} events[MDSHM__EV_COUNT] = {
    [MDSHM__EV_RENEWING] = {"renewing", HOUR, true},
    [MDSHM__EV_CHALLENGE_SETUP] = {"challenge-setup", 0, true},
    [MDSHM__EV_RENEWED] = {"renewed", DAY, false},
    [MDSHM__EV_INSTALLED] = {"installed", DAY, false},
    [MDSHM__EV_EXPIRING] = {"expiring", DAY, false},
    [MDSHM__EV_ERRORED] = {"errored", HOUR, false},
    [MDSHM__EV_OCSP_RENEWED] = {"ocsp-renewed", DAY, false},
    [MDSHM__EV_OCSP_ERRORED] = {"ocsp-errored", HOUR, false},
    [MDSHM__EV_CRL_REVOKED] = {"crl-revoked", HOUR, false},
};

const char *mdshm__event_name(mdshm__event_t ev)
{
    return (unsigned)ev < MDSHM__EV_COUNT ? events[ev].name : "unknown";
}

int64_t mdshm__event_rate_ms(mdshm__event_t ev)
{
    return (unsigned)ev < MDSHM__EV_COUNT ? events[ev].rate_ms : 0;
}

struct last_sent {
    const char *md;
    const char *type;
    int64_t when;
};

static int last_sent_fn(mdshm_reader_t *rd, void *baton)
{
    struct last_sent *ls = baton;
    mdshm_record_t *rec = malloc(sizeof(*rec));
    int rv;

    if (!rec)
        return -ENOMEM;
    rv = mdshm_read_get(rd, MDSHM_DB_JOBS, ls->md, strlen(ls->md), rec);
    if (rv == 0)
        ls->when = mdshm__job_last(&rec->u.job, ls->type);
    free(rec);
    return rv == MDSHM_ENOTFOUND || rv == MDSHM_ECORRUPT ? 0 : rv;
}

/* Run @argv followed by @extra (NULL-terminated), log a failure. */
static bool run_with(char *const *argv, const char *const *extra,
                     unsigned timeout_ms, const char *what)
{
    char *full[64];
    mdshm__cmd_result_t res;
    size_t n = 0;

    for (size_t i = 0; argv[i] && n < 60; i++)
        full[n++] = argv[i];
    for (size_t i = 0; extra[i] && n < 63; i++)
        full[n++] = (char *)extra[i];
    full[n] = NULL;
    if (mdshm__runcmd(full, timeout_ms, &res) < 0)
        return false;
    if (!mdshm__cmd_ok(&res)) {
        MDSHM_LOG(MDSHM_LOG_WARN, 0,
                  "%s %s failed (exit %d, signal %d%s): %.200s", what,
                  argv[0], res.exit_code, res.signal,
                  res.timed_out ? ", timed out" : "", res.output);
        return false;
    }
    return true;
}

struct log_event {
    const char *md, *type, *detail;
};

static int log_event_fn(mdshm__wtxn_t *w, void *baton)
{
    struct log_event *le = baton;
    return mdshm__job_log(w, le->md, mdshm__now_ms(), le->type, le->detail);
}

int mdshm__event_fire(mdshm_store_t *st, const mdshm__event_cmds_t *cmds,
                      mdshm__event_t ev, const char *md, const char *detail,
                      mdshm__event_entry_t *out)
{
    struct last_sent ls = {md, out->type, 0};
    unsigned timeout = cmds && cmds->timeout_ms ? cmds->timeout_ms : 30000;
    int vetoed = 0, rv;

    if ((unsigned)ev >= MDSHM__EV_COUNT)
        return MDSHM_EBADINPUT;
    snprintf(out->type, sizeof(out->type), "event:%s", events[ev].name);
    out->detail = detail;
    if (events[ev].rate_ms > 0) {
        rv = mdshm__read_once(st, last_sent_fn, &ls);
        if (rv < 0)
            return rv;
        if (ls.when && mdshm__now_ms() - ls.when < events[ev].rate_ms)
            return MDSHM__EV_SUPPRESSED; /* no message, and so no veto */
    }
    if (cmds && cmds->message_argv && cmds->message_argv[0]) {
        const char *extra[] = {events[ev].name, md, NULL};
        if (!run_with(cmds->message_argv, extra, timeout, "MDMessageCmd") &&
            events[ev].vetoable)
            vetoed = 1;
    }
    if (ev == MDSHM__EV_RENEWED && cmds && cmds->notify_argv &&
        cmds->notify_argv[0]) {
        const char *extra[] = {md, NULL};
        run_with(cmds->notify_argv, extra, timeout, "MDNotifyCmd");
    }
    if (vetoed) {
        snprintf(out->type, sizeof(out->type), "veto:%s", events[ev].name);
        out->detail = "vetoed by MDMessageCmd";
    }
    return vetoed;
}

int mdshm__event_raise(mdshm__candidate_t *c, mdshm_store_t *st,
                       const mdshm__event_cmds_t *cmds, mdshm__event_t ev,
                       const char *md, const char *detail)
{
    mdshm__event_entry_t ent;
    struct log_event le = {md, ent.type, NULL};
    int vetoed = mdshm__event_fire(st, cmds, ev, md, detail, &ent), rv;

    if (vetoed == MDSHM__EV_SUPPRESSED)
        return 0;
    if (vetoed < 0)
        return vetoed;
    le.detail = ent.detail;
    rv = mdshm__leader_write(c, log_event_fn, &le);
    return rv < 0 ? rv : vetoed;
}

bool mdshm__event_exported(const mdshm__event_cmds_t *cmds,
                           char *const *argv, const char *md, const char *dir)
{
    const char *extra[] = {md, dir, NULL};

    if (!argv || !argv[0])
        return true;
    return run_with(argv, extra,
                    cmds && cmds->timeout_ms ? cmds->timeout_ms : 30000,
                    "MDExportCmd");
}
