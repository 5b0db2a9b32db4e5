/*
 * proc_util.h -- support for the multi-process tests in tests/proc.
 *
 * Header-only (static functions), included once by each test_*.c.
 *
 *  - TAP output: pu_ok() prints "ok N - ..." / "not ok N - ...", pu_diag()
 *    prints "# ..." lines, pu_done() prints the plan and gives the exit code.
 *  - Child processes: pu_fork() records every child in a global table.  At
 *    exit (atexit), on the overall alarm() timeout and on SIGINT/SIGTERM the
 *    main process SIGKILLs and reaps every child still recorded and removes
 *    the store directories made with pu_mkdtemp().  Children die with their
 *    parent (PR_SET_PDEATHSIG) and leave with _exit().
 *  - Pipes: pu_send() writes one line atomically (< PIPE_BUF), pu_recv()
 *    reads one line with a deadline (poll), so waiting is always bounded.
 *  - Test data: P-256 key + self-signed certificate pairs (DER, PKCS#8).
 *
 * Nothing here touches a store handle: every process opens its own store.
 */
#ifndef MDSHM_PROC_UTIL_H
#define MDSHM_PROC_UTIL_H

#include "internal.h" /* the store's write side and keys, not public */

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <openssl/sha.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#define PU_FN static __attribute__((unused))
#define PU_PRINTF(a, b) __attribute__((format(printf, a, b)))

#define PU_MAX_KIDS 64
#define PU_MAX_DIRS 8

static int pu_test_no;
static int pu_failures;
static pid_t pu_main_pid;
static const char *pu_name = "test";
static int pu_timeout_s;
/* Read by the signal handler: plain ints written only by the main flow. */
static volatile sig_atomic_t pu_kids[PU_MAX_KIDS];
static char pu_dirs[PU_MAX_DIRS][128];
static volatile sig_atomic_t pu_ndirs;

/* ---- time ------------------------------------------------------------- */

PU_FN int64_t pu_mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

PU_FN int64_t pu_mono_ms(void)
{
    return pu_mono_ns() / 1000000;
}

/* A short pause between two polls of a condition (never a "sleep and hope":
 * callers re-check the condition and give up at a deadline). */
PU_FN void pu_sleep_ms(unsigned ms)
{
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
        ;
}

/* ---- TAP -------------------------------------------------------------- */

PU_FN PU_PRINTF(1, 2) void pu_diag(const char *fmt, ...)
{
    char buf[1024];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    printf("# %s\n", buf);
    fflush(stdout);
}

PU_FN PU_PRINTF(2, 3) bool pu_ok(bool cond, const char *fmt, ...)
{
    char buf[512];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    pu_test_no++;
    if (!cond)
        pu_failures++;
    printf("%sok %d - %s\n", cond ? "" : "not ", pu_test_no, buf);
    fflush(stdout);
    return cond;
}

/* Print the plan; the exit status of main(). */
PU_FN int pu_done(void)
{
    printf("1..%d\n", pu_test_no);
    if (pu_failures)
        printf("# %s: %d of %d failed\n", pu_name, pu_failures, pu_test_no);
    fflush(stdout);
    return pu_failures ? 1 : 0;
}

/* mdshm error code as text for diagnostics. */
PU_FN const char *pu_err(int rv)
{
    return rv >= 0 ? "0" : mdshm_err_name(rv);
}

/* ---- children and cleanup --------------------------------------------- */

static bool pu_is_main(void)
{
    return getpid() == pu_main_pid;
}

static void pu_forget(pid_t pid)
{
    for (int i = 0; i < PU_MAX_KIDS; i++)
        if (pu_kids[i] == pid)
            pu_kids[i] = 0;
}

/* Async-signal-safe: SIGKILL and reap every recorded child. */
static void pu_kill_all_safe(void)
{
    for (int i = 0; i < PU_MAX_KIDS; i++)
        if (pu_kids[i] > 0)
            kill((pid_t)pu_kids[i], SIGKILL);
    for (int i = 0; i < PU_MAX_KIDS; i++) {
        if (pu_kids[i] > 0) {
            while (waitpid((pid_t)pu_kids[i], NULL, 0) < 0 && errno == EINTR)
                ;
            pu_kids[i] = 0;
        }
    }
}

/* Async-signal-safe removal of the store directories: fork + exec rm. */
static void pu_rm_dirs_safe(void)
{
    for (int i = 0; i < pu_ndirs; i++) {
        if (!pu_dirs[i][0])
            continue;
        pid_t p = fork();
        if (p == 0) {
            execl("/bin/rm", "rm", "-rf", pu_dirs[i], (char *)NULL);
            _exit(127);
        }
        if (p > 0)
            while (waitpid(p, NULL, 0) < 0 && errno == EINTR)
                ;
        pu_dirs[i][0] = 0;
    }
}

