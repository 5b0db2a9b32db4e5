/* torture.c -- allocation-failure torture for the unit tests.
 *
 * Linked into every unit test program and inert unless MDSHM_TORTURE_TEST
 * names one cmocka test of the program (tests/torture.sh drives it; see
 * docs/testing.md).  Then:
 *  - only that test runs (its setup and teardown, the group's too);
 *  - the allocations made while its body runs are counted, in every thread:
 *    malloc, calloc, realloc, reallocarray, strdup, strndup, posix_memalign,
 *    aligned_alloc and memalign, interposed here in the executable so that
 *    OpenSSL's, LMDB's, jansson's, msgpack's and libcurl's count too;
 *  - MDSHM_TORTURE_FAIL=N makes the N-th of them return NULL (errno ENOMEM),
 *    and with MDSHM_TORTURE_AFTER=1 every one after it as well;
 *  - cmocka's handlers for SIGSEGV and the like are not installed, so that
 *    a crash gets the sanitizer's report (or kills the program);
 *  - on a failed assertion (cmocka longjmps out of the body) LeakSanitizer,
 *    when linked in, looks for leaks while the test's own objects are still
 *    reachable from its frame, so that only what the library lost counts;
 *    after a test that passed it looks once more, after the teardown;
 *  - MDSHM_TORTURE_BT=1 prints the stack of the (first) failed allocation,
 *    in a sanitizer build: to find what failed in a run that went wrong;
 *  - the last line on stderr is "torture: allocations=K failed=0|1".
 * Setup allocations are not counted: failing them only fails the setup;
 * nor are OpenSSL's and glibc's NSS one-time set-ups, done before the test
 * starts, nor a new thread's own (pthread_create is interposed too). */
#include <dlfcn.h>
#include <pthread.h>
#include <pwd.h>
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>

#include "torture.h"

/* LeakSanitizer's interface, when the build has it (weak: NULL otherwise). */
int __lsan_do_recoverable_leak_check(void) __attribute__((weak));
void __sanitizer_print_stack_trace(void) __attribute__((weak));

/* The build hides every symbol (-fvisibility=hidden); these must be seen
 * by the shared libraries to interpose theirs. */
#define INTERPOSE __attribute__((visibility("default")))
/* The allocator runs before the sanitizers have mapped their shadow memory
 * (their own start-up allocates): it must not be instrumented. */
#define NO_SAN __attribute__((no_sanitize("address", "undefined")))

static atomic_bool armed;
static atomic_long counted;
static atomic_bool failed;
static atomic_long fail_at; /* 0: count only */
static bool fail_after; /* fail every allocation after fail_at too */
static bool show_stack; /* MDSHM_TORTURE_BT: where the failure is */

/* The real allocator (libc's, or the sanitizer's in front of it). */
static void *(*real_malloc)(size_t);
static void *(*real_calloc)(size_t, size_t);
static void *(*real_realloc)(void *, size_t);
static void (*real_free)(void *);
static int (*real_posix_memalign)(void **, size_t, size_t);
static void *(*real_aligned_alloc)(size_t, size_t);
static void *(*real_memalign)(size_t, size_t);
typedef void longjmp_fn(struct __jmp_buf_tag *, int);
static longjmp_fn *real_longjmp_chk;
typedef int group_fn(const char *, const struct CMUnitTest *const, size_t,
                     CMFixtureFunction, CMFixtureFunction);
static group_fn *real_group;

/* dlsym() may allocate before the real allocator is known: from here. */
static _Alignas(max_align_t) char boot[4096];
static size_t boot_used;
static bool resolving;

NO_SAN static bool in_boot(const void *p)
{
    return (const char *)p >= boot && (const char *)p < boot + sizeof(boot);
}

NO_SAN static void *boot_alloc(size_t n)
{
    size_t a = _Alignof(max_align_t);
    size_t at = (boot_used + a - 1) / a * a;

    if (n > sizeof(boot) - at)
        return NULL;
    boot_used = at + n;
    return boot + at;
}

NO_SAN static void resolve(void)
{
    resolving = true;
    real_malloc = (void *(*)(size_t))dlsym(RTLD_NEXT, "malloc");
    real_calloc = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "calloc");
    real_realloc = (void *(*)(void *, size_t))dlsym(RTLD_NEXT, "realloc");
    real_free = (void (*)(void *))dlsym(RTLD_NEXT, "free");
    real_posix_memalign = (int (*)(void **, size_t, size_t))dlsym(
        RTLD_NEXT, "posix_memalign");
    real_aligned_alloc =
        (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "aligned_alloc");
    real_memalign = (void *(*)(size_t, size_t))dlsym(RTLD_NEXT, "memalign");
    resolving = false;
}

/* Allocations count only in the threads that run the test: the main one
 * and those started through pthread_create() below once they run their
 * function.  Before that, a new thread allocates for itself (ASan's
 * thread start does, and stops the program if that fails). */
static __thread bool test_thread;

