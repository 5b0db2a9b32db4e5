/*
 * replay_main.c -- a main() for the fuzz targets without libFuzzer: feed
 * every file named on the command line (directories: every regular file in
 * them, sorted) to LLVMFuzzerTestOneInput once.  "make check" builds each
 * target with it (build/fuzz/fuzz_<name>) and replays the seed corpus and
 * every crash ever found (tests/fuzz/regress/<name>/), with the sanitizers
 * when configured with them.
 *
 * Prints "replayed N inputs" and exits 0; a broken invariant aborts.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define REPLAY_MAX_INPUT (4u << 20) /* libFuzzer's default -max_len is far
                                       below; anything larger is a mistake */

static int replay_file(const char *path, unsigned long *count)
{
    FILE *f = fopen(path, "rb");
    uint8_t *buf = NULL;
    size_t n = 0;
    long len;
    int rv = -1;

    if (!f) {
        fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
        return -1;
    }
    if (fseek(f, 0, SEEK_END) || (len = ftell(f)) < 0 ||
        (unsigned long)len > REPLAY_MAX_INPUT || fseek(f, 0, SEEK_SET)) {
        fprintf(stderr, "replay: %s: unreadable or over 4 MiB\n", path);
        goto out;
    }
    /* An exact-size copy, so ASan sees any read past the input. */
    if (!(buf = malloc(len ? (size_t)len : 1)) ||
        (n = fread(buf, 1, (size_t)len, f)) != (size_t)len) {
        fprintf(stderr, "replay: %s: short read\n", path);
        goto out;
    }
    fprintf(stderr, "replay: %s (%zu bytes)\n", path, n);
    LLVMFuzzerTestOneInput(buf, n);
    ++*count;
    rv = 0;
out:
    free(buf);
    fclose(f);
    return rv;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static int replay_path(const char *path, unsigned long *count)
{
    struct dirent **ents;
    struct stat st;
    int n, rv = 0;

    if (stat(path, &st)) {
        fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
        return -1;
    }
    if (!S_ISDIR(st.st_mode))
        return replay_file(path, count);
    if ((n = scandir(path, &ents, NULL, by_name)) < 0) {
        fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
        return -1;
    }
    for (int i = 0; i < n; i++) {
        char sub[4096];

        if (ents[i]->d_name[0] != '.' &&
            snprintf(sub, sizeof(sub), "%s/%s", path, ents[i]->d_name) <
                (int)sizeof(sub) &&
            !stat(sub, &st) && S_ISREG(st.st_mode) &&
            replay_file(sub, count))
            rv = -1;
        free(ents[i]);
    }
    free(ents);
    return rv;
}

int main(int argc, char **argv)
{
    unsigned long count = 0;
    int rv = 0;

    for (int i = 1; i < argc; i++)
        if (replay_path(argv[i], &count))
            rv = 1;
    printf("replayed %lu inputs\n", count);
    return rv;
}
