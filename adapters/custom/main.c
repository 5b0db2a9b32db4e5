/* main.c -- mdshm-example-server: a prefork HTTPS server in plain C and
 * OpenSSL that gets its certificates from mdshm (docs/custom.md).
 *
 *   mdshm-example-server [--conf FILE] [--store DIR] [--listen ADDR:PORT]
 *       [--http-listen ADDR:PORT] [--workers N] [--pid-file FILE]
 *       [--drive workers|process|none] [--status] [--cert F --key F]
 *       [--static --cert F --key F] [--user USER] [-v]
 *
 * With --user (started as root), the parent binds, creates the store for
 * USER (mdshm_tls_opts_t.owner) and forks workers (and the drive process)
 * that switch to USER before they attach: the leader, and the hooks it
 * runs, run as USER too.
 *
 * The parent initialises mdshm (mdshm_tls_init), opens the listening
 * sockets, forks N workers (each attaches and serves) and restarts any that
 * dies.  When ready it prints one line on stdout:
 *   READY pid=PID https=PORT http=PORT
 * SIGTERM or SIGINT stop every worker (and the drive process), then the
 * parent exits 0.  Exit 1 on a start-up error, 2 on bad usage.
 */
#include "server.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

volatile sig_atomic_t g_stop;

static void usage(FILE *f)
{
    fprintf(f,
            "usage: mdshm-example-server [--conf FILE] [--store DIR]\n"
            "         [--listen ADDR:PORT] [--http-listen ADDR:PORT]\n"
            "         [--workers N] [--pid-file FILE]\n"
            "         [--drive workers|process|none] [--status]\n"
            "         [--cert FILE --key FILE] [--static] [--user USER]\n"
            "         [-v]\n");
}

static int parse_args(int argc, char **argv, options_t *o)
{
    memset(o, 0, sizeof(*o));
    o->listen = "127.0.0.1:8443";
    o->workers = 4;
    o->drive = DRIVE_WORKERS;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define VAL()                                                                 \
    do {                                                                      \
        if (!v) {                                                             \
            fprintf(stderr, "mdshm-example-server: %s needs a value\n", a);   \
            return -1;                                                        \
        }                                                                     \
        i++;                                                                  \
    } while (0)
        if (strcmp(a, "--conf") == 0) {
            VAL();
            o->conf = v;
        } else if (strcmp(a, "--store") == 0) {
            VAL();
            o->store = v;
        } else if (strcmp(a, "--listen") == 0) {
            VAL();
            o->listen = v;
        } else if (strcmp(a, "--http-listen") == 0) {
            VAL();
            o->http_listen = v;
        } else if (strcmp(a, "--workers") == 0) {
            char *end;
            VAL();
            unsigned long n = strtoul(v, &end, 10);
            if (*end || n < 1 || n > MAX_WORKERS) {
                fprintf(stderr, "mdshm-example-server: --workers: 1..%d\n",
                        MAX_WORKERS);
                return -1;
            }
            o->workers = (unsigned)n;
        } else if (strcmp(a, "--pid-file") == 0) {
            VAL();
            o->pid_file = v;
        } else if (strcmp(a, "--drive") == 0) {
            VAL();
            if (strcmp(v, "workers") == 0)
                o->drive = DRIVE_WORKERS;
            else if (strcmp(v, "process") == 0)
                o->drive = DRIVE_PROCESS;
            else if (strcmp(v, "none") == 0)
                o->drive = DRIVE_NONE;
            else {
                fprintf(stderr, "mdshm-example-server: --drive: workers, "
                                "process or none, not '%s'\n", v);
                return -1;
            }
        } else if (strcmp(a, "--status") == 0) {
            o->status = true;
        } else if (strcmp(a, "--cert") == 0) {
            VAL();
            o->cert = v;
        } else if (strcmp(a, "--key") == 0) {
            VAL();
            o->key = v;
        } else if (strcmp(a, "--static") == 0) {
            o->static_only = true;
        } else if (strcmp(a, "--user") == 0) {
            VAL();
            o->user = v;
        } else if (strcmp(a, "-v") == 0) {
            o->verbose++;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            exit(0);
        } else {
            fprintf(stderr, "mdshm-example-server: unknown option %s\n", a);
            return -1;
        }
#undef VAL
    }
    if (!o->cert != !o->key) {
        fprintf(stderr, "mdshm-example-server: --cert and --key go together\n");
        return -1;
    }
    if (o->static_only && !o->cert) {
        fprintf(stderr, "mdshm-example-server: --static needs --cert and "
                        "--key\n");
        return -1;
    }
    if (!o->static_only && !o->conf && !o->store) {
        fprintf(stderr, "mdshm-example-server: give --conf or --store\n");
        return -1;
    }
    if (!o->static_only && !o->conf && o->drive != DRIVE_NONE) {
        fprintf(stderr, "mdshm-example-server: the drive needs --conf "
                        "(or use --drive none)\n");
        return -1;
    }
    return 0;
}

