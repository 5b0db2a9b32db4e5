/* runcmd.c -- run an external program (MDNotifyCmd, MDMessageCmd,
 * MDChallengeDns01) safely: argv without a shell, a clean environment,
 * stdin from /dev/null, no descriptor of ours beyond stdout/stderr (the
 * store's data.mdb, the drive's sockets), output captured up to a limit,
 * and a timeout after which the whole process group is killed. */
#include "runcmd.h"
#include "mdshm_config.h" /* HAVE_SPAWN_ADDCLOSEFROM, HAVE_CLOSE_RANGE */

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* What a program we start may see: nothing of ours but a sane PATH. */
static char *const clean_env[] = {
    "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    "LANG=C", NULL};

/* Grace between SIGTERM and SIGKILL after a timeout. */
#define KILL_GRACE_MS 500

#ifdef HAVE_SPAWN_ADDCLOSEFROM
static int spawn(char *const argv[], int out_fd, pid_t *pid)
{
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    sigset_t none, all;
    int rv;

    posix_spawn_file_actions_init(&fa);
    posix_spawnattr_init(&attr);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, out_fd, 1);
    posix_spawn_file_actions_adddup2(&fa, out_fd, 2);
    /* Close-on-exec is not enough: a descriptor another thread, the host
     * server or a library (LMDB's data file) opened without it would leak
     * the store's keys to the program. */
    posix_spawn_file_actions_addclosefrom_np(&fa, 3);
    /* Its own process group (so a timeout kills its children too), default
     * signal handling and an empty mask whatever the host server set. */
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &all);
    posix_spawnattr_setpgroup(&attr, 0);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK |
                                        POSIX_SPAWN_SETSIGDEF |
                                        POSIX_SPAWN_SETPGROUP);
    rv = posix_spawn(pid, argv[0], &fa, &attr, argv, clean_env);
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&fa);
    return -rv;
}
#else
/* No closefrom action for posix_spawn (glibc < 2.34, other libcs): fork
 * and do the same in the child, with async-signal-safe calls only (the
 * parent may have threads). */
static void close_from(int lowfd)
{
    long max;

#ifdef HAVE_CLOSE_RANGE
    if (close_range((unsigned)lowfd, ~0U, 0) == 0)
        return;
#endif
    max = sysconf(_SC_OPEN_MAX);
    if (max <= 0 || max > 1 << 20)
        max = 1 << 16;
    for (int fd = lowfd; fd < max; fd++)
        close(fd);
}

static void child(char *const argv[], int out_fd, int err_fd)
{
    struct sigaction sa;
    sigset_t none;
    int fd, err;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = SIG_DFL;
    for (int sig = 1; sig < NSIG; sig++)
        sigaction(sig, &sa, NULL);
    setpgid(0, 0);
    fd = open("/dev/null", O_RDONLY);
    /* err_fd (close-on-exec) reports a failed exec: keep it as fd 3 */
    if (fd < 0 || dup2(fd, 0) < 0 || dup2(out_fd, 1) < 0 ||
        dup2(out_fd, 2) < 0 || dup2(err_fd, 3) < 0 ||
        fcntl(3, F_SETFD, FD_CLOEXEC) < 0) {
        err = errno;
        (void)!write(err_fd, &err, sizeof(err));
        _exit(127);
    }
    close_from(4);
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    execve(argv[0], argv, clean_env);
    err = errno;
    (void)!write(3, &err, sizeof(err));
    _exit(127);
}