static void pu_on_signal(int sig)
{
    static const char msg_alarm[] = "not ok - overall timeout: killing "
                                    "children\nBail out! timeout\n";
    static const char msg_sig[] = "Bail out! interrupted\n";

    if (!pu_is_main())
        _exit(128 + sig);
    if (sig == SIGALRM) {
        if (write(1, msg_alarm, sizeof(msg_alarm) - 1) < 0) {
        }
    } else if (write(1, msg_sig, sizeof(msg_sig) - 1) < 0) {
    }
    pu_kill_all_safe();
    pu_rm_dirs_safe();
    _exit(sig == SIGALRM ? 3 : 128 + sig);
}

static int pu_rm_one(const char *path, const struct stat *sb, int flag,
                     struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

static void pu_atexit(void)
{
    if (!pu_is_main())
        return;
    pu_kill_all_safe();
    for (int i = 0; i < pu_ndirs; i++) {
        if (pu_dirs[i][0]) {
            nftw(pu_dirs[i], pu_rm_one, 16, FTW_DEPTH | FTW_PHYS);
            pu_dirs[i][0] = 0;
        }
    }
}

static void pu_log_sink(void *baton, mdshm_log_level_t level, int err,
                        const char *file, int line, const char *msg)
{
    (void)baton;
    (void)file;
    (void)line;
    fprintf(stderr, "[pid %ld] mdshm log %d%s%s: %s\n", (long)getpid(),
            (int)level, err ? " " : "", err ? mdshm_err_name(err) : "", msg);
}

/* Call first in main(): TAP setup, overall timeout, cleanup at exit. */
PU_FN void pu_init(const char *name, int timeout_s)
{
    struct sigaction sa;
    const char *lv = getenv("MDSHM_TEST_LOG_LEVEL");

    pu_name = name;
    pu_main_pid = getpid();
    pu_timeout_s = timeout_s;
    setvbuf(stdout, NULL, _IOLBF, 0);
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = pu_on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    atexit(pu_atexit);
    mdshm_set_default_log(pu_log_sink, NULL,
                          lv ? (mdshm_log_level_t)atoi(lv) : MDSHM_LOG_WARN);
    alarm((unsigned)timeout_s);
    pu_diag("%s: pid %ld, overall timeout %d s", name, (long)pu_main_pid,
            timeout_s);
}

/* A fresh 0700 directory under $TMPDIR, removed at exit. */
PU_FN const char *pu_mkdtemp(void)
{
    const char *tmp = getenv("TMPDIR");
    char *d;
    int i = pu_ndirs;

    if (i >= PU_MAX_DIRS)
        return NULL;
    snprintf(pu_dirs[i], sizeof(pu_dirs[i]), "%s/mdshm-proc-XXXXXX",
             tmp && *tmp && strlen(tmp) < 80 ? tmp : "/tmp");
    d = mkdtemp(pu_dirs[i]);
    if (!d)
        return NULL;
    chmod(d, 0700);
    pu_ndirs = i + 1;
    return d;
}

/* fork() that records the child.  In the child: no cleanup duties, dies
 * with the parent, default signal handling. */
PU_FN pid_t pu_fork(void)
{
    pid_t pid;

    fflush(NULL);
    pid = fork();
    if (pid < 0)
        return pid;
    if (pid == 0) {
        signal(SIGALRM, SIG_DFL);
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        for (int i = 0; i < PU_MAX_KIDS; i++)
            pu_kids[i] = 0;
        pu_ndirs = 0;
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != pu_main_pid)
            _exit(99); /* the parent died before prctl */
        /* a child outliving its test anyway dies on its own */
        alarm((unsigned)pu_timeout_s + 5);
        return 0;
    }
    for (int i = 0; i < PU_MAX_KIDS; i++) {
        if (pu_kids[i] == 0) {
            pu_kids[i] = pid;
            return pid;
        }
    }
    kill(pid, SIGKILL); /* table full: a test bug */
    waitpid(pid, NULL, 0);
    pu_diag("pu_fork: too many children");
    return -1;
}

/* Reap @pid within @timeout_ms; SIGKILL it if it does not exit.
 * Returns the wait status, or -1 if it had to be killed. */
