/* test_drive.c -- the drive's pieces that need no CA: the configuration
 * written to the store (one transaction, unchanged MDs not rewritten,
 * names moving between MDs, MDs no longer configured), the renewal
 * request inbox, and the run/stop life cycle of a drive without MDs.
 * (ACME runs are tested against pebble: tests/integration/test_drive.py.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "drive.h"

#include <ftw.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char dir[64], store[96];

static int rm_one(const char *p, const struct stat *sb, int f, struct FTW *w)
{
    (void)sb;
    (void)f;
    (void)w;
    return remove(p);
}

struct env {
    mdshm_store_t *st;
    mdshm_config_t *cfg;
    mdshm_drive_t *d;
};

static int setup(void **state)
{
    struct env *e = calloc(1, sizeof(*e));
    mdshm_store_opts_t o = {0};

    strcpy(dir, "/tmp/mdshm-drive-XXXXXX");
    assert_non_null(mkdtemp(dir));
    snprintf(store, sizeof(store), "%s/md", dir);
    o.create = true;
    assert_int_equal(mdshm_store_open(store, &o, &e->st), 0);
    *state = e;
    return 0;
}

static void drive_free(struct env *e)
{
    mdshm_drive_destroy(e->d);
    mdshm_config_free(e->cfg);
    e->d = NULL;
    e->cfg = NULL;
}

static int teardown(void **state)
{
    struct env *e = *state;

    drive_free(e);
    mdshm_store_close(e->st);
    free(e);
    nftw(dir, rm_one, 8, FTW_DEPTH | FTW_PHYS);
    return 0;
}

/* A drive for @conf that leads, with its configuration written. */
static int sync_conf(struct env *e, const char *conf)
{
    drive_free(e);
    assert_int_equal(mdshm_config_parse(conf, strlen(conf), "test.conf",
                                        &e->cfg), 0);
    assert_int_equal(mdshm_drive_create(e->st, e->cfg, NULL, &e->d), 0);
    assert_int_equal(mdshm__candidate_try(e->d->cand), 1);
    return mdshm__drive_sync(e->d);
}