/* A non-blocking listening socket on "ADDR:PORT" (IPv4 or [IPv6]). */
static int listen_on(const char *spec, unsigned *port_out)
{
    struct sockaddr_storage ss;
    socklen_t sl;
    char host[128];
    const char *colon = strrchr(spec, ':');
    unsigned long port;
    char *end;
    int fd, one = 1;

    memset(&ss, 0, sizeof(ss));
    if (!colon || (size_t)(colon - spec) >= sizeof(host))
        goto bad;
    memcpy(host, spec, (size_t)(colon - spec));
    host[colon - spec] = '\0';
    port = strtoul(colon + 1, &end, 10);
    if (*end || port > 65535 || colon[1] == '\0')
        goto bad;
    if (host[0] == '[' && host[strlen(host) - 1] == ']') {
        struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&ss;
        host[strlen(host) - 1] = '\0';
        if (inet_pton(AF_INET6, host + 1, &s6->sin6_addr) != 1)
            goto bad;
        s6->sin6_family = AF_INET6;
        s6->sin6_port = htons((uint16_t)port);
        sl = sizeof(*s6);
    } else {
        struct sockaddr_in *s4 = (struct sockaddr_in *)&ss;
        if (inet_pton(AF_INET, host, &s4->sin_addr) != 1)
            goto bad;
        s4->sin_family = AF_INET;
        s4->sin_port = htons((uint16_t)port);
        sl = sizeof(*s4);
    }
    fd = socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0 ||
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0 ||
        bind(fd, (struct sockaddr *)&ss, sl) < 0 || listen(fd, 512) < 0) {
        fprintf(stderr, "mdshm-example-server: listen %s: %s\n", spec,
                strerror(errno));
        if (fd >= 0)
            close(fd);
        return -1;
    }
    sl = sizeof(ss);
    getsockname(fd, (struct sockaddr *)&ss, &sl);
    *port_out = ntohs(ss.ss_family == AF_INET6
                          ? ((struct sockaddr_in6 *)&ss)->sin6_port
                          : ((struct sockaddr_in *)&ss)->sin_port);
    return fd;
bad:
    fprintf(stderr, "mdshm-example-server: not ADDR:PORT: '%s'\n", spec);
    return -1;
}

/* ---- supervision --------------------------------------------------------- */

typedef struct child {
    pid_t pid;
    time_t started;
    unsigned quick_deaths; /* in a row, each within QUICK_DEATH_S */
} child_t;

#define QUICK_DEATH_S 10
#define MAX_RESTART_DELAY_S 32

/* Seconds from a child's start to its restart: 1, then doubling up to 32
 * while it keeps dying young (a persistent error, a damaged store), so
 * that the parent never forks in a loop. */
static time_t restart_delay(const child_t *c)
{
    unsigned n = c->quick_deaths < 6 ? c->quick_deaths : 5;
    time_t d = (time_t)1 << n;
    return d > MAX_RESTART_DELAY_S ? MAX_RESTART_DELAY_S : d;
}

static void reaped(child_t *c)
{
    c->pid = 0;
    if (time(NULL) - c->started < QUICK_DEATH_S)
        c->quick_deaths++;
    else
        c->quick_deaths = 0;
}

