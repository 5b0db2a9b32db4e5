/* events.h -- drive events: job log entries, MDMessageCmd / MDNotifyCmd,
 * mod_md's rate limits and vetoes (internal). */
#ifndef MDSHM_EVENTS_H
#define MDSHM_EVENTS_H

#include "internal.h"

typedef enum {
    MDSHM__EV_RENEWING,        /* vetoable */
    MDSHM__EV_CHALLENGE_SETUP, /* vetoable; detail "type:domain" */
    MDSHM__EV_RENEWED,
    MDSHM__EV_INSTALLED,
    MDSHM__EV_EXPIRING,
    MDSHM__EV_ERRORED,
    MDSHM__EV_OCSP_RENEWED,
    MDSHM__EV_OCSP_ERRORED,
    MDSHM__EV_CRL_REVOKED,     /* detail: serial, date, reason, URL */
    MDSHM__EV_COUNT
} mdshm__event_t;

MDSHM_HIDDEN const char *mdshm__event_name(mdshm__event_t ev);
/* Minimum time between two messages of one event for one MD (0: none). */
MDSHM_HIDDEN int64_t mdshm__event_rate_ms(mdshm__event_t ev);

typedef struct mdshm__event_cmds {
    char *const *message_argv; /* MDMessageCmd: argv + reason + md; or NULL */
    char *const *notify_argv;  /* MDNotifyCmd: argv + md (renewed); or NULL */
    unsigned timeout_ms;       /* per program; 0 = 30 s */
} mdshm__event_cmds_t;

/*
 * Raise @ev for MD @md: unless the rate limit suppresses it, run the
 * configured programs and record "event:<name>" in the MD's job log (a
 * fenced write by @c).  @detail goes into the log (may be NULL).
 * @return 1 if a vetoable event was vetoed (MDMessageCmd exited non-zero),
 *         0 otherwise, <0 on a store error.  A failing program is logged,
 *         never an error of the drive.
 */
MDSHM_HIDDEN int mdshm__event_raise(mdshm__candidate_t *c, mdshm_store_t *st,
                                    const mdshm__event_cmds_t *cmds,
                                    mdshm__event_t ev, const char *md,
                                    const char *detail);

/* The job log entry of a raised event. */
typedef struct mdshm__event_entry {
    char type[64];      /* "event:<name>", or "veto:<name>" */
    const char *detail; /* the caller's @detail, or the veto's */
} mdshm__event_entry_t;

#define MDSHM__EV_SUPPRESSED 2 /* mdshm__event_fire: rate-limited */

/*
 * mdshm__event_raise() without the job log write: the rate limit, the
 * programs, and in @out the entry the caller logs (a drive run carries it
 * with its next write, docs/cluster.md).  @return 1 vetoed, 0 raised,
 * MDSHM__EV_SUPPRESSED (nothing to log), <0 on a store error.
 */
MDSHM_HIDDEN int mdshm__event_fire(mdshm_store_t *st,
                                   const mdshm__event_cmds_t *cmds,
                                   mdshm__event_t ev, const char *md,
                                   const char *detail,
                                   mdshm__event_entry_t *out);

/* Run MDExportCmd @argv (NULL: none) as argv + @md + @dir: the files of
 * MD @md in @dir have just changed.  Not rate-limited: each change needs
 * its reload.  Uses @cmds's timeout.
 * @return false if the program failed (logged). */
MDSHM_HIDDEN bool mdshm__event_exported(const mdshm__event_cmds_t *cmds,
                                        char *const *argv, const char *md,
                                        const char *dir);

#endif
