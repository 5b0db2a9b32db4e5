/* hold_leader.c -- test helper: become the leader of a store and keep
 * leading (heartbeats) for a while, so that tests can see a live leader.
 *
 *   hold_leader STORE SECONDS
 *
 * Prints "leader <pid> term <term>" once it leads, then ticks until
 * SECONDS pass or SIGTERM/SIGINT arrives, and steps down.  Exit 0, 1 if it
 * could not become leader (printed), 2 on bad usage.
 */
#include "shm.h" /* the store's write side (internal) */

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
    (void)sig;
    stop = 1;
}

int main(int argc, char **argv)
{
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *c = NULL;
    mdshm_candidate_opts_t copts;
    struct sigaction sa;
    struct timespec start, now;
    double secs;
    int rv;

    if (argc != 3 || (secs = atof(argv[2])) <= 0) {
        fprintf(stderr, "usage: hold_leader STORE SECONDS\n");
        return 2;
    }
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    memset(&copts, 0, sizeof(copts));
    copts.heartbeat_ms = 200;
    copts.stale_ms = 5000;

    rv = mdshm_store_open(argv[1], NULL, &st);
    if (rv == 0)
        rv = mdshm__candidate_create(st, &copts, &c);
    if (rv == 0)
        rv = mdshm__candidate_wait(c, 5000);
    if (rv <= 0) {
        fprintf(stderr, "hold_leader: not leader: %s\n",
                rv == 0 ? "timed out" : mdshm_strerror(rv));
        mdshm__candidate_destroy(c);
        mdshm_store_close(st);
        return 1;
    }
    printf("leader %ld term %llu\n", (long)getpid(),
           (unsigned long long)mdshm__candidate_term(c));
    fflush(stdout);
    clock_gettime(CLOCK_MONOTONIC, &start);
    while (!stop) {
        unsigned next = 100;
        struct timespec ts;

        clock_gettime(CLOCK_MONOTONIC, &now);
        if ((double)(now.tv_sec - start.tv_sec) +
                (double)(now.tv_nsec - start.tv_nsec) / 1e9 >= secs)
            break;
        rv = mdshm__candidate_tick(c, &next);
        if (rv <= 0) {
            fprintf(stderr, "hold_leader: lost leadership: %s\n",
                    rv == 0 ? "deposed" : mdshm_strerror(rv));
            break;
        }
        if (next > 100)
            next = 100;
        ts.tv_sec = 0;
        ts.tv_nsec = (long)next * 1000000L;
        nanosleep(&ts, NULL);
    }
    mdshm__candidate_destroy(c); /* steps down */
    mdshm_store_close(st);
    return rv < 0 ? 1 : 0;
}
