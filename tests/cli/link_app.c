/* link_app.c -- the smallest program on the public API, built by
 * test_install.sh from an installed tree with nothing but
 * "pkg-config --cflags --libs [--static] mdshm": opens (creates) a store in
 * the directory named by argv[1] and reads it.  Prints what it found; exit
 * status 0 when every call answered as a new store must. */
#include <mdshm.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    mdshm_store_opts_t opts = { .create = true };
    mdshm_store_t *st = NULL;
    mdshm_reader_t *rd = NULL;
    mdshm_buf_t md;
    uint64_t gen = 1;
    int rv, status = 1;

    if (argc != 2) {
        fprintf(stderr, "usage: link_app STORE_DIR\n");
        return 2;
    }
    printf("version %s\n", MDSHM_VERSION);
    printf("strerror(ENOTFOUND): %s\n", mdshm_strerror(MDSHM_ENOTFOUND));
    rv = mdshm_store_open(argv[1], &opts, &st);
    if (rv < 0) {
        printf("store_open: %s\n", mdshm_strerror(rv));
        goto out;
    }
    printf("store %s\n", mdshm_store_dir(st));
    rv = mdshm_reader_create(st, &rd);
    if (rv < 0)
        goto out;
    rv = mdshm_read_begin(rd);
    if (rv < 0)
        goto out;
    rv = mdshm_read_gen(rd, &gen);
    if (rv < 0)
        goto out;
    printf("gen %llu\n", (unsigned long long)gen);
    rv = mdshm_lookup_sni(rd, "example.org", strlen("example.org"), &md, NULL);
    printf("lookup example.org: %s\n", mdshm_err_name(rv));
    mdshm_read_end(rd);
    status = (gen == 0 && rv == MDSHM_ENOTFOUND) ? 0 : 1;
out:
    if (rv < 0 && status)
        printf("error: %s\n", mdshm_strerror(rv));
    mdshm_reader_destroy(rd);
    mdshm_store_close(st);
    return status;
}