/* Count one allocation; true if it must fail. */
NO_SAN static bool fail_this(void)
{
    long n;

    if (!atomic_load_explicit(&armed, memory_order_relaxed) || !test_thread)
        return false;
    n = atomic_fetch_add(&counted, 1) + 1;
    if (fail_at == 0 || n < fail_at || (n > fail_at && !fail_after))
        return false;
    if (show_stack && !atomic_load(&failed) &&
        __sanitizer_print_stack_trace) {
        fprintf(stderr, "torture: allocation %ld fails here:\n", n);
        __sanitizer_print_stack_trace();
    }
    atomic_store(&failed, true);
    errno = ENOMEM;
    return true;
}

INTERPOSE NO_SAN void *malloc(size_t n)
{
    if (!real_malloc) {
        if (resolving)
            return boot_alloc(n);
        resolve();
    }
    if (fail_this())
        return NULL;
    return real_malloc(n);
}

INTERPOSE NO_SAN void *calloc(size_t k, size_t n)
{
    if (!real_calloc) {
        if (resolving) {
            void *p = (n && k > SIZE_MAX / n) ? NULL : boot_alloc(k * n);
            return p; /* boot is zeroed and never reused */
        }
        resolve();
    }
    if (fail_this())
        return NULL;
    return real_calloc(k, n);
}

INTERPOSE NO_SAN void free(void *p)
{
    if (!p || in_boot(p))
        return;
    if (!real_free)
        resolve();
    real_free(p);
}

INTERPOSE NO_SAN void *realloc(void *p, size_t n)
{
    if (!real_realloc)
        resolve();
    if (in_boot(p)) {
        void *q = malloc(n);
        if (q)
            memcpy(q, p, n < sizeof(boot) ? n : sizeof(boot));
        return q;
    }
    /* realloc(p, 0) frees: not an allocation that can fail. */
    if ((p == NULL || n > 0) && fail_this())
        return NULL;
    return real_realloc(p, n);
}

INTERPOSE NO_SAN void *reallocarray(void *p, size_t k, size_t n)
{
    if (n && k > SIZE_MAX / n) {
        errno = ENOMEM;
        return NULL;
    }
    return realloc(p, k * n);
}

INTERPOSE NO_SAN char *strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);

    if (d)
        memcpy(d, s, n);
    return d;
}

