/* fuzz.h -- what the fuzz targets share.
 *
 * Every tests/fuzz/fuzz_<name>.c defines LLVMFuzzerTestOneInput and is built
 * twice: with clang + libFuzzer by "make fuzz" (build-fuzz/fuzz_<name>), and
 * with the normal compiler + replay_main.c by "make check"
 * (build/fuzz/fuzz_<name>, which replays tests/fuzz/corpus/<name>/ and
 * tests/fuzz/regress/<name>/).  A target must not keep state between inputs
 * beyond one-time setup, and aborts (fuzz_require) on a broken invariant.
 */
#ifndef MDSHM_FUZZ_H
#define MDSHM_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "mdshm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned long long fuzz_bytes, fuzz_inputs;

/* With $FUZZ_STATS set (tests/fuzz/smoke.sh), the inputs and bytes tried
 * are written there at exit: libFuzzer itself counts only executions. */
static void fuzz_write_stats(void)
{
    const char *path = getenv("FUZZ_STATS");
    FILE *f = path && *path ? fopen(path, "w") : NULL;

    if (f) {
        fprintf(f, "%llu %llu\n", fuzz_inputs, fuzz_bytes);
        fclose(f);
    }
}

/* Call first for every input: counts it, and on the first one silences the
 * log (decode failures log at DEBUG or WARN; the fuzzer's stderr is for
 * its own findings). */
static inline void fuzz_begin(size_t size)
{
    static int done;

    if (!done) {
        mdshm_set_default_log(NULL, NULL, MDSHM_LOG_EMERG);
        atexit(fuzz_write_stats);
        done = 1;
    }
    fuzz_inputs++;
    fuzz_bytes += size;
}

#define fuzz_require(cond, ...)                                              \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: invariant broken: %s: ", __FILE__,       \
                    __LINE__, #cond);                                        \
            fprintf(stderr, __VA_ARGS__);                                    \
            fputc('\n', stderr);                                             \
            abort();                                                         \
        }                                                                    \
    } while (0)

/* A NUL-terminated malloc'ed copy of the input (parsers that take C
 * strings); NULL on OOM, which the target treats as "skip". */
static inline char *fuzz_cstr(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);

    if (s) {
        for (size_t i = 0; i < size; i++)
            s[i] = (char)data[i];
        s[size] = '\0';
    }
    return s;
}

#endif
