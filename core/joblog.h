/* joblog.h -- the drive's per-MD bookkeeping in the jobs database
 * (internal): a capped activity log, the last result, error count, next
 * run and the CA's Retry-After.  All functions run inside the caller's
 * fenced write transaction. */
#ifndef MDSHM_JOBLOG_H
#define MDSHM_JOBLOG_H

#include "internal.h"

/* Append {when, type, detail} to jobs/<md>; the oldest entries go beyond
 * MDSHM_MAX_JOBLOG.  Creates the record if needed. */
MDSHM_HIDDEN int mdshm__job_log(mdshm__wtxn_t *w, const char *md,
                                int64_t when_ms, const char *type,
                                const char *detail);

/* The outcome of one run. */
typedef struct mdshm__job_outcome {
    int status;            /* 0 or an mdshm error code */
    const char *problem;   /* ACME problem type URN, or NULL */
    const char *detail;    /* what went wrong / what happened */
    const char *activity;  /* what the drive was doing */
    int64_t next_run_ms;   /* when to run again (absolute) */
    int64_t retry_after_ms;/* the CA's Retry-After (absolute), or 0 */
} mdshm__job_outcome_t;

/* Record the last result: on success the error count is reset, on failure
 * raised by one; also logs an entry ("renewal-error" or "progress"). */
MDSHM_HIDDEN int mdshm__job_record(mdshm__wtxn_t *w, const char *md,
                                   int64_t now_ms,
                                   const mdshm__job_outcome_t *o);

/* Latest time an entry of @type was logged for @md (0 if none), inside a
 * read or write.  Used for the events' rate limits. */
MDSHM_HIDDEN int64_t mdshm__job_last(const mdshm_job_rec_t *job,
                                     const char *type);

#endif
