/* drive_periodic.c -- the loop, start and stop of a leader thread that
 * runs rounds when due (drive_periodic.h), and the fetch pool its rounds
 * share. */
#include "drive_periodic.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#define POLL_MS 1000

static int gen_fn(mdshm_reader_t *rd, void *baton)
{
    return mdshm_read_gen(rd, baton);
}

static void *periodic_main(void *arg)
{
    mdshm__periodic_t *p = arg;
    struct pollfd pfd = {p->wake[0], POLLIN, 0};
    char buf[64];

    p->next_due = 0;
    while (!mdshm__periodic_stopping(p)) {
        uint64_t gen = 0;
        int64_t now, wait;

        if (p->ops->before)
            p->ops->before(p);
        now = mdshm__now_ms();
        /* a certificate installed (meta/gen moved): look at once */
        if (mdshm__read_once(p->d->st, gen_fn, &gen) == 0 &&
            gen != p->seen_gen)
            p->next_due = 0;
        if (now >= p->next_due)
            p->ops->round(p);
        else if (p->ops->idle)
            p->ops->idle(p);
        wait = p->next_due - mdshm__now_ms();
        if (wait > POLL_MS)
            wait = POLL_MS;
        if (wait < 0)
            wait = 0;
        if (poll(&pfd, 1, (int)wait) > 0)
            while (read(p->wake[0], buf, sizeof(buf)) > 0)
                ;
    }
    return NULL;
}

int mdshm__periodic_start(mdshm__periodic_t *p, mdshm_drive_t *d,
                          const mdshm__periodic_ops_t *ops, void *owner)
{
    int rv;

    p->d = d;
    p->ops = ops;
    p->owner = owner;
    atomic_init(&p->stop, false);
    if (pipe2(p->wake, O_CLOEXEC | O_NONBLOCK) < 0)
        return -errno;
    rv = pthread_create(&p->thread, NULL, periodic_main, p);
    if (rv != 0) {
        close(p->wake[0]);
        close(p->wake[1]);
        return -rv;
    }
    return 0;
}

void mdshm__periodic_stop(mdshm__periodic_t *p)
{
    char c = 1;

    atomic_store(&p->stop, true);
    if (write(p->wake[1], &c, 1) < 0) {
        /* a full pipe already wakes it */
    }
    pthread_join(p->thread, NULL);
    close(p->wake[0]);
    close(p->wake[1]);
}

void mdshm__periodic_pool(unsigned parallel, size_t jobs,
                          void *(*fn)(void *), void *arg)
{
    pthread_t th[64];
    size_t n = parallel, started = 0;

    if (n > jobs)
        n = jobs;
    if (n > 64)
        n = 64;
    for (size_t i = 1; i < n; i++)
        if (pthread_create(&th[started], NULL, fn, arg) == 0)
            started++;
    fn(arg); /* this thread works too */
    for (size_t i = 0; i < started; i++)
        pthread_join(th[i], NULL);
}