/* --user: resolve USER in the parent (which must be root). */
static int resolve_user(server_t *s)
{
    struct passwd *pw;

    if (!s->o.user)
        return 0;
    if (geteuid() != 0) {
        fprintf(stderr, "mdshm-example-server: --user needs root\n");
        return -1;
    }
    if (!(pw = getpwnam(s->o.user))) {
        fprintf(stderr, "mdshm-example-server: --user: no user '%s'\n",
                s->o.user);
        return -1;
    }
    s->uid = pw->pw_uid;
    s->gid = pw->pw_gid;
    return 0;
}

/* In a child, before it touches the store: become --user for good
 * (groups first: setuid gives up the right to change them). */
static int drop_privileges(const server_t *s)
{
    if (!s->o.user)
        return 0;
    if (initgroups(s->o.user, s->gid) < 0 || setgid(s->gid) < 0 ||
        setuid(s->uid) < 0) {
        fprintf(stderr, "mdshm-example-server: cannot switch to %s: %s\n",
                s->o.user, strerror(errno));
        return -1;
    }
    return 0;
}

static child_t g_workers[MAX_WORKERS];
static child_t g_drive;

static pid_t spawn(server_t *s, int slot, sigset_t *old)
{
    pid_t pid = fork();

    if (pid == 0) {
        int rc;
        /* first: a change of user clears the parent-death signal */
        if (drop_privileges(s) < 0)
            _exit(1);
        /* a parent killed without a chance to stop us takes us along */
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        sigprocmask(SIG_SETMASK, old, NULL);
        rc = slot < 0 ? drive_process_main(s) : worker_main(s, (unsigned)slot);
        fflush(NULL);
        _exit(rc);
    }
    if (pid < 0)
        fprintf(stderr, "mdshm-example-server: fork: %s\n", strerror(errno));
    return pid;
}

static void describe_exit(const char *what, unsigned slot, pid_t pid, int st)
{
    if (WIFSIGNALED(st))
        fprintf(stderr, "mdshm-example-server: %s %u (pid %d) killed by "
                        "signal %d\n", what, slot, (int)pid, WTERMSIG(st));
    else
        fprintf(stderr, "mdshm-example-server: %s %u (pid %d) exited %d\n",
                what, slot, (int)pid, WEXITSTATUS(st));
}

/* Send SIGTERM to the children for which @pick is true; wait for them
 * (SIGKILL after 10 s). */
static void stop_some(bool (*pick)(pid_t pid, int64_t leader),
                      int64_t leader)
{
    struct timespec t0, now;
    int left = 0;

    for (unsigned i = 0; i < MAX_WORKERS; i++)
        if (g_workers[i].pid > 0 && pick(g_workers[i].pid, leader) &&
            kill(g_workers[i].pid, SIGTERM) == 0)
            left++;
    if (g_drive.pid > 0 && pick(g_drive.pid, leader) &&
        kill(g_drive.pid, SIGTERM) == 0)
        left++;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    while (left > 0) {
        int st;
        pid_t p = waitpid(-1, &st, WNOHANG);
        if (p > 0) {
            for (unsigned i = 0; i < MAX_WORKERS; i++)
                if (g_workers[i].pid == p)
                    g_workers[i].pid = 0;
            if (g_drive.pid == p)
                g_drive.pid = 0;
            left--;
            continue;
        }
        if (p < 0 && errno == ECHILD)
            break;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec - t0.tv_sec >= 10) {
            for (unsigned i = 0; i < MAX_WORKERS; i++)
                if (g_workers[i].pid > 0 && pick(g_workers[i].pid, leader))
                    kill(g_workers[i].pid, SIGKILL);
            if (g_drive.pid > 0 && pick(g_drive.pid, leader))
                kill(g_drive.pid, SIGKILL);
        }
        struct timespec ts = {0, 20 * 1000 * 1000};
        nanosleep(&ts, NULL); /* shutdown only: waiting for children */
    }
}

static bool not_leader(pid_t pid, int64_t leader)
{
    return pid != leader;
}

static bool any(pid_t pid, int64_t leader)
{
    (void)pid;
    (void)leader;
    return true;
}

/* Stop every child, the leader last: a candidate still running when the
 * leader steps down would take over only to stop in turn. */
static void stop_children(server_t *s)
{
    int64_t leader = 0;

    if (s->tls && mdshm_tls_leader_pid(s->tls, &leader) == 0 && leader > 0)
        stop_some(not_leader, leader);
    stop_some(any, 0);
}