PU_FN int pu_reap(pid_t pid, int timeout_ms)
{
    int64_t deadline = pu_mono_ms() + timeout_ms;
    int status = 0;
    pid_t r;

    if (pid <= 0)
        return -1;
    for (;;) {
        r = waitpid(pid, &status, WNOHANG);
        if (r == pid || (r < 0 && errno != EINTR))
            break;
        if (pu_mono_ms() >= deadline) {
            kill(pid, SIGKILL);
            while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
                ;
            pu_forget(pid);
            return -1;
        }
        pu_sleep_ms(2);
    }
    pu_forget(pid);
    return r == pid ? status : -1;
}

/* SIGKILL and reap one child. */
PU_FN void pu_kill_reap(pid_t pid)
{
    int status;

    if (pid <= 0)
        return;
    kill(pid, SIGKILL);
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    pu_forget(pid);
}

/* True if the child exited with status 0. */
PU_FN bool pu_exited_ok(int status)
{
    return status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* ---- line messages over pipes ----------------------------------------- */

typedef struct pu_lines {
    int fd;
    size_t len;
    bool eof;
    char buf[4096];
} pu_lines_t;

PU_FN void pu_lines_init(pu_lines_t *lr, int fd)
{
    memset(lr, 0, sizeof(*lr));
    lr->fd = fd;
}

/* One line (without '\n') into @out within @timeout_ms.
 * Returns 1 line, 0 timed out, -1 end of file (all writers gone). */
PU_FN int pu_recv(pu_lines_t *lr, char *out, size_t size, int timeout_ms)
{
    int64_t deadline = pu_mono_ms() + timeout_ms;
    bool polled = false;

    for (;;) {
        char *nl = memchr(lr->buf, '\n', lr->len);
        if (nl) {
            size_t n = (size_t)(nl - lr->buf);
            size_t c = n < size - 1 ? n : size - 1;
            memcpy(out, lr->buf, c);
            out[c] = 0;
            memmove(lr->buf, nl + 1, lr->len - n - 1);
            lr->len -= n + 1;
            return 1;
        }
        if (lr->eof)
            return -1;
        if (lr->len == sizeof(lr->buf))
            lr->len = 0; /* an over-long line: drop it */
        int64_t left = deadline - pu_mono_ms();
        if (left <= 0 && polled)
            return 0;
        if (left < 0)
            left = 0;
        polled = true; /* a zero timeout still looks once */
        struct pollfd pfd = {lr->fd, POLLIN, 0};
        int r = poll(&pfd, 1, (int)left);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            continue;
        ssize_t got = read(lr->fd, lr->buf + lr->len, sizeof(lr->buf) - lr->len);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            lr->eof = true;
        else
            lr->len += (size_t)got;
    }
}

/* Write one line atomically (lines are < PIPE_BUF). */
PU_FN PU_PRINTF(2, 3) int pu_send(int fd, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(buf, sizeof(buf) - 1, fmt, ap);
    va_end(ap);
    if (n < 0 || n >= (int)sizeof(buf) - 1)
        return -1;
    buf[n++] = '\n';
    for (;;) {
        ssize_t w = write(fd, buf, (size_t)n);
        if (w < 0 && errno == EINTR)
            continue;
        return w == n ? 0 : -1;
    }
}

/* A pipe whose read end is O_NONBLOCK-free and both ends CLOEXEC. */
PU_FN int pu_pipe(int fds[2])
{
    return pipe2(fds, O_CLOEXEC);
}

/* ---- stores ------------------------------------------------------------ */

/* Open (and with @create, initialise) the store in @dir for this process. */
PU_FN int pu_open(const char *dir, bool create, bool readonly,
                  unsigned maxreaders, size_t mapsize, mdshm_store_t **out)
{
    mdshm_store_opts_t o;

    memset(&o, 0, sizeof(o));
    o.create = create;
    o.readonly = readonly;
    o.maxreaders = maxreaders;
    o.mapsize = mapsize;
    return mdshm_store_open(dir, &o, out);
}

PU_FN mdshm_buf_t pu_buf(const char *s)
{
    mdshm_buf_t b = {(const uint8_t *)s, s ? strlen(s) : 0};
    return b;
}

PU_FN bool pu_buf_eq(mdshm_buf_t b, const void *p, size_t n)
{
    return b.n == n && (n == 0 || memcmp(b.p, p, n) == 0);
}

/* ---- test certificates ---------------------------------------------- */

typedef struct pu_pair {
    unsigned char *cert; /* DER */
    size_t cert_len;
    unsigned char *key;  /* PKCS#8 DER */
    size_t key_len;
    unsigned char sha256[32]; /* of the certificate DER */
    int64_t not_before, not_after;
} pu_pair_t;

/* A P-256 key and a self-signed certificate for @cn with SANs @san
 * ("DNS:a,DNS:b").  Returns 0 or -1. */
PU_FN int pu_gen_pair(const char *cn, const char *san, long serial,
                      pu_pair_t *out)
{
    EVP_PKEY *pk = NULL;
    X509 *x = NULL;
    X509_EXTENSION *ext = NULL;
    PKCS8_PRIV_KEY_INFO *p8 = NULL;
    unsigned char *p;
    int n, rv = -1;
    time_t now = time(NULL);

    memset(out, 0, sizeof(*out));
    pk = EVP_EC_gen("P-256");
    x = X509_new();
    if (!pk || !x)
        goto out;
    if (!X509_set_version(x, 2) ||
        !ASN1_INTEGER_set(X509_get_serialNumber(x), serial) ||
        !X509_time_adj_ex(X509_getm_notBefore(x), 0, -3600, &now) ||
        !X509_time_adj_ex(X509_getm_notAfter(x), 90, 0, &now) ||
        !X509_set_pubkey(x, pk))
        goto out;
    X509_NAME *name = X509_get_subject_name(x);
    if (!X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                    (const unsigned char *)cn, -1, -1, 0) ||
        !X509_set_issuer_name(x, name))
        goto out;
    if (san) {
        ext = X509V3_EXT_conf_nid(NULL, NULL, NID_subject_alt_name, san);
        if (!ext || !X509_add_ext(x, ext, -1))
            goto out;
    }
    if (!X509_sign(x, pk, EVP_sha256()))
        goto out;
    n = i2d_X509(x, NULL);
    if (n <= 0 || !(out->cert = malloc((size_t)n)))
        goto out;
    p = out->cert;
    out->cert_len = (size_t)i2d_X509(x, &p);
    p8 = EVP_PKEY2PKCS8(pk);
    if (!p8)
        goto out;
    n = i2d_PKCS8_PRIV_KEY_INFO(p8, NULL);
    if (n <= 0 || !(out->key = malloc((size_t)n)))
        goto out;
    p = out->key;
    out->key_len = (size_t)i2d_PKCS8_PRIV_KEY_INFO(p8, &p);
    SHA256(out->cert, out->cert_len, out->sha256);
    out->not_before = (int64_t)now - 3600;
    out->not_after = (int64_t)now + 90 * 86400;
    rv = 0;
out:
    PKCS8_PRIV_KEY_INFO_free(p8);
    X509_EXTENSION_free(ext);
    X509_free(x);
    EVP_PKEY_free(pk);
    if (rv < 0) {
        free(out->cert);
        free(out->key);
        memset(out, 0, sizeof(*out));
    }
    return rv;
}

