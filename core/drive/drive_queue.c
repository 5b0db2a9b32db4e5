/* drive_queue.c -- the drive's schedule at O(log n) per event, however many
 * MDs there are (100,000 on one host: scanning every MD for every due one
 * took a CPU and starved the heartbeat).
 *
 *  - a min-heap of the MDs that wait for their due time (a requested
 *    renewal sorts first), with each MD's position kept for updates and
 *    the key in the heap entry (comparisons stay in one array: at 100,000
 *    MDs a key read through the MD cost a cache miss each);
 *  - the CA URLs interned once, so a run's CA is an index and the runs per
 *    CA are a counter, not a scan;
 *  - per CA a FIFO of MDs that are due but find max_parallel runs busy: a
 *    finished run of that CA starts the next one;
 *  - a list of finished runs that the worker threads append to, so the main
 *    loop joins those only;
 *  - the MD names sorted, for the request inbox.
 *
 * d->sched_ops counts the work units (heap comparisons, MDs handled) so
 * that a test can check the bound without clocks. */
#include "drive.h"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define NONE SIZE_MAX

static int64_t key(const mdshm__dmd_t *m)
{
    return m->requested ? INT64_MIN : m->due_ms;
}

/* ---- the heap --------------------------------------------------------- */

static bool before(mdshm_drive_t *d, size_t a, size_t b)
{
    d->sched_ops++;
    return d->heap[a].key < d->heap[b].key;
}

static void heap_set(mdshm_drive_t *d, size_t pos, mdshm__hent_t e)
{
    d->heap[pos] = e;
    d->mds[e.md].heap_pos = pos;
}

static mdshm__hent_t hent(const mdshm_drive_t *d, size_t md)
{
    return (mdshm__hent_t){key(&d->mds[md]), md};
}

static void swap(mdshm_drive_t *d, size_t a, size_t b)
{
    mdshm__hent_t x = d->heap[a];

    heap_set(d, a, d->heap[b]);
    heap_set(d, b, x);
}

static void sift_up(mdshm_drive_t *d, size_t pos)
{
    while (pos > 0) {
        size_t parent = (pos - 1) / 2;
        if (!before(d, pos, parent))
            break;
        swap(d, pos, parent);
        pos = parent;
    }
}

static void sift_down(mdshm_drive_t *d, size_t pos)
{
    for (;;) {
        size_t l = 2 * pos + 1, r = l + 1, min = pos;
        if (l < d->heap_n && before(d, l, min))
            min = l;
        if (r < d->heap_n && before(d, r, min))
            min = r;
        if (min == pos)
            break;
        swap(d, pos, min);
        pos = min;
    }
}

void mdshm__drive_queue_push(mdshm_drive_t *d, mdshm__dmd_t *m)
{
    if (m->heap_pos != NONE)
        return;
    heap_set(d, d->heap_n++, hent(d, (size_t)(m - d->mds)));
    sift_up(d, d->heap_n - 1);
}

int64_t mdshm__drive_queue_earliest(const mdshm_drive_t *d)
{
    return d->heap_n ? d->heap[0].key : INT64_MAX;
}

mdshm__dmd_t *mdshm__drive_queue_pop_due(mdshm_drive_t *d, int64_t now)
{
    mdshm__dmd_t *m;

    if (!d->heap_n || d->heap[0].key > now)
        return NULL;
    m = &d->mds[d->heap[0].md];
    m->heap_pos = NONE;
    if (--d->heap_n) {
        heap_set(d, 0, d->heap[d->heap_n]);
        sift_down(d, 0);
    }
    d->sched_ops++;
    return m;
}

void mdshm__drive_queue_request(mdshm_drive_t *d, mdshm__dmd_t *m)
{
    m->requested = true;
    if (m->heap_pos != NONE) {
        d->heap[m->heap_pos].key = key(m);
        sift_up(d, m->heap_pos); /* its key only went down */
    }
}

void mdshm__drive_queue_reset(mdshm_drive_t *d)
{
    d->heap_n = 0;
    for (size_t c = 0; c < d->n_cas; c++) {
        d->ca_busy[c] = 0;
        d->wq_head[c] = d->wq_tail[c] = NONE;
    }
    for (size_t i = 0; i < d->n_mds; i++) {
        d->mds[i].heap_pos = NONE;
        d->mds[i].next_wait = NONE;
    }
    for (size_t i = 0; i < d->n_mds; i++)
        if (!d->mds[i].running)
            heap_set(d, d->heap_n++, hent(d, i));
    for (size_t i = d->heap_n / 2; i-- > 0;)
        sift_down(d, i);
}

/* ---- CAs and their slots ---------------------------------------------- */

uint32_t mdshm__drive_queue_ca(const mdshm_drive_t *d, const mdshm__dmd_t *m)
{
    if (m->n_cas == 0)
        return 0; /* runs without ACME share the "" CA */
    return m->ca_ids[mdshm__drive_plan_ca(m->errors, d->failover, m->n_cas)];
}

bool mdshm__drive_queue_slot_free(const mdshm_drive_t *d, uint32_t ca)
{
    return d->ca_busy[ca] < d->max_parallel;
}

