/* runcmd.h -- running external programs for the drive (internal). */
#ifndef MDSHM_RUNCMD_H
#define MDSHM_RUNCMD_H

#include "internal.h"

typedef struct mdshm__cmd_result {
    int exit_code;      /* -1 if it did not exit normally */
    int signal;         /* the signal that ended it, or 0 */
    bool timed_out;     /* killed after the timeout */
    size_t output_len;
    char output[2048];  /* start of stdout+stderr, NUL-terminated */
} mdshm__cmd_result_t;

/*
 * Run @argv (argv[0] an absolute path; no shell, no PATH search) with a
 * clean environment, stdin from /dev/null, stdout and stderr captured into
 * @res->output (the rest is read and dropped), in a process group of its
 * own.  After @timeout_ms the group gets SIGTERM, 0.5 s later SIGKILL.
 * Blocks until the program is gone (leader thread only).
 * @return 0 when it ran (look at @res), MDSHM_EBADINPUT (relative path),
 *         -errno (could not start).
 */
MDSHM_HIDDEN int mdshm__runcmd(char *const argv[], unsigned timeout_ms,
                               mdshm__cmd_result_t *res);

/* Exited by itself with status 0. */
MDSHM_HIDDEN bool mdshm__cmd_ok(const mdshm__cmd_result_t *res);

#endif
