/* test_journal.c -- the journal of a leader write and its pre-commit hook
 * (shm/journal.c, cluster mode): what a write changed reaches the hook in
 * order, one entry per key; a hook that fails aborts the write; no hook,
 * no call; the mirror's writes never call it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "unit_cert.h"
#include "unit_store.h"

#include <errno.h>

/* What the hook saw: a copy of each journal entry, as text. */
struct seen {
    int calls;
    int fail;        /* returned by the hook */
    char ent[32][96];
    size_t n;
};

static int hook(const mdshm__journal_t *j, void *baton, int64_t *stamp)
{
    struct seen *s = baton;

    (void)stamp;
    s->calls++;
    s->n = 0;
    for (size_t i = 0; i < j->n && s->n < 32; i++) {
        const mdshm__jentry_t *e = &j->e[i];
        snprintf(s->ent[s->n++], sizeof(s->ent[0]), "%s %s %.*s%s",
                 e->del ? "del" : "put", mdshm_db_name(e->db), (int)e->klen,
                 (const char *)e->key,
                 !e->del && (e->vlen == 0 || !e->val) ? " EMPTY" : "");
    }
    return s->fail;
}

#define CLUSTER_MASK                                                          \
    ((1u << MDSHM_DB_CERTS) | (1u << MDSHM_DB_STAGING) |                      \
     (1u << MDSHM_DB_ARCHIVE) | (1u << MDSHM_DB_OCSP) |                       \
     (1u << MDSHM_DB_CHALLENGES) | (1u << MDSHM_DB_ACCOUNTS) |                \
     (1u << MDSHM_DB_JOBS))

static mdshm_record_t job_rec(const char *md, uint32_t errors)
{
    mdshm_record_t r;

    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_JOB;
    r.u.job.md = mdshm__sbuf(md);
    r.u.job.errors = errors;
    return r;
}

static mdshm_record_t staging_rec(const char *md)
{
    mdshm_record_t r;

    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_STAGING;
    r.u.staging.md = mdshm__sbuf(md);
    r.u.staging.key_spec = mdshm__sbuf("rsa2048");
    return r;
}

static mdshm_record_t staple_rec(void)
{
    static const uint8_t der[] = {0x30, 0x03, 0x0a, 0x01, 0x00};
    mdshm_record_t r;

    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_OCSP;
    r.u.ocsp.der.p = der;
    r.u.ocsp.der.n = sizeof(der);
    r.u.ocsp.next_update = 4000000000LL;
    return r;
}

#define STAPLE_KEY                                                            \
    "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"

static int setup_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm_record_t r = staging_rec("a");
    (void)baton;
    return mdshm__w_put(w, MDSHM_DB_STAGING, "a/rsa2048", 9, &r);
}

/* puts and deletes of several databases, one of them host-local */
static int mixed_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm_record_t r;
    int rv;

    (void)baton;
    r = job_rec("a", 1);
    if ((rv = mdshm__w_put(w, MDSHM_DB_JOBS, "a", 1, &r)) < 0)
        return rv;
    r = staple_rec(); /* also raises meta/gen: host-local, not journaled */
    if ((rv = mdshm__w_put(w, MDSHM_DB_OCSP, STAPLE_KEY, 64, &r)) < 0)
        return rv;
    if ((rv = mdshm__w_del(w, MDSHM_DB_STAGING, "a/rsa2048", 9)) < 0)
        return rv;
    r = job_rec("b", 2);
    return mdshm__w_put(w, MDSHM_DB_JOBS, "b", 1, &r);
}

static void test_journal_in_order(void **state)
{
    struct ut_env *e = *state;
    struct seen s = {0};

    assert_int_equal(mdshm__leader_write(e->c, setup_fn, NULL), 0);
    mdshm__candidate_set_commit_hook(e->c, hook, &s, CLUSTER_MASK);
    assert_int_equal(mdshm__leader_write(e->c, mixed_fn, NULL), 0);
    assert_int_equal(s.calls, 1);
    assert_int_equal(s.n, 4);
    assert_string_equal(s.ent[0], "put jobs a");
    assert_string_equal(s.ent[1], "put ocsp " STAPLE_KEY);
    assert_string_equal(s.ent[2], "del staging a/rsa2048");
    assert_string_equal(s.ent[3], "put jobs b");
}