static int get(struct env *e, mdshm_db_t db, const char *key,
               mdshm_record_t *rec)
{
    mdshm_reader_t *rd;
    int rv;

    assert_int_equal(mdshm_reader_create(e->st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    rv = mdshm_read_get(rd, db, key, strlen(key), rec);
    mdshm_read_end(rd); /* numbers only are looked at afterwards */
    mdshm_reader_destroy(rd);
    return rv;
}

static bool name_of(struct env *e, const char *name, const char *md)
{
    mdshm_reader_t *rd;
    mdshm_record_t rec;
    bool same;

    assert_int_equal(mdshm_reader_create(e->st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    same = mdshm_read_get(rd, MDSHM_DB_NAMES, name, strlen(name), &rec) ==
               0 &&
           rec.u.name.md.n == strlen(md) &&
           memcmp(rec.u.name.md.p, md, rec.u.name.md.n) == 0;
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    return same;
}

#define BASE                                                                  \
    "MDCertificateAuthority https://ca.invalid/dir\n"                         \
    "MDCertificateAgreement accepted\n"

static void test_sync_writes_mds(void **state)
{
    struct env *e = *state;
    mdshm_record_t rec;
    uint64_t gen;

    assert_int_equal(sync_conf(e, BASE "MDomain a.example www.a.example\n"
                                       "<MDomain b.example>\n"
                                       "  MDPrivateKeys secp256r1 rsa2048\n"
                                       "  MDRenewWindow 30d\n"
                                       "</MDomain>\n"),
                     0);
    assert_int_equal(get(e, MDSHM_DB_MDS, "a.example", &rec), 0);
    assert_int_equal(rec.u.md.n_names, 2);
    assert_int_equal(rec.u.md.state, MDSHM_MD_INCOMPLETE);
    assert_int_equal(rec.u.md.renew_mode, 1);
    gen = rec.u.md.gen;
    assert_int_equal(get(e, MDSHM_DB_MDS, "b.example", &rec), 0);
    assert_int_equal(rec.u.md.n_key_specs, 2);
    assert_true(name_of(e, "www.a.example", "a.example"));
    assert_true(name_of(e, "b.example", "b.example"));

    /* the same configuration again: nothing rewritten */
    assert_int_equal(sync_conf(e, BASE "MDomain a.example www.a.example\n"
                                       "<MDomain b.example>\n"
                                       "  MDPrivateKeys secp256r1 rsa2048\n"
                                       "  MDRenewWindow 30d\n"
                                       "</MDomain>\n"),
                     0);
    assert_int_equal(get(e, MDSHM_DB_MDS, "a.example", &rec), 0);
    assert_int_equal(rec.u.md.gen, gen);
}

static void test_sync_moves_names_and_retires(void **state)
{
    struct env *e = *state;
    mdshm_record_t rec;

    assert_int_equal(sync_conf(e, BASE "MDomain a.example www.a.example\n"
                                       "MDomain c.example x.example\n"
                                       "MDomain d.example\n"),
                     0);
    /* www.a.example moves to b; c is gone but keeps x; d's only name
     * moves to b: d's record goes */
    assert_int_equal(sync_conf(e, BASE "MDomain a.example\n"
                                       "MDomain b.example www.a.example "
                                       "d.example\n"),
                     0);
    assert_true(name_of(e, "www.a.example", "b.example"));
    assert_true(name_of(e, "d.example", "b.example"));
    assert_true(name_of(e, "x.example", "c.example"));
    assert_int_equal(get(e, MDSHM_DB_MDS, "a.example", &rec), 0);
    assert_int_equal(rec.u.md.n_names, 1);
    assert_int_equal(get(e, MDSHM_DB_MDS, "c.example", &rec), 0);
    assert_int_equal(rec.u.md.renew_mode, 0); /* kept, not renewed */
    assert_int_equal(get(e, MDSHM_DB_MDS, "d.example", &rec),
                     MDSHM_ENOTFOUND);
}

static void test_sync_refuses_bad_static_files(void **state)
{
    struct env *e = *state;
    mdshm_record_t rec;

    assert_int_equal(sync_conf(e, BASE "<MDomain s.example>\n"
                                       "  MDCertificateFile /none.pem\n"
                                       "  MDCertificateKeyFile /none.key\n"
                                       "</MDomain>\n"
                                       "MDomain t.example\n"),
                     MDSHM_EBADINPUT);
    /* all or nothing */
    assert_int_equal(get(e, MDSHM_DB_MDS, "t.example", &rec),
                     MDSHM_ENOTFOUND);
}

/* <store>/requests/<prefix><hash of md> into @path. */
static void req_path(const char *prefix, const char *md, char *path,
                     size_t size)
{
    char name[128];

    assert_int_equal(mdshm__request_name(prefix, md, name, sizeof(name)), 0);
    snprintf(path, size, "%s/requests/%s", store, name);
}

static void test_renew_request(void **state)
{
    struct env *e = *state;
    char path[512];
    struct stat sb;

    assert_int_equal(sync_conf(e, BASE "MDomain a.example www.a.example\n"),
                     0);
    assert_int_equal(mdshm_renew_request(e->st, "../x"), MDSHM_EBADINPUT);
    assert_int_equal(mdshm_renew_request(e->st, ""), MDSHM_EBADINPUT);
    assert_int_equal(mdshm_renew_request(e->st, ".hidden"), MDSHM_EBADINPUT);
    assert_int_equal(mdshm_renew_request(e->st, "a b"), MDSHM_EBADINPUT);
    /* the configuration's rules, not only a safe file name */
    assert_int_equal(mdshm_renew_request(e->st, "a..example"),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm_renew_request(e->st, "-a.example"),
                     MDSHM_EBADINPUT);
    /* nothing a leader could act on: refused, no request left behind */
    assert_int_equal(mdshm_renew_request(e->st, "b.example"),
                     MDSHM_ENOTFOUND);
    req_path("renew-", "b.example", path, sizeof(path));
    assert_int_not_equal(stat(path, &sb), 0);
    /* a name of the MD means the MD */
    assert_int_equal(mdshm_renew_request(e->st, "WWW.a.example"), 0);
    snprintf(path, sizeof(path), "%s/requests", store);
    assert_int_equal(stat(path, &sb), 0);
    assert_int_equal(sb.st_mode & 0777, 0700);
    req_path("renew-", "a.example", path, sizeof(path));
    assert_int_equal(stat(path, &sb), 0);
    assert_int_equal(sb.st_mode & 0777, 0600);
    /* a directory others can write is refused */
    snprintf(path, sizeof(path), "%s/requests", store);
    chmod(path, 0777);
    assert_int_equal(mdshm_renew_request(e->st, "a.example"), MDSHM_EPERM);
    chmod(path, 0700);
}

static char seen[8][MDSHM_MAX_MDNAME_LEN + 1];
static int n_seen;

static void on_req(mdshm_drive_t *d, const char *md)
{
    (void)d;
    snprintf(seen[n_seen++ % 8], sizeof(seen[0]), "%s", md);
}

/* A valid 252-character MD name: labels of 63, 63, 63, 52 and "example"
 * ("renew-" and the name were once the file name: too long). */
static const char *long_md(void)
{
    static char s[260];

    snprintf(s, sizeof(s), "%.63s.%.63s.%.63s.%.52s.example",
             "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
             "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
             "ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc",
             "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd");
    assert_int_equal(strlen(s), 252);
    return s;
}

static void test_requests_poll(void **state)
{
    struct env *e = *state;
    char path[512], conf[1024];
    struct stat sb;
    FILE *f;

    snprintf(conf, sizeof(conf), BASE "MDomain a.example\nMDomain %s\n",
             long_md());
    assert_int_equal(sync_conf(e, conf), 0);
    n_seen = 0;
    assert_int_equal(mdshm_renew_request(e->st, "a.example"), 0);
    mdshm__drive_request_poll(e->d, on_req);
    assert_int_equal(n_seen, 1);
    assert_string_equal(seen[0], "a.example");
    req_path("renew-", "a.example", path, sizeof(path));
    assert_int_not_equal(stat(path, &sb), 0); /* consumed */
    mdshm__drive_request_poll(e->d, on_req);
    assert_int_equal(n_seen, 1);
    /* the longest names work (252 characters, NAME_MAX is 255) */
    assert_int_equal(mdshm_renew_request(e->st, long_md()), 0);
    mdshm__drive_request_poll(e->d, on_req);
    assert_int_equal(n_seen, 2);
    assert_string_equal(seen[1], long_md());
    /* a planted request with a bad name is dropped, not acted on */
    snprintf(path, sizeof(path), "%s/requests/renew-x", store);
    assert_non_null(f = fopen(path, "w"));
    fputs("renew ../../etc 1\n", f);
    fclose(f);
    mdshm__drive_request_poll(e->d, on_req);
    assert_int_equal(n_seen, 2);
    assert_int_not_equal(stat(path, &sb), 0);
}

static void *stopper(void *arg)
{
    mdshm_drive_t *d = arg;
    struct timespec ts = {0, 300 * 1000000};

    nanosleep(&ts, NULL);
    mdshm_drive_stop(d);
    return NULL;
}

static void test_run_and_stop(void **state)
{
    struct env *e = *state;
    mdshm_drive_opts_t opts;
    pthread_t t;

    memset(&opts, 0, sizeof(opts));
    opts.http01_listen = "127.0.0.1:0";
    assert_int_equal(mdshm_config_parse(BASE, strlen(BASE), "t.conf",
                                        &e->cfg), 0);
    assert_int_equal(mdshm_drive_create(e->st, e->cfg, &opts, &e->d), 0);
    assert_int_equal(pthread_create(&t, NULL, stopper, e->d), 0);
    assert_int_equal(mdshm_drive_run(e->d), 0);
    pthread_join(t, NULL);
    assert_false(mdshm__candidate_is_leader(e->d->cand));
    /* a bad listen address is refused at creation */
    drive_free(e);
    opts.http01_listen = "nonsense";
    assert_int_equal(mdshm_config_parse(BASE, strlen(BASE), "t.conf",
                                        &e->cfg), 0);
    assert_int_equal(mdshm_drive_create(e->st, e->cfg, &opts, &e->d),
                     MDSHM_EBADINPUT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_sync_writes_mds, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_sync_moves_names_and_retires,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_sync_refuses_bad_static_files,
                                        setup, teardown),
        cmocka_unit_test_setup_teardown(test_renew_request, setup, teardown),
        cmocka_unit_test_setup_teardown(test_requests_poll, setup, teardown),
        cmocka_unit_test_setup_teardown(test_run_and_stop, setup, teardown),
    };
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_ERR);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
