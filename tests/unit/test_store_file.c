/* test_store_file.c -- mdshm_store_open on a damaged data.mdb
 * (shm/store_file.c): refused with MDSHM_EDAMAGED before LMDB maps it,
 * never initialized over; an empty file is a new store only while another
 * process holds LMDB's lock (a creator between creating the file and
 * writing its meta pages). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "store_int.h"

#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char dir[64], store[128], data[160], lock[160];

static int rm_one(const char *p, const struct stat *sb, int flag,
                  struct FTW *ftw)
{
    (void)sb, (void)flag, (void)ftw;
    return remove(p);
}

static int open_store(bool create, bool readonly)
{
    mdshm_store_opts_t o = {0};
    mdshm_store_t *st = NULL;
    int rv;

    o.create = create;
    o.readonly = readonly;
    rv = mdshm_store_open(store, &o, &st);
    mdshm_store_close(st);
    return rv;
}

/* a fresh store with its databases; each test damages it */
static int setup(void **state)
{
    strcpy(dir, "/tmp/mdshm-unit-XXXXXX");
    assert_non_null(mkdtemp(dir));
    snprintf(store, sizeof(store), "%s/md", dir);
    snprintf(data, sizeof(data), "%s/data.mdb", store);
    snprintf(lock, sizeof(lock), "%s/lock.mdb", store);
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_ERR); /* quiet */
    assert_int_equal(open_store(true, false), 0);
    *state = dir;
    return 0;
}

static int teardown(void **state)
{
    nftw((const char *)*state, rm_one, 8, FTW_DEPTH | FTW_PHYS);
    return 0;
}

static off_t size_of(const char *path)
{
    struct stat sb;

    assert_int_equal(stat(path, &sb), 0);
    return sb.st_size;
}

static void test_truncated_refused_in_every_mode(void **state)
{
    (void)state;
    assert_int_equal(truncate(data, 8192), 0);
    assert_int_equal(open_store(false, true), MDSHM_EDAMAGED);
    assert_int_equal(open_store(false, false), MDSHM_EDAMAGED);
    assert_int_equal(open_store(true, false), MDSHM_EDAMAGED);
    assert_int_equal(size_of(data), 8192); /* nothing written over it */
}

static void test_empty_file_refused_without_a_creator(void **state)
{
    (void)state;
    assert_int_equal(truncate(data, 0), 0);
    assert_int_equal(open_store(false, true), MDSHM_EDAMAGED);
    assert_int_equal(open_store(true, false), MDSHM_EDAMAGED);
    assert_int_equal(size_of(data), 0);
}

/* Another process holds LMDB's shared lock on lock.mdb, as every opener
 * does; the empty data.mdb is then one being created, not damage. */
static void test_empty_file_while_another_opener_holds_the_lock(void **state)
{
    int ready[2], done[2];
    char c;
    pid_t pid;

    (void)state;
    assert_int_equal(truncate(data, 0), 0);
    assert_int_equal(pipe(ready), 0);
    assert_int_equal(pipe(done), 0);
    pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        struct flock fl = {0};
        int fd = open(lock, O_RDWR);
        fl.l_type = F_RDLCK;
        fl.l_whence = SEEK_SET;
        fl.l_len = 1;
        if (fd < 0 || fcntl(fd, F_SETLK, &fl) < 0)
            _exit(1);
        if (write(ready[1], "r", 1) != 1 || read(done[0], &c, 1) < 0)
            _exit(1);
        _exit(0);
    }
    assert_int_equal(read(ready[0], &c, 1), 1);
    assert_int_equal(open_store(true, false), 0);
    assert_true(size_of(data) > 0); /* LMDB wrote the meta pages */
    assert_int_equal(write(done[1], "d", 1), 1);
    int st;
    assert_int_equal(waitpid(pid, &st, 0), pid);
    assert_true(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    assert_int_equal(open_store(false, true), 0);
    close(ready[0]), close(ready[1]), close(done[0]), close(done[1]);
}

static void test_meta_magic_refused(void **state)
{
    uint32_t bad = 0x0BADC0DE;
    int fd = open(data, O_RDWR);

    (void)state;
    assert_true(fd >= 0);
    assert_int_equal(pwrite(fd, &bad, 4, 16), 4); /* page 0's mm_magic */
    close(fd);
    assert_int_equal(open_store(false, true), MDSHM_EDAMAGED);
    assert_int_equal(open_store(true, false), MDSHM_EDAMAGED);
}

/* ---- the value bounds: a growing file costs no system call ------------ */

#define GROW_RECORDS 600

static int grow_fn(mdshm__wtxn_t *w, void *baton)
{
    static char val[2048];
    char key[32];
    int rv;

    (void)baton;
    memset(val, 'v', sizeof(val));
    for (int i = 0; i < GROW_RECORDS; i++) {
        snprintf(key, sizeof(key), "k%05d", i);
        if ((rv = mdshm__w_put_raw(w, MDSHM_DB_NAMES, key, strlen(key), val,
                                   sizeof(val))) < 0)
            return rv;
    }
    return 0;
}

static int first_fn(mdshm__wtxn_t *w, void *baton)
{
    (void)baton;
    return mdshm__w_put_raw(w, MDSHM_DB_NAMES, "first", 5, "1", 1);
}

/* Values on pages that later commits added lie past the bounds a reader
 * knew: they are taken after a look at the meta page, without reading
 * /proc/self/maps again (a system call per growth of the file otherwise,
 * in every worker); the map's base is looked up once per open. */
static void test_growth_needs_no_map_scan(void **state)
{
    mdshm_store_opts_t o = {0};
    mdshm_store_t *st = NULL;
    mdshm_reader_t *rd = NULL;
    mdshm_buf_t v;
    unsigned scans;

    (void)state;
    assert_int_equal(mdshm_store_open(store, &o, &st), 0);
    assert_int_equal(mdshm__write(st, first_fn, NULL), 0);
    assert_int_equal(mdshm_reader_create(st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_get_raw(rd, MDSHM_DB_NAMES, "first", 5, &v),
                     0);
    mdshm_read_end(rd);
    scans = atomic_load(&st->map_scans);
    assert_int_equal(scans, 1);
    assert_int_equal(mdshm__write(st, grow_fn, NULL), 0); /* about 1.2 MB */
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_get_raw(rd, MDSHM_DB_NAMES, "k00599", 6, &v),
                     0);
    assert_int_equal(v.n, 2048);
    mdshm_read_end(rd);
    assert_int_equal(atomic_load(&st->map_scans), scans);
    mdshm_reader_destroy(rd);
    mdshm_store_close(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_truncated_refused_in_every_mode,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(
            test_empty_file_refused_without_a_creator, setup, teardown),
        cmocka_unit_test_setup_teardown(
            test_empty_file_while_another_opener_holds_the_lock, setup,
            teardown),
        cmocka_unit_test_setup_teardown(test_growth_needs_no_map_scan, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_meta_magic_refused, setup,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