/* The journal's value is the record exactly as LMDB holds it. */
static int bytes_hook(const mdshm__journal_t *j, void *baton,
                      int64_t *stamp)
{
    uint8_t **copy = baton;

    (void)stamp;
    if (j->n != 1 || j->e[0].del)
        return MDSHM_EBADINPUT;
    *copy = malloc(j->e[0].vlen + sizeof(size_t));
    if (!*copy)
        return -ENOMEM;
    memcpy(*copy, &j->e[0].vlen, sizeof(size_t));
    memcpy(*copy + sizeof(size_t), j->e[0].val, j->e[0].vlen);
    return 0;
}

static int one_job_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm_record_t r = job_rec("a", 7);
    (void)baton;
    return mdshm__w_put(w, MDSHM_DB_JOBS, "a", 1, &r);
}

static void test_journal_bytes_as_stored(void **state)
{
    struct ut_env *e = *state;
    mdshm_reader_t *rd = NULL;
    mdshm_buf_t v;
    uint8_t *copy = NULL;
    size_t n;

    mdshm__candidate_set_commit_hook(e->c, bytes_hook, &copy, CLUSTER_MASK);
    assert_int_equal(mdshm__leader_write(e->c, one_job_fn, NULL), 0);
    assert_non_null(copy);
    memcpy(&n, copy, sizeof(n));
    assert_int_equal(mdshm_reader_create(e->st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_get_raw(rd, MDSHM_DB_JOBS, "a", 1, &v), 0);
    assert_int_equal(v.n, n);
    assert_memory_equal(v.p, copy + sizeof(size_t), n);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    free(copy);
}

/* A key written twice, put then deleted, and keys that are prefixes of
 * each other, in one write. */
static int overwrite_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm_record_t r;
    int rv;

    (void)baton;
    r = job_rec("x", 1);
    if ((rv = mdshm__w_put(w, MDSHM_DB_JOBS, "x", 1, &r)) < 0)
        return rv;
    r = staging_rec("a");
    if ((rv = mdshm__w_put(w, MDSHM_DB_STAGING, "a/rsa2048", 9, &r)) < 0)
        return rv;
    r = job_rec("xy", 1);
    if ((rv = mdshm__w_put(w, MDSHM_DB_JOBS, "xy", 2, &r)) < 0)
        return rv;
    r = job_rec("x", 2); /* x again: one entry, after xy */
    if ((rv = mdshm__w_put(w, MDSHM_DB_JOBS, "x", 1, &r)) < 0)
        return rv;
    /* staging a/rsa2048 put, then deleted: the delete stays */
    if ((rv = mdshm__w_del(w, MDSHM_DB_STAGING, "a/rsa2048", 9)) < 0)
        return rv;
    r = job_rec("x", 3); /* x once more: still one entry */
    return mdshm__w_put(w, MDSHM_DB_JOBS, "x", 1, &r);
}