INTERPOSE NO_SAN char *strndup(const char *s, size_t max)
{
    size_t n = strnlen(s, max);
    char *d = malloc(n + 1);

    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

INTERPOSE NO_SAN int posix_memalign(void **out, size_t align, size_t n)
{
    if (!real_posix_memalign)
        resolve();
    if (fail_this())
        return ENOMEM;
    return real_posix_memalign(out, align, n);
}

INTERPOSE NO_SAN void *aligned_alloc(size_t align, size_t n)
{
    if (!real_aligned_alloc)
        resolve();
    if (fail_this())
        return NULL;
    return real_aligned_alloc(align, n);
}

INTERPOSE NO_SAN void *memalign(size_t align, size_t n)
{
    if (!real_memalign)
        resolve();
    if (fail_this())
        return NULL;
    return real_memalign(align, n);
}

long torture_fail_nth(long n)
{
    long was;

    test_thread = true;
    show_stack = getenv("MDSHM_TORTURE_BT") != NULL;
    atomic_store(&armed, false);
    was = atomic_exchange(&counted, 0);
    atomic_store(&failed, false);
    fail_after = false;
    atomic_store(&fail_at, n);
    if (n > 0)
        atomic_store(&armed, true);
    return was;
}

struct thread_start {
    void *(*fn)(void *);
    void *arg;
};

static void *thread_start(void *p)
{
    struct thread_start t = *(struct thread_start *)p;

    real_free(p);
    test_thread = true;
    return t.fn(t.arg);
}

INTERPOSE int pthread_create(pthread_t *th, const pthread_attr_t *attr,
                             void *(*fn)(void *), void *arg)
{
    static int (*real_create)(pthread_t *, const pthread_attr_t *,
                              void *(*)(void *), void *);
    struct thread_start *t;
    int rv;

    if (!real_create)
        real_create = (int (*)(pthread_t *, const pthread_attr_t *,
                               void *(*)(void *), void *))dlsym(
            RTLD_NEXT, "pthread_create");
    if (!real_malloc)
        resolve();
    if (!(t = real_malloc(sizeof(*t))))
        return EAGAIN;
    t->fn = fn;
    t->arg = arg;
    rv = real_create(th, attr, thread_start, t);
    if (rv != 0)
        real_free(t);
    return rv;
}

/* --- the test under torture ------------------------------------------- */

static CMUnitTestFunction body;
static bool assertion_failed;
static bool leak_found;

static void leak_check(const char *when)
{
    if (!__lsan_do_recoverable_leak_check || leak_found)
        return;
    if (__lsan_do_recoverable_leak_check()) {
        leak_found = true;
        fprintf(stderr, "torture: leak (%s)\n", when);
    }
}

/* cmocka leaves a failed test's body with longjmp (glibc's checked one):
 * look for leaks before the body's frame, which still holds the test's
 * objects, is gone. */
void __longjmp_chk(struct __jmp_buf_tag env[1], int val)
    __attribute__((noreturn));
INTERPOSE void __longjmp_chk(struct __jmp_buf_tag env[1], int val)
{
    if (atomic_exchange(&armed, false)) {
        assertion_failed = true;
        leak_check("at the failed assertion");
    }
    if (!real_longjmp_chk)
        real_longjmp_chk = (longjmp_fn *)dlsym(RTLD_NEXT, "__longjmp_chk");
    real_longjmp_chk(env, val);
    __builtin_unreachable();
}

/* cmocka turns a crash into a failed test, without a stack: under torture
 * the sanitizer's handler (or the default action) keeps the signal. */
typedef void (*sighandler_fn)(int);
INTERPOSE sighandler_fn signal(int sig, sighandler_fn fn)
{
    static sighandler_fn (*real_signal)(int, sighandler_fn);

    if (getenv("MDSHM_TORTURE_TEST") &&
        (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE))
        return SIG_DFL;
    if (!real_signal)
        real_signal = (sighandler_fn (*)(int, sighandler_fn))dlsym(
            RTLD_NEXT, "signal");
    return real_signal(sig, fn);
}

static void run_body(void **state)
{
    atomic_store(&armed, true);
    body(state);
    atomic_store(&armed, false);
}

/* One line per corrupt record, "torture: corrupt record DB KEY" (bytes
 * outside printable ASCII as %XX): the driver compares them with the clean
 * run's, since some tests store corrupt records on purpose. */
static void print_corrupt(void *baton, mdshm_db_t db, mdshm_buf_t key,
                          int err)
{
    const unsigned char *k = key.p;

    (void)baton;
    (void)err;
    fprintf(stderr, "torture: corrupt record %d ", (int)db);
    for (size_t i = 0; i < key.n; i++) {
        if (k[i] > ' ' && k[i] < 0x7f && k[i] != '%')
            fputc(k[i], stderr);
        else
            fprintf(stderr, "%%%02X", k[i]);
    }
    fputc('\n', stderr);
}

void torture_check_store(mdshm_store_t *st)
{
    bool was_armed;
    int rv;

    if (!getenv("MDSHM_TORTURE_TEST") || !st)
        return;
    was_armed = atomic_exchange(&armed, false);
    rv = mdshm_store_check(st, print_corrupt, NULL, NULL, NULL);
    if (rv < 0 && rv != MDSHM_ECORRUPT)
        fprintf(stderr, "torture: store check failed: %s\n",
                mdshm_strerror(rv));
    atomic_store(&armed, was_armed);
}

/* cmocka_run_group_tests() in every test program lands here: with
 * MDSHM_TORTURE_LIST set, print the tests' names; with MDSHM_TORTURE_TEST,
 * run that one test with its body armed. */
INTERPOSE int _cmocka_run_group_tests(const char *group_name,
                            const struct CMUnitTest *const tests,
                            const size_t num_tests,
                            CMFixtureFunction group_setup,
                            CMFixtureFunction group_teardown)
{
    const char *name = getenv("MDSHM_TORTURE_TEST");
    const char *v;
    struct CMUnitTest one;
    unsigned char seed[16];
    struct passwd pw, *pwres;
    char pwbuf[1024];
    size_t i;
    int rv;

    if (!real_group)
        real_group = (group_fn *)dlsym(RTLD_NEXT, "_cmocka_run_group_tests");
    if (getenv("MDSHM_TORTURE_LIST")) {
        for (i = 0; i < num_tests; i++)
            printf("%s\n", tests[i].name);
        return 0;
    }
    if (!name)
        return real_group(group_name, tests, num_tests, group_setup,
                          group_teardown);
    for (i = 0; i < num_tests && strcmp(tests[i].name, name) != 0; i++)
        ;
    if (i == num_tests) {
        fprintf(stderr, "torture: no test named %s\n", name);
        return 1;
    }
    v = getenv("MDSHM_TORTURE_FAIL");
    fail_at = v ? strtol(v, NULL, 10) : 0;
    v = getenv("MDSHM_TORTURE_AFTER");
    fail_after = v && strcmp(v, "1") == 0;
    show_stack = getenv("MDSHM_TORTURE_BT") != NULL;
    /* OpenSSL's one-time set-up (the default library context, its locks,
     * the random generator) does not survive a failed allocation and is
     * done by any server at start: not what is tested here. */
    if (OPENSSL_init_ssl(0, NULL) != 1 || RAND_bytes(seed, sizeof(seed)) != 1)
        fprintf(stderr, "torture: OpenSSL did not start\n");
    /* Nor does glibc's NSS (its first lookup sets it up). */
    getpwuid_r(getuid(), &pw, pwbuf, sizeof(pwbuf), &pwres);
    test_thread = true;
    one = tests[i];
    body = one.test_func;
    one.test_func = run_body;
    rv = real_group(group_name, &one, 1, group_setup, group_teardown);
    if (!assertion_failed)
        leak_check("after the test");
    fprintf(stderr, "torture: allocations=%ld failed=%d\n",
            atomic_load(&counted), atomic_load(&failed) ? 1 : 0);
    return rv;
}
