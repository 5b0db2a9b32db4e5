/* fault_guard.c -- a command that faults on a damaged store says so.
 *
 * LMDB has no page checksums and follows the offsets and page numbers it
 * finds inside pages: a page scribbled over can make it read outside the
 * page (SIGSEGV) or past the end of the file (SIGBUS).  The library checks
 * what it can before mapping (meta pages, file size: MDSHM_EDAMAGED); for
 * damage inside pages, a command that faults while a store is open prints
 * what happened and exits 3 (damaged) instead of dumping core.  Only
 * async-signal-safe calls in the handler. */
#include "cli.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

static const char *guard_dir;

static void say(const char *s)
{
    ssize_t r = write(STDERR_FILENO, s, strlen(s));
    (void)r;
}

static void on_fault(int sig)
{
    say("mdshm: fatal ");
    say(sig == SIGBUS ? "SIGBUS" : "SIGSEGV");
    say(" while reading store ");
    say(guard_dir ? guard_dir : "?");
    say(": its pages are most likely damaged (LMDB has no "
        "checksums); run mdshm check, restore from backup (see "
        "docs/operations.md)\n");
    _exit(CLI_EXIT_CORRUPT);
}

void cli_fault_guard(const char *store_dir)
{
    struct sigaction sa;

    guard_dir = store_dir;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_fault;
    sa.sa_flags = SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGSEGV, &sa, NULL);
}