static int supervise(server_t *s, sigset_t *old)
{
    sigset_t set;

    sigemptyset(&set);
    sigaddset(&set, SIGCHLD);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    for (;;) {
        struct timespec tmo = {1, 0};
        siginfo_t si;
        int sig = sigtimedwait(&set, &si, &tmo);
        int st;
        pid_t p;

        if (sig == SIGTERM || sig == SIGINT)
            break;
        while ((p = waitpid(-1, &st, WNOHANG)) > 0) {
            for (unsigned i = 0; i < s->o.workers; i++) {
                if (g_workers[i].pid == p) {
                    describe_exit("worker", i, p, st);
                    reaped(&g_workers[i]);
                }
            }
            if (g_drive.pid == p) {
                describe_exit("drive process", 0, p, st);
                reaped(&g_drive);
            }
        }
        /* restart the dead, after restart_delay(): no fork loop */
        time_t now = time(NULL);
        for (unsigned i = 0; i < s->o.workers; i++) {
            if (g_workers[i].pid == 0 &&
                now - g_workers[i].started >= restart_delay(&g_workers[i])) {
                g_workers[i].pid = spawn(s, (int)i, old);
                g_workers[i].started = now;
            }
        }
        if (s->tls && s->o.drive == DRIVE_PROCESS && g_drive.pid == 0 &&
            now - g_drive.started >= restart_delay(&g_drive)) {
            g_drive.pid = spawn(s, -1, old);
            g_drive.started = now;
        }
    }
    stop_children(s);
    return 0;
}

int main(int argc, char **argv)
{
    server_t s;
    sigset_t block, old;
    unsigned https_port = 0, http_port = 0;
    int rv;

    memset(&s, 0, sizeof(s));
    s.http_fd = -1;
    if (parse_args(argc, argv, &s.o) < 0) {
        usage(stderr);
        return 2;
    }
    mdshm_set_default_log_level(s.o.verbose >= 2   ? MDSHM_LOG_DEBUG
                                : s.o.verbose == 1 ? MDSHM_LOG_INFO
                                                   : MDSHM_LOG_WARN);
    if (resolve_user(&s) < 0)
        return 1;
    if (!s.o.static_only) {
        mdshm_tls_opts_t to = {0};
        to.conf_path = s.o.conf;
        to.store_dir = s.o.store;
        to.candidate = s.o.drive != DRIVE_NONE;
        to.owner = s.o.user; /* the store is made for the workers' user */
        rv = mdshm_tls_init(&to, &s.tls);
        if (rv < 0) {
            fprintf(stderr, "mdshm-example-server: mdshm: %s\n",
                    mdshm_strerror(rv));
            return 1;
        }
    }
    s.https_fd = listen_on(s.o.listen, &https_port);
    if (s.https_fd < 0)
        return 1;
    if (s.o.http_listen &&
        (s.http_fd = listen_on(s.o.http_listen, &http_port)) < 0)
        return 1;
    /* signals are taken synchronously by the supervisor loop */
    sigemptyset(&block);
    sigaddset(&block, SIGCHLD);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGINT);
    sigprocmask(SIG_BLOCK, &block, &old);
    signal(SIGPIPE, SIG_IGN);

    time_t now = time(NULL);
    if (s.o.drive == DRIVE_PROCESS && s.tls) {
        g_drive.pid = spawn(&s, -1, &old);
        g_drive.started = now;
    }
    for (unsigned i = 0; i < s.o.workers; i++) {
        g_workers[i].pid = spawn(&s, (int)i, &old);
        g_workers[i].started = now;
    }
    if (s.o.pid_file) {
        FILE *f = fopen(s.o.pid_file, "we");
        if (!f || fprintf(f, "%d\n", (int)getpid()) < 0 || fclose(f) != 0) {
            fprintf(stderr, "mdshm-example-server: %s: %s\n", s.o.pid_file,
                    strerror(errno));
            stop_children(&s);
            return 1;
        }
    }
    printf("READY pid=%d https=%u http=%u\n", (int)getpid(), https_port,
           http_port);
    fflush(stdout);
    supervise(&s, &old);
    if (s.o.pid_file)
        unlink(s.o.pid_file);
    mdshm_tls_free(s.tls);
    return 0;
}
