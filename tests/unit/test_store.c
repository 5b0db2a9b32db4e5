/* test_store.c -- the store in one process: open, permissions, name lookup
 * (exact, wildcard, case), write semantics, fencing, error table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "store_int.h"

#include <errno.h>
#include <signal.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char tmpl[64];

static int rm_one(const char *p, const struct stat *sb, int flag,
                  struct FTW *ftw)
{
    (void)sb;
    (void)flag;
    (void)ftw;
    return remove(p);
}

static int setup_dir(void **state)
{
    strcpy(tmpl, "/tmp/mdshm-unit-XXXXXX");
    assert_non_null(mkdtemp(tmpl));
    *state = tmpl;
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_ERR); /* quiet */
    return 0;
}

static int teardown_dir(void **state)
{
    nftw((const char *)*state, rm_one, 8, FTW_DEPTH | FTW_PHYS);
    return 0;
}

static mdshm_store_t *open_store(const char *dir)
{
    mdshm_store_opts_t o = {0};
    mdshm_store_t *st = NULL;
    char path[256];

    snprintf(path, sizeof(path), "%s/md", dir);
    o.create = true;
    assert_int_equal(mdshm_store_open(path, &o, &st), 0);
    return st;
}

static mdshm_buf_t B(const char *s)
{
    mdshm_buf_t b = {(const uint8_t *)s, strlen(s)};
    return b;
}

struct mddef {
    const char *name;
    const char *names[4];
};

static int put_md_fn(mdshm__wtxn_t *w, void *baton)
{
    const struct mddef *d = baton;
    mdshm_md_rec_t *md = calloc(1, sizeof(*md));
    int rv;

    md->name = B(d->name);
    for (int i = 0; i < 4 && d->names[i]; i++)
        md->names[md->n_names++] = B(d->names[i]);
    rv = mdshm__w_put_md(w, md);
    free(md);
    return rv;
}

static mdshm__candidate_t *lead(mdshm_store_t *st)
{
    mdshm__candidate_t *c = NULL;
    assert_int_equal(mdshm__candidate_create(st, NULL, &c), 0);
    assert_int_equal(mdshm__candidate_try(c), 1);
    return c;
}