PU_FN void pu_pair_free(pu_pair_t *p)
{
    free(p->cert);
    free(p->key);
    memset(p, 0, sizeof(*p));
}

/* Deterministic pseudo-random bytes (xorshift) for fake DER blobs. */
PU_FN void pu_fill(unsigned char *p, size_t n, uint64_t seed)
{
    uint64_t x = seed * 0x9E3779B97F4A7C15ull + 0x1234567ull;

    for (size_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        p[i] = (unsigned char)(x >> 24);
    }
}

/* ---- a probe record: jobs/probe = {last_detail: who, errors: n} ------- */

/* Which process wrote last, and a counter: lets tests see whose fenced
 * writes landed. */
struct probe {
    const char *who;
    uint32_t n;
};

PU_FN int probe_fn(mdshm__wtxn_t *w, void *baton)
{
    struct probe *p = baton;
    mdshm_record_t rec;

    memset(&rec, 0, sizeof(rec));
    rec.type = MDSHM_REC_JOB;
    rec.u.job.md = pu_buf("probe");
    rec.u.job.last_detail = pu_buf(p->who);
    rec.u.job.errors = p->n;
    return mdshm__w_put(w, MDSHM_DB_JOBS, "probe", 5, &rec);
}

/* Read jobs/probe: who (copied) and n.  0 or an error code. */
PU_FN int probe_read(mdshm_store_t *st, char *who, size_t size, uint32_t *n)
{
    mdshm_reader_t *rd = NULL;
    mdshm_record_t rec;
    int rv = mdshm_reader_create(st, &rd);

    who[0] = 0;
    *n = 0;
    if (rv < 0)
        return rv;
    rv = mdshm_read_begin(rd);
    if (rv == 0) {
        rv = mdshm_read_get(rd, MDSHM_DB_JOBS, "probe", 5, &rec);
        if (rv == 0) {
            snprintf(who, size, "%.*s", (int)rec.u.job.last_detail.n,
                     (const char *)rec.u.job.last_detail.p);
            *n = rec.u.job.errors;
        }
        mdshm_read_end(rd);
    }
    mdshm_reader_destroy(rd);
    return rv;
}

#endif