static void test_journal_one_entry_per_key(void **state)
{
    struct ut_env *e = *state;
    struct seen s = {0};
    mdshm_reader_t *rd = NULL;
    mdshm_record_t r;

    mdshm__candidate_set_commit_hook(e->c, hook, &s, CLUSTER_MASK);
    assert_int_equal(mdshm__leader_write(e->c, overwrite_fn, NULL), 0);
    assert_int_equal(s.n, 3);
    assert_string_equal(s.ent[0], "put jobs xy");
    assert_string_equal(s.ent[1], "del staging a/rsa2048");
    assert_string_equal(s.ent[2], "put jobs x");
    assert_int_equal(mdshm_reader_create(e->st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_get(rd, MDSHM_DB_JOBS, "x", 1, &r), 0);
    assert_int_equal(r.u.job.errors, 3);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
}

/* A hook that fails: nothing committed, its error comes back. */
static void test_hook_failure_aborts(void **state)
{
    struct ut_env *e = *state;
    struct seen s = {.fail = MDSHM_ENOTLEADER};
    mdshm_reader_t *rd = NULL;
    mdshm_record_t r;
    uint64_t gen0 = 0, gen1 = 0;

    assert_int_equal(mdshm__leader_write(e->c, setup_fn, NULL), 0);
    assert_int_equal(mdshm_reader_create(e->st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_gen(rd, &gen0), 0);
    mdshm_read_end(rd);

    mdshm__candidate_set_commit_hook(e->c, hook, &s, CLUSTER_MASK);
    assert_int_equal(mdshm__leader_write(e->c, mixed_fn, NULL),
                     MDSHM_ENOTLEADER);
    assert_int_equal(s.calls, 1);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_get(rd, MDSHM_DB_JOBS, "a", 1, &r),
                     MDSHM_ENOTFOUND);
    assert_int_equal(mdshm_read_get(rd, MDSHM_DB_OCSP, STAPLE_KEY, 64, &r),
                     MDSHM_ENOTFOUND);
    assert_int_equal(
        mdshm_read_get(rd, MDSHM_DB_STAGING, "a/rsa2048", 9, &r), 0);
    assert_int_equal(mdshm_read_gen(rd, &gen1), 0);
    assert_int_equal(gen1, gen0);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    /* still the leader: only a fence steps it down */
    assert_true(mdshm__candidate_is_leader(e->c));
}

/* MDSHM_EFENCED from the hook (etcd has a newer cluster leader): the
 * write is refused and the candidate steps down. */
static void test_hook_fenced_steps_down(void **state)
{
    struct ut_env *e = *state;
    struct seen s = {.fail = MDSHM_EFENCED};

    mdshm__candidate_set_commit_hook(e->c, hook, &s, CLUSTER_MASK);
    assert_int_equal(mdshm__leader_write(e->c, one_job_fn, NULL),
                     MDSHM_EFENCED);
    assert_false(mdshm__candidate_is_leader(e->c));
    assert_int_equal(mdshm__leader_write(e->c, one_job_fn, NULL),
                     MDSHM_ENOTLEADER);
}

/* Host-local writes, the local variant and heartbeats: no call. */
static void test_no_call_without_changes(void **state)
{
    struct ut_env *e = *state;
    struct seen s = {0};

    mdshm__candidate_set_commit_hook(e->c, hook, &s, CLUSTER_MASK);
    assert_int_equal(mdshm__leader_write(e->c, ut_md_fn, NULL), 0);
    assert_int_equal(mdshm__candidate_tick(e->c, NULL), 1);
    assert_int_equal(mdshm__leader_write_local(e->c, one_job_fn, NULL), 0);
    assert_int_equal(s.calls, 0);
    /* cleared: no call either */
    mdshm__candidate_set_commit_hook(e->c, NULL, NULL, 0);
    assert_int_equal(mdshm__leader_write(e->c, mixed_fn, NULL),
                     MDSHM_ENOTFOUND); /* no staging record to delete */
    assert_int_equal(s.calls, 0);
}

/* An activation journals the new set, the archived copy, and the archive
 * entry its cleanup drops (a cursor delete inside the store). */
static int install_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm_certset_rec_t cs;

    ut_certset(&cs, baton);
    return mdshm__w_install_certset(w, &cs, 1);
}

static void test_install_journaled(void **state)
{
    struct ut_env *e = *state;
    struct seen s = {0};
    ut_cert_t c;

    ut_cert_make(&c, "a.example");
    assert_int_equal(mdshm__leader_write(e->c, install_fn, &c), 0);
    assert_int_equal(mdshm__leader_write(e->c, install_fn, &c), 0);
    mdshm__candidate_set_commit_hook(e->c, hook, &s, CLUSTER_MASK);
    /* archive holds ...0001; this install archives ...0002 and drops
     * ...0001 (keep 1) */
    assert_int_equal(mdshm__leader_write(e->c, install_fn, &c), 0);
    ut_cert_free(&c);
    assert_int_equal(s.n, 3);
    assert_string_equal(s.ent[0], "put archive a/secp256r1/0000000002");
    assert_string_equal(s.ent[1], "del archive a/secp256r1/0000000001");
    assert_string_equal(s.ent[2], "put certs a/secp256r1");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_journal_in_order, ut_setup,
                                        ut_teardown),
        cmocka_unit_test_setup_teardown(test_journal_bytes_as_stored,
                                        ut_setup, ut_teardown),
        cmocka_unit_test_setup_teardown(test_journal_one_entry_per_key,
                                        ut_setup, ut_teardown),
        cmocka_unit_test_setup_teardown(test_hook_failure_aborts, ut_setup,
                                        ut_teardown),
        cmocka_unit_test_setup_teardown(test_hook_fenced_steps_down,
                                        ut_setup, ut_teardown),
        cmocka_unit_test_setup_teardown(test_no_call_without_changes,
                                        ut_setup, ut_teardown),
        cmocka_unit_test_setup_teardown(test_install_journaled, ut_setup,
                                        ut_teardown),
    };
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_ERR);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