static int spawn(char *const argv[], int out_fd, pid_t *pid)
{
    int err_pipe[2], err = 0;
    sigset_t all, old;
    ssize_t r;
    pid_t p;

    if (pipe2(err_pipe, O_CLOEXEC) < 0)
        return -errno;
    sigfillset(&all);
    /* no handler of the host server may run in the child before exec */
    pthread_sigmask(SIG_SETMASK, &all, &old);
    p = fork();
    if (p == 0)
        child(argv, out_fd, err_pipe[1]);
    err = p < 0 ? errno : 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    close(err_pipe[1]);
    if (p > 0) {
        do {
            r = read(err_pipe[0], &err, sizeof(err));
        } while (r < 0 && errno == EINTR);
        if (r == (ssize_t)sizeof(err)) {
            waitpid(p, NULL, 0); /* report it like posix_spawn does */
        } else {
            err = 0;
            *pid = p;
        }
    }
    close(err_pipe[0]);
    return -err;
}
#endif

static void kill_group(pid_t pid, int sig)
{
    if (kill(-pid, sig) < 0)
        kill(pid, sig);
}

int mdshm__runcmd(char *const argv[], unsigned timeout_ms,
                  mdshm__cmd_result_t *res)
{
    int pipefd[2] = {-1, -1}, status = 0, rv;
    int64_t deadline, killed_at = 0;
    pid_t pid = -1;
    bool eof = false;

    memset(res, 0, sizeof(*res));
    res->exit_code = -1;
    if (!argv || !argv[0] || argv[0][0] != '/') {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT,
                  "external command must be given with an absolute path: %s",
                  argv && argv[0] ? argv[0] : "(none)");
        return MDSHM_EBADINPUT;
    }
    if (pipe2(pipefd, O_CLOEXEC) < 0)
        return -errno;
    rv = spawn(argv, pipefd[1], &pid);
    close(pipefd[1]);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "cannot run %s", argv[0]);
        close(pipefd[0]);
        return rv;
    }
    deadline = mdshm__mono_ms() + timeout_ms;
    for (;;) {
        int64_t now = mdshm__mono_ms();
        int wait_ms;

        /* After SIGKILL, the program's exit is enough: a child that
         * escaped into a session of its own may hold the pipe for ever. */
        if (eof || killed_at == INT64_MAX / 2) {
            pid_t w = waitpid(pid, &status, WNOHANG);
            if (w == pid)
                break;
            if (w < 0 && errno != EINTR) {
                rv = -errno;
                goto out;
            }
        }
        if (!killed_at && now >= deadline) {
            res->timed_out = true;
            kill_group(pid, SIGTERM);
            killed_at = now;
        } else if (killed_at && now >= killed_at + KILL_GRACE_MS) {
            kill_group(pid, SIGKILL);
            killed_at = INT64_MAX / 2; /* once */
        }
        wait_ms = eof ? 10 : 100;
        if (!eof) {
            struct pollfd p = {pipefd[0], POLLIN, 0};
            if (poll(&p, 1, wait_ms) > 0) {
                char buf[512];
                ssize_t r = read(pipefd[0], buf, sizeof(buf));
                if (r > 0) {
                    size_t room = sizeof(res->output) - 1 - res->output_len;
                    size_t n = (size_t)r < room ? (size_t)r : room;
                    memcpy(res->output + res->output_len, buf, n);
                    res->output_len += n;
                    res->output[res->output_len] = 0;
                } else if (r == 0 || (r < 0 && errno != EINTR)) {
                    eof = true; /* the program (and its children) closed */
                }
            }
        } else {
            poll(NULL, 0, wait_ms); /* closed its output; wait for exit */
        }
    }
    if (WIFEXITED(status))
        res->exit_code = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        res->signal = WTERMSIG(status);
    rv = 0;
    if (res->timed_out)
        MDSHM_LOG(MDSHM_LOG_ERR, -ETIMEDOUT,
                  "%s did not finish within %u ms and was killed", argv[0],
                  timeout_ms);
out:
    close(pipefd[0]);
    if (rv < 0 && pid > 0) {
        kill_group(pid, SIGKILL);
        waitpid(pid, NULL, 0);
    }
    return rv;
}

bool mdshm__cmd_ok(const mdshm__cmd_result_t *res)
{
    return !res->timed_out && res->signal == 0 && res->exit_code == 0;
}