static int lookup(mdshm_store_t *st, const char *name, char *md, bool *wild)
{
    mdshm_reader_t *rd = NULL;
    mdshm_buf_t v;
    int rv;

    assert_int_equal(mdshm_reader_create(st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    rv = mdshm_lookup_sni(rd, name, strlen(name), &v, wild);
    if (rv == 0)
        snprintf(md, 256, "%.*s", (int)v.n, (const char *)v.p);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    return rv;
}

static void test_lookup_exact_wildcard_case(void **state)
{
    mdshm_store_t *st = open_store(*state);
    mdshm__candidate_t *c = lead(st);
    struct mddef a = {"example.org", {"Example.ORG", "www.example.org", NULL}};
    struct mddef b = {"wild", {"*.Example.org", NULL}};
    char md[256];
    bool wild;

    assert_int_equal(mdshm__leader_write(c, put_md_fn, &a), 0);
    assert_int_equal(mdshm__leader_write(c, put_md_fn, &b), 0);

    assert_int_equal(lookup(st, "example.org", md, &wild), 0);
    assert_string_equal(md, "example.org");
    assert_false(wild);
    assert_int_equal(lookup(st, "WWW.EXAMPLE.ORG.", md, &wild), 0);
    assert_string_equal(md, "example.org");
    assert_false(wild);
    /* exact beats wildcard; other names fall to the wildcard */
    assert_int_equal(lookup(st, "mail.Example.Org", md, &wild), 0);
    assert_string_equal(md, "wild");
    assert_true(wild);
    /* a wildcard covers one label only */
    assert_int_equal(lookup(st, "a.b.example.org", md, &wild),
                     MDSHM_ENOTFOUND);
    assert_int_equal(lookup(st, "example.com", md, &wild), MDSHM_ENOTFOUND);
    assert_int_equal(lookup(st, "org", md, &wild), MDSHM_ENOTFOUND);
    /* not host names */
    assert_int_equal(lookup(st, "", md, &wild), MDSHM_EBADINPUT);
    assert_int_equal(lookup(st, "a..example.org", md, &wild),
                     MDSHM_EBADINPUT);
    assert_int_equal(lookup(st, "bad name.org", md, &wild), MDSHM_EBADINPUT);
    assert_int_equal(lookup(st, ".example.org", md, &wild), MDSHM_EBADINPUT);

    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
}

static void test_md_names_owned_and_dropped(void **state)
{
    mdshm_store_t *st = open_store(*state);
    mdshm__candidate_t *c = lead(st);
    struct mddef a = {"a.test", {"a.test", "old.a.test", NULL}};
    struct mddef a2 = {"a.test", {"a.test", "new.a.test", NULL}};
    struct mddef b = {"b.test", {"b.test", "a.test", NULL}};
    char md[256];

    assert_int_equal(mdshm__leader_write(c, put_md_fn, &a), 0);
    /* a name already owned by another MD is refused, nothing written */
    assert_int_equal(mdshm__leader_write(c, put_md_fn, &b), MDSHM_EBADINPUT);
    assert_int_equal(lookup(st, "b.test", md, NULL), MDSHM_ENOTFOUND);
    /* redefining drops names the MD no longer has */
    assert_int_equal(mdshm__leader_write(c, put_md_fn, &a2), 0);
    assert_int_equal(lookup(st, "old.a.test", md, NULL), MDSHM_ENOTFOUND);
    assert_int_equal(lookup(st, "new.a.test", md, NULL), 0);
    assert_string_equal(md, "a.test");
    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
}

struct install {
    const char *md;
    const char *der;
    uint64_t gen;
    unsigned keep;
};

static int install_fn(mdshm__wtxn_t *w, void *baton)
{
    struct install *in = baton;
    mdshm_certset_rec_t cs;
    int rv;

    memset(&cs, 0, sizeof(cs));
    cs.md = B(in->md);
    cs.key_spec = B("secp256r1");
    cs.n_chain = 1;
    cs.chain[0] = B(in->der);
    cs.pkey = B("not-a-real-key");
    rv = mdshm__w_install_certset(w, &cs, in->keep);
    in->gen = cs.gen;
    return rv;
}

static int count_fn(void *baton, mdshm_db_t db, mdshm_buf_t k, mdshm_buf_t v)
{
    (void)db;
    (void)k;
    (void)v;
    (*(int *)baton)++;
    return 0;
}

static void test_install_gen_and_archive(void **state)
{
    mdshm_store_t *st = open_store(*state);
    mdshm__candidate_t *c = lead(st);
    struct install in = {"a.test", NULL, 0, 3};
    mdshm_reader_t *rd = NULL;
    mdshm_record_t rec;
    uint64_t prev = 0, gen;
    char der[32];
    int n = 0;

    for (int i = 0; i < 6; i++) {
        snprintf(der, sizeof(der), "cert-%d", i);
        in.der = der;
        assert_int_equal(mdshm__leader_write(c, install_fn, &in), 0);
        assert_true(in.gen > prev);
        prev = in.gen;
    }
    assert_int_equal(mdshm_reader_create(st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_gen(rd, &gen), 0);
    assert_int_equal(gen, prev);
    assert_int_equal(mdshm_read_get(rd, MDSHM_DB_CERTS, "a.test/secp256r1",
                                    16, &rec),
                     0);
    assert_int_equal(rec.u.certset.gen, prev);
    assert_memory_equal(rec.u.certset.chain[0].p, "cert-5", 6);
    assert_int_equal(mdshm_read_foreach(rd, MDSHM_DB_ARCHIVE, count_fn, &n),
                     0);
    assert_int_equal(n, 3); /* bounded */
    /* the newest archived set is the previous one */
    assert_int_equal(mdshm_read_get(rd, MDSHM_DB_ARCHIVE,
                                    "a.test/secp256r1/0000000005", 27, &rec),
                     0);
    assert_memory_equal(rec.u.certset.chain[0].p, "cert-4", 6);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
}

static int next_gen_fn(mdshm__wtxn_t *w, void *baton)
{
    return mdshm__w_next_gen(w, baton);
}

static int put_name_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm_record_t rec = {.type = MDSHM_REC_NAME};

    rec.u.name.md = B("a.test");
    return mdshm__w_put(w, MDSHM_DB_NAMES, baton, strlen(baton), &rec);
}

static int corrupt_gen_fn(mdshm__wtxn_t *w, void *baton)
{
    (void)baton;
    return mdshm__w_put_raw(w, MDSHM_DB_META, "gen", 3, "\xc1", 1);
}

/* One reader across commits: mdshm_read_gen is read once per snapshot
 * (begin only compares transaction ids), so it must follow every commit
 * that changed it, keep its value across commits that did not, and report
 * a corrupt meta/gen without failing the read. */
static void test_read_gen_per_snapshot(void **state)
{
    mdshm_store_t *st = open_store(*state);
    mdshm__candidate_t *c = lead(st);
    mdshm_reader_t *rd = NULL;
    mdshm_buf_t md;
    uint64_t raised = 0, gen = 99, again = 99;

    assert_int_equal(mdshm_reader_create(st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_gen(rd, &gen), 0);
    assert_int_equal(gen, 0); /* a new store */
    mdshm_read_end(rd);

    for (int i = 0; i < 3; i++) {
        assert_int_equal(mdshm__leader_write(c, next_gen_fn, &raised), 0);
        assert_int_equal(mdshm_read_begin(rd), 0);
        assert_int_equal(mdshm_read_gen(rd, &gen), 0);
        assert_int_equal(mdshm_read_gen(rd, &again), 0);
        mdshm_read_end(rd);
        assert_int_equal(gen, raised);
        assert_int_equal(again, raised);
    }
    /* a commit that leaves meta/gen alone: new data, the same gen */
    assert_int_equal(mdshm__leader_write(c, put_name_fn, "new.test"), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_lookup_sni(rd, "new.test", 8, &md, NULL), 0);
    assert_int_equal(mdshm_read_gen(rd, &gen), 0);
    assert_int_equal(gen, raised);
    mdshm_read_end(rd);
    /* a read that never asked, then a raise: the next read sees it */
    assert_int_equal(mdshm_read_begin(rd), 0);
    mdshm_read_end(rd);
    assert_int_equal(mdshm__leader_write(c, next_gen_fn, &raised), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_gen(rd, &gen), 0);
    assert_int_equal(gen, raised);
    mdshm_read_end(rd);
    /* corrupt: reported by read_gen only; the read itself works */
    assert_int_equal(mdshm__leader_write(c, corrupt_gen_fn, NULL), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_gen(rd, &gen), MDSHM_ECORRUPT);
    assert_int_equal(mdshm_lookup_sni(rd, "new.test", 8, &md, NULL), 0);
    mdshm_read_end(rd);
    assert_int_equal(mdshm_read_gen(rd, &gen), MDSHM_EBADINPUT); /* no read */
    mdshm_reader_destroy(rd);
    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
}

static void count_log(void *baton, mdshm_log_level_t level, int err,
                      const char *file, int line, const char *msg)
{
    (void)level;
    (void)err;
    (void)file;
    (void)line;
    if (strstr(msg, "meta/gen"))
        (*(int *)baton)++;
}

/* A corrupt meta/gen costs the hot path nothing: reads that do not ask
 * for the gen neither look it up nor log it (mdshm_read_begin used to,
 * one error line per read, so per TLS handshake); asking logs it once per
 * snapshot, not once per read. */
static void test_corrupt_gen_not_per_read(void **state)
{
    mdshm_store_t *st;
    mdshm__candidate_t *c;
    mdshm_reader_t *rd = NULL;
    mdshm_buf_t md;
    uint64_t gen;
    int logged = 0;

    mdshm_set_default_log(count_log, &logged, MDSHM_LOG_ERR);
    st = open_store(*state); /* takes the default sink */
    c = lead(st);
    assert_int_equal(mdshm__leader_write(c, put_name_fn, "x.test"), 0);
    assert_int_equal(mdshm__leader_write(c, corrupt_gen_fn, NULL), 0);
    assert_int_equal(mdshm_reader_create(st, &rd), 0);
    for (int i = 0; i < 50; i++) {
        assert_int_equal(mdshm_read_begin(rd), 0);
        assert_int_equal(mdshm_lookup_sni(rd, "x.test", 6, &md, NULL), 0);
        mdshm_read_end(rd);
    }
    assert_int_equal(logged, 0);
    for (int i = 0; i < 50; i++) {
        assert_int_equal(mdshm_read_begin(rd), 0);
        assert_int_equal(mdshm_read_gen(rd, &gen), MDSHM_ECORRUPT);
        mdshm_read_end(rd);
    }
    assert_int_equal(logged, 1);
    mdshm_reader_destroy(rd);
    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_ERR);
}

struct bad_then_good {
    int calls;
};

static int abort_fn(mdshm__wtxn_t *w, void *baton)
{
    struct install in = {"x.test", "cert", 0, 1};
    int rv = install_fn(w, &in);
    (void)baton;
    return rv < 0 ? rv : MDSHM_EBADINPUT; /* written, then aborted */
}

static void test_write_all_or_nothing(void **state)
{
    mdshm_store_t *st = open_store(*state);
    mdshm__candidate_t *c = lead(st);
    mdshm_reader_t *rd = NULL;
    mdshm_record_t rec;

    assert_int_equal(mdshm__leader_write(c, abort_fn, NULL), MDSHM_EBADINPUT);
    assert_int_equal(mdshm_reader_create(st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_get(rd, MDSHM_DB_CERTS, "x.test/secp256r1",
                                    16, &rec),
                     MDSHM_ENOTFOUND);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
}

static void test_fencing(void **state)
{
    mdshm_store_t *st = open_store(*state);
    mdshm__candidate_t *a = NULL, *b = NULL;
    struct install in = {"f.test", "cert", 0, 1};
    mdshm_leader_status_t ls;
    uint64_t term_a;

    assert_int_equal(mdshm__candidate_create(st, NULL, &a), 0);
    assert_int_equal(mdshm__candidate_create(st, NULL, &b), 0);
    assert_int_equal(mdshm__leader_write(a, install_fn, &in),
                     MDSHM_ENOTLEADER);
    assert_int_equal(mdshm__candidate_try(a), 1);
    term_a = mdshm__candidate_term(a);
    assert_true(term_a >= 1);
    assert_int_equal(mdshm__candidate_try(b), 0); /* lock held by a */
    assert_int_equal(mdshm__leader_write(a, install_fn, &in), 0);

    /* b releases nothing; a steps down, b takes over with a higher term */
    mdshm__candidate_step_down(a);
    assert_false(mdshm__candidate_is_leader(a));
    assert_int_equal(mdshm__candidate_try(b), 1);
    assert_int_equal(mdshm__candidate_term(b), term_a + 1);
    assert_int_equal(mdshm_leader_status(st, 0, &ls), 0);
    assert_true(ls.present);
    assert_int_equal(ls.term, term_a + 1);
    assert_int_equal(ls.pid, getpid());
    assert_true(ls.lock_held);
    assert_true(ls.has_lock);

    mdshm__candidate_destroy(a);
    mdshm__candidate_destroy(b);
    mdshm_store_close(st);
}

/* A leader whose term was superseded behind its back cannot write. */
static int bump_term_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm_record_t rec;
    int rv = mdshm__w_get(w, MDSHM_DB_META, "leader", 6, &rec);
    (void)baton;
    if (rv < 0)
        return rv;
    rec.u.leader.term++;
    return mdshm__w_put(w, MDSHM_DB_META, "leader", 6, &rec);
}

static void test_fenced_write_rejected(void **state)
{
    mdshm_store_t *st = open_store(*state);
    mdshm__candidate_t *a = lead(st);
    struct install in = {"g.test", "cert", 0, 1};
    mdshm_reader_t *rd = NULL;
    mdshm_record_t rec;

    assert_int_equal(mdshm__write(st, bump_term_fn, NULL), 0);
    assert_true(mdshm__candidate_is_leader(a)); /* it does not know yet */
    assert_int_equal(mdshm__leader_write(a, install_fn, &in), MDSHM_EFENCED);
    assert_false(mdshm__candidate_is_leader(a)); /* stepped down */
    assert_int_equal(mdshm_reader_create(st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_get(rd, MDSHM_DB_CERTS, "g.test/secp256r1",
                                    16, &rec),
                     MDSHM_ENOTFOUND);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    /* a deposed leader's tick says so; it can run again and leads with a
     * term above the one that deposed it */
    assert_int_equal(mdshm__candidate_tick(a, NULL), 0);
    assert_int_equal(mdshm__candidate_try(a), 1);
    assert_true(mdshm__candidate_term(a) >= 3);
    assert_int_equal(mdshm__leader_write(a, install_fn, &in), 0);
    mdshm__candidate_destroy(a);
    mdshm_store_close(st);
}

/* A names record in a non-canonical encoding (str32, an extra key) must
 * give the same answer as the canonical one the fast path reads. */
static int raw_names_fn(mdshm__wtxn_t *w, void *baton)
{
    static const uint8_t wide[] = {0x83, 0xa1, 'v', 0x01, 0xa5, 'e', 'x',
                                   't', 'r', 'a', 0xc3, 0xa2, 'm', 'd',
                                   0xdb, 0, 0, 0, 4, 'w', 'i', 'd', 'e'};
    static const uint8_t empty_md[] = {0x82, 0xa1, 'v', 0x01, 0xa2,
                                       'm', 'd', 0xa0};
    int rv;
    (void)baton;
    rv = mdshm__w_put_raw(w, MDSHM_DB_NAMES, "wide.test", 9, wide,
                          sizeof(wide));
    if (rv == 0)
        rv = mdshm__w_put_raw(w, MDSHM_DB_NAMES, "empty.test", 10, empty_md,
                              sizeof(empty_md));
    return rv;
}

static int put_hash_key_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm_record_t rec;
    (void)baton;
    memset(&rec, 0, sizeof(rec));
    rec.type = MDSHM_REC_NAME;
    rec.u.name.md = B("x");
    return mdshm__w_put(w, MDSHM_DB_NAMES, "#meta", 5, &rec);
}

static void test_names_layout(void **state)
{
    mdshm_store_t *st = open_store(*state);
    mdshm__candidate_t *c = lead(st);
    struct mddef a = {"a.test", {"a.test", NULL}};
    mdshm_store_stats_t ss;
    mdshm_reader_t *rd = NULL;
    mdshm_buf_t v;
    char md[256];
    int n = 0;

    assert_int_equal(mdshm__leader_write(c, put_md_fn, &a), 0);
    assert_int_equal(mdshm__leader_write(c, raw_names_fn, NULL), 0);
    assert_int_equal(lookup(st, "WIDE.test", md, NULL), 0);
    assert_string_equal(md, "wide");
    assert_int_equal(lookup(st, "empty.test", md, NULL), MDSHM_ECORRUPT);
    /* names share LMDB's main database with the named databases' records:
     * those are neither listed nor reachable as names */
    assert_int_equal(mdshm__leader_write(c, put_hash_key_fn, NULL),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm_reader_create(st, &rd), 0);
    assert_int_equal(mdshm_read_begin(rd), 0);
    assert_int_equal(mdshm_read_foreach(rd, MDSHM_DB_NAMES, count_fn, &n), 0);
    assert_int_equal(n, 3); /* a.test, empty.test, wide.test */
    assert_int_equal(mdshm_read_get_raw(rd, MDSHM_DB_NAMES, "#meta", 5, &v),
                     MDSHM_EBADINPUT);
    mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    assert_int_equal(mdshm_store_stats(st, &ss), 0);
    assert_true(ss.entries_known);
    assert_int_equal(ss.entries[MDSHM_DB_NAMES], 3);
    assert_int_equal(ss.entries[MDSHM_DB_MDS], 1);
    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
}

static void test_permissions(void **state)
{
    mdshm_store_opts_t o = {0};
    mdshm_store_t *st = NULL;
    char path[256], file[300];

    snprintf(path, sizeof(path), "%s/perm", (const char *)*state);
    o.create = true;
    assert_int_equal(mdshm_store_open(path, &o, &st), 0);
    mdshm_store_close(st);
    st = NULL;
    assert_int_equal(chmod(path, 0755), 0);
    assert_int_equal(mdshm_store_open(path, &o, &st), MDSHM_EPERM);
    assert_null(st);
    assert_int_equal(chmod(path, 0700), 0);
    snprintf(file, sizeof(file), "%s/data.mdb", path);
    assert_int_equal(chmod(file, 0640), 0);
    assert_int_equal(mdshm_store_open(path, &o, &st), MDSHM_EPERM);
    assert_int_equal(chmod(file, 0600), 0);
    assert_int_equal(mdshm_store_open(path, &o, &st), 0);
    mdshm_store_close(st);
    /* no store, no create */
    o.create = false;
    snprintf(path, sizeof(path), "%s/absent", (const char *)*state);
    assert_int_equal(mdshm_store_open(path, &o, &st), MDSHM_ENOTFOUND);
    o.readonly = true;
    assert_int_equal(mdshm_store_open(path, &o, &st), MDSHM_ENOTFOUND);
}

static int schema_v2_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm_record_t rec;
    (void)baton;
    memset(&rec, 0, sizeof(rec));
    rec.type = MDSHM_REC_SCHEMA;
    rec.u.schema.schema = MDSHM_SCHEMA_VERSION + 1;
    return mdshm__w_put(w, MDSHM_DB_META, "schema", 6, &rec);
}

static void test_newer_schema_refused(void **state)
{
    mdshm_store_t *st = open_store(*state);
    mdshm_store_opts_t o = {0};
    char path[256];

    assert_int_equal(mdshm__write(st, schema_v2_fn, NULL), 0);
    mdshm_store_close(st);
    snprintf(path, sizeof(path), "%s/md", (const char *)*state);
    o.readonly = true;
    st = NULL;
    assert_int_equal(mdshm_store_open(path, &o, &st), MDSHM_EVERSION);
    assert_null(st);
}

static void test_readonly_cannot_lead(void **state)
{
    mdshm_store_t *st = open_store(*state), *ro = NULL;
    mdshm_store_opts_t o = {0};
    mdshm__candidate_t *c = NULL;
    char path[256];

    snprintf(path, sizeof(path), "%s/md", (const char *)*state);
    o.readonly = true;
    assert_int_equal(mdshm_store_open(path, &o, &ro), 0);
    assert_int_equal(mdshm__candidate_create(ro, NULL, &c), MDSHM_ENOTLEADER);
    assert_null(c);
    mdshm_store_close(ro);
    mdshm_store_close(st);
}

static void test_error_table(void **state)
{
    static const int codes[] = {
#define XX(n, v, s) MDSHM_E##n,
        MDSHM_ERRNO_MAP(XX)
#undef XX
    };
    size_t n = sizeof(codes) / sizeof(codes[0]);
    (void)state;
    for (size_t i = 0; i < n; i++) {
        assert_true(codes[i] <= -31000);
        assert_true(strlen(mdshm_strerror(codes[i])) > 0);
        assert_true(strncmp(mdshm_err_name(codes[i]), "MDSHM_E", 7) == 0);
        for (size_t j = i + 1; j < n; j++)
            assert_int_not_equal(codes[i], codes[j]);
    }
    assert_string_equal(mdshm_err_name(-ENOENT), "ENOENT");
    assert_non_null(mdshm_strerror(-ENOENT));
    assert_string_equal(mdshm_strerror(12345), "unknown error");
}

static void test_key_certset(void **state)
{
    char buf[32];
    (void)state;
    assert_int_equal(mdshm_key_certset(buf, sizeof(buf), "a.test", 6, "rsa2048",
                                       7),
                     14);
    assert_string_equal(buf, "a.test/rsa2048");
    assert_int_equal(mdshm_key_certset(buf, sizeof(buf), "a/b", 3, "x", 1),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm_key_certset(buf, 8, "a.test", 6, "rsa2048", 7),
                     -ENAMETOOLONG);
}

/* A remap that cannot be mapped (here: RLIMIT_AS leaves no room for the
 * doubled map) fails the write, and the store keeps its old map: reads
 * go on.  LMDB alone leaves the environment without a map, and the next
 * transaction faults. */
static int put_big_fn(mdshm__wtxn_t *w, void *baton)
{
    static char big[96 * 1024];
    char key[32];
    int n = *(int *)baton;

    memset(big, 'x', sizeof(big));
    snprintf(key, sizeof(key), "bulk/%d", n);
    return mdshm__w_put_raw(w, MDSHM_DB_CERTS, key, strlen(key), big,
                            sizeof(big));
}

static long vm_size_bytes(void)
{
    char line[128];
    long kb = -1;
    FILE *f = fopen("/proc/self/status", "r");

    while (f && fgets(line, sizeof(line), f))
        if (sscanf(line, "VmSize: %ld kB", &kb) == 1)
            break;
    if (f)
        fclose(f);
    return kb < 0 ? -1 : kb * 1024;
}

static int remap_child(const char *dir)
{
    mdshm_store_opts_t o = {0};
    mdshm_store_t *st = NULL;
    mdshm_reader_t *rd = NULL;
    mdshm_buf_t val;
    struct rlimit rl;
    char path[256];
    int n, rv = 0;
    long vm;

    snprintf(path, sizeof(path), "%s/md", dir);
    o.create = true;
    o.mapsize = 1 << 20;
    if (mdshm_store_open(path, &o, &st) != 0 ||
        mdshm_reader_create(st, &rd) != 0)
        return 10;
    n = 0;
    if (mdshm__write(st, put_big_fn, &n) != 0) /* "bulk/0", to read back */
        return 11;
    if ((vm = vm_size_bytes()) < 0)
        return 12;
    rl.rlim_cur = rl.rlim_max = (rlim_t)vm + (512 << 10);
    if (setrlimit(RLIMIT_AS, &rl) != 0)
        return 13;
    for (n = 1; n < 64 && (rv = mdshm__write(st, put_big_fn, &n)) == 0; n++)
        ;
    if (rv == 0)
        return 14; /* the map should have filled and not grown */
    if (mdshm_read_begin(rd) != 0 ||
        mdshm_read_get_raw(rd, MDSHM_DB_CERTS, "bulk/0", 6, &val) != 0 ||
        val.n != 96 * 1024 || val.p[0] != 'x')
        return 15;
    mdshm_read_end(rd);
    return 0;
}

static void test_remap_failure_keeps_map(void **state)
{
    int status;
    pid_t pid;

#if defined(__SANITIZE_ADDRESS__)
    skip(); /* ASan's shadow memory makes RLIMIT_AS meaningless */
#endif
    pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        signal(SIGSEGV, SIG_DFL); /* not cmocka's handler: die of it */
        signal(SIGBUS, SIG_DFL);
        _exit(remap_child(*state));
    }
    assert_int_equal(waitpid(pid, &status, 0), pid);
    if (WIFSIGNALED(status))
        fail_msg("the process died of signal %d after a failed remap",
                 WTERMSIG(status));
    assert_int_equal(WEXITSTATUS(status), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_lookup_exact_wildcard_case,
                                        setup_dir, teardown_dir),
        cmocka_unit_test_setup_teardown(test_md_names_owned_and_dropped,
                                        setup_dir, teardown_dir),
        cmocka_unit_test_setup_teardown(test_install_gen_and_archive,
                                        setup_dir, teardown_dir),
        cmocka_unit_test_setup_teardown(test_read_gen_per_snapshot, setup_dir,
                                        teardown_dir),
        cmocka_unit_test_setup_teardown(test_corrupt_gen_not_per_read,
                                        setup_dir, teardown_dir),
        cmocka_unit_test_setup_teardown(test_write_all_or_nothing, setup_dir,
                                        teardown_dir),
        cmocka_unit_test_setup_teardown(test_fencing, setup_dir,
                                        teardown_dir),
        cmocka_unit_test_setup_teardown(test_fenced_write_rejected, setup_dir,
                                        teardown_dir),
        cmocka_unit_test_setup_teardown(test_names_layout, setup_dir,
                                        teardown_dir),
        cmocka_unit_test_setup_teardown(test_permissions, setup_dir,
                                        teardown_dir),
        cmocka_unit_test_setup_teardown(test_newer_schema_refused, setup_dir,
                                        teardown_dir),
        cmocka_unit_test_setup_teardown(test_readonly_cannot_lead, setup_dir,
                                        teardown_dir),
        cmocka_unit_test_setup_teardown(test_remap_failure_keeps_map,
                                        setup_dir, teardown_dir),
        cmocka_unit_test(test_error_table),
        cmocka_unit_test(test_key_certset),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