void mdshm__drive_queue_wait(mdshm_drive_t *d, mdshm__dmd_t *m, uint32_t ca)
{
    size_t i = (size_t)(m - d->mds);

    m->run_ca = ca;
    m->next_wait = NONE;
    if (d->wq_tail[ca] == NONE)
        d->wq_head[ca] = i;
    else
        d->mds[d->wq_tail[ca]].next_wait = i;
    d->wq_tail[ca] = i;
    d->sched_ops++;
}

mdshm__dmd_t *mdshm__drive_queue_next_waiting(mdshm_drive_t *d, uint32_t ca)
{
    mdshm__dmd_t *m;

    if (d->wq_head[ca] == NONE || !mdshm__drive_queue_slot_free(d, ca))
        return NULL;
    m = &d->mds[d->wq_head[ca]];
    d->wq_head[ca] = m->next_wait;
    if (d->wq_head[ca] == NONE)
        d->wq_tail[ca] = NONE;
    m->next_wait = NONE;
    d->sched_ops++;
    return m;
}

/* ---- finished runs ---------------------------------------------------- */

void mdshm__drive_queue_finished(mdshm_drive_t *d, mdshm__dmd_t *m)
{
    pthread_mutex_lock(&d->fin_mu);
    d->fin[d->fin_n++] = (size_t)(m - d->mds); /* a running MD is in once */
    pthread_mutex_unlock(&d->fin_mu);
}

size_t mdshm__drive_queue_take_finished(mdshm_drive_t *d, size_t *out)
{
    size_t n;

    pthread_mutex_lock(&d->fin_mu);
    n = d->fin_n;
    memcpy(out, d->fin, n * sizeof(*out));
    d->fin_n = 0;
    pthread_mutex_unlock(&d->fin_mu);
    return n;
}

/* ---- set-up: interned CAs, sorted names ------------------------------- */

struct ca_ref {
    const char *url;
    size_t md;
    unsigned slot;
};

static int ca_ref_cmp(const void *a, const void *b)
{
    return strcmp(((const struct ca_ref *)a)->url,
                  ((const struct ca_ref *)b)->url);
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(((const mdshm__dname_t *)a)->name,
                  ((const mdshm__dname_t *)b)->name);
}

static int intern_cas(mdshm_drive_t *d)
{
    struct ca_ref *refs;
    size_t n = 0;

    for (size_t i = 0; i < d->n_mds; i++) {
        size_t k = d->mds[i].cfg->s.ca_urls.n;
        n += k < MDSHM_MAX_LIST ? k : MDSHM_MAX_LIST;
    }
    if (!(refs = malloc((n ? n : 1) * sizeof(*refs))))
        return -ENOMEM;
    n = 0;
    for (size_t i = 0; i < d->n_mds; i++) {
        mdshm__dmd_t *m = &d->mds[i];
        const mdshm__strv_t *u = &m->cfg->s.ca_urls;
        for (unsigned s = 0; s < u->n && s < MDSHM_MAX_LIST; s++)
            refs[n++] = (struct ca_ref){u->v[s], i, s};
        /* kept in the MD: the configuration is a cache miss away at
         * 100,000 MDs; more than MDSHM_MAX_LIST is refused by the sync */
        m->n_cas = m->cfg->is_static ? 0
                   : (uint8_t)(u->n < MDSHM_MAX_LIST ? u->n : MDSHM_MAX_LIST);
    }
    qsort(refs, n, sizeof(*refs), ca_ref_cmp);
    d->n_cas = 1; /* id 0: the runs without ACME */
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || strcmp(refs[i].url, refs[i - 1].url) != 0)
            d->n_cas++;
        d->mds[refs[i].md].ca_ids[refs[i].slot] = (uint32_t)(d->n_cas - 1);
    }
    free(refs);
    return 0;
}

int mdshm__drive_queue_init(mdshm_drive_t *d)
{
    size_t n = d->n_mds ? d->n_mds : 1;
    int rv;

    rv = intern_cas(d);
    if (rv < 0)
        return rv;
    d->heap = malloc(n * sizeof(*d->heap));
    d->fin = malloc(n * sizeof(*d->fin));
    d->fin_tmp = malloc(n * sizeof(*d->fin_tmp));
    d->by_name = malloc(n * sizeof(*d->by_name));
    d->ca_busy = calloc(d->n_cas, sizeof(*d->ca_busy));
    d->wq_head = malloc(d->n_cas * sizeof(*d->wq_head));
    d->wq_tail = malloc(d->n_cas * sizeof(*d->wq_tail));
    if (!d->heap || !d->fin || !d->fin_tmp || !d->by_name || !d->ca_busy ||
        !d->wq_head || !d->wq_tail)
        return -ENOMEM;
    for (size_t i = 0; i < d->n_mds; i++)
        d->by_name[i] = (mdshm__dname_t){d->mds[i].name, i};
    qsort(d->by_name, d->n_mds, sizeof(*d->by_name), name_cmp);
    mdshm__drive_queue_reset(d);
    return 0;
}

void mdshm__drive_queue_free(mdshm_drive_t *d)
{
    free(d->heap);
    free(d->fin);
    free(d->fin_tmp);
    free(d->by_name);
    free(d->ca_busy);
    free(d->wq_head);
    free(d->wq_tail);
}

mdshm__dmd_t *mdshm__drive_queue_find(mdshm_drive_t *d, const char *name)
{
    size_t lo = 0, hi = d->n_mds;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(d->by_name[mid].name, name);
        if (c == 0)
            return &d->mds[d->by_name[mid].md];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}
