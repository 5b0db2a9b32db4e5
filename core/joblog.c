/* joblog.c -- per-MD job records: activity log and last result. */
#include "joblog.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Load jobs/<md> into @rec (views into the map, valid until the next put)
 * or start a new one. */
static int job_load(mdshm__wtxn_t *w, const char *md, mdshm_record_t *rec)
{
    int rv = mdshm__w_get(w, MDSHM_DB_JOBS, md, strlen(md), rec);

    if (rv == MDSHM_ENOTFOUND || rv == MDSHM_ECORRUPT) {
        /* a corrupt job record is bookkeeping only: start afresh */
        memset(rec, 0, sizeof(*rec));
        rec->type = MDSHM_REC_JOB;
        rec->u.job.md = mdshm__sbuf(md);
        return 0;
    }
    return rv;
}

static void log_append(mdshm_job_rec_t *job, int64_t when, const char *type,
                       const char *detail)
{
    if (job->n_log == MDSHM_MAX_JOBLOG) {
        memmove(&job->log[0], &job->log[1],
                sizeof(job->log[0]) * (MDSHM_MAX_JOBLOG - 1));
        job->n_log--;
    }
    job->log[job->n_log].when_ms = when;
    job->log[job->n_log].type = mdshm__sbuf(type);
    job->log[job->n_log].detail = mdshm__sbuf(detail);
    job->n_log++;
}

static int job_store(mdshm__wtxn_t *w, const char *md,
                     const mdshm_record_t *rec)
{
    return mdshm__w_put(w, MDSHM_DB_JOBS, md, strlen(md), rec);
}

int mdshm__job_log(mdshm__wtxn_t *w, const char *md, int64_t when_ms,
                   const char *type, const char *detail)
{
    mdshm_record_t *rec = malloc(sizeof(*rec));
    int rv;

    if (!rec)
        return -ENOMEM;
    rv = job_load(w, md, rec);
    if (rv == 0) {
        log_append(&rec->u.job, when_ms, type, detail);
        rv = job_store(w, md, rec);
    }
    free(rec);
    return rv;
}

int mdshm__job_record(mdshm__wtxn_t *w, const char *md, int64_t now_ms,
                      const mdshm__job_outcome_t *o)
{
    mdshm_record_t *rec = malloc(sizeof(*rec));
    mdshm_job_rec_t *job;
    int rv;

    if (!rec)
        return -ENOMEM;
    rv = job_load(w, md, rec);
    if (rv < 0)
        goto out;
    job = &rec->u.job;
    job->errors = o->status < 0 ? job->errors + 1 : 0;
    job->last_status = o->status;
    job->last_problem = mdshm__sbuf(o->problem);
    job->last_detail = mdshm__sbuf(o->detail);
    job->last_activity = mdshm__sbuf(o->activity);
    job->last_run_ms = now_ms;
    job->next_run_ms = o->next_run_ms;
    job->retry_after_ms = o->retry_after_ms;
    log_append(job, now_ms, o->status < 0 ? "renewal-error" : "progress",
               o->detail ? o->detail : o->activity);
    rv = job_store(w, md, rec);
out:
    free(rec);
    return rv;
}

int64_t mdshm__job_last(const mdshm_job_rec_t *job, const char *type)
{
    size_t n = strlen(type);

    for (uint32_t i = job->n_log; i-- > 0;) {
        if (job->log[i].type.n == n &&
            memcmp(job->log[i].type.p, type, n) == 0)
            return job->log[i].when_ms;
    }
    return 0;
}
