/* test_status_html.c -- the HTML status page (core/status_html.c):
 *  - mdshm__html_escape: markup characters, quotes, invalid UTF-8 and
 *    control characters;
 *  - the page of a store with a few MDs (the shapes of test_status.c: two
 *    key specs, an OCSP response, a failed job, an MD without certificate,
 *    a corrupt certificate and a corrupt MD record), with hostile text in
 *    the job: every MD is there, the text is escaped, the timeline has its
 *    windows and "now" where they belong;
 *  - pages (limit, after, the "next page" link), the sink's error, and
 *    "no leader". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "store_int.h"
#include "status.h"
#include "unit/unit_store.h"

#define NOW_S INT64_C(1800000000)
#define NOW_MS (NOW_S * 1000)
#define DAY 86400

static const char hostile[] =
    "<img src=x onerror=alert(1)> & \"q\" 's' <script>x</script>";
static const char hostile_esc[] =
    "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &#39;s&#39; "
    "&lt;script&gt;x&lt;/script&gt;";

static mdshm_buf_t sb(const char *s)
{
    mdshm_buf_t b = {(const uint8_t *)s, strlen(s)};
    return b;
}

/* ---- escaping ---------------------------------------------------------- */

static char *esc(const char *in, size_t len)
{
    mdshm__membuf_t m = {0};

    assert_int_equal(mdshm__html_escape(in, len, mdshm__mem_sink, &m), 0);
    if (!m.p)
        assert_int_equal(mdshm__mem_sink(&m, "", 0), 0);
    return m.p;
}

#define ESC_EQ(in, want)                                                      \
    do {                                                                      \
        char *got_ = esc(in, sizeof(in) - 1);                                 \
        assert_string_equal(got_, want);                                      \
        free(got_);                                                           \
    } while (0)

static int failing_sink(void *baton, const char *data, size_t len)
{
    (void)data;
    (void)len;
    return ++*(int *)baton > 1 ? -5 : 0;
}

static void test_escape(void **state)
{
    int calls = 0;

    (void)state;
    ESC_EQ("", "");
    ESC_EQ("plain.example", "plain.example");
    ESC_EQ("a<b>&\"'", "a&lt;b&gt;&amp;&quot;&#39;");
    ESC_EQ("<img src=x onerror=alert(1)>.example",
           "&lt;img src=x onerror=alert(1)&gt;.example");
    ESC_EQ("b\xc3\xbc" "cher \xe2\x82\xac \xf0\x9f\x94\x92",
           "b\xc3\xbc" "cher \xe2\x82\xac \xf0\x9f\x94\x92"); /* valid UTF-8 */
    ESC_EQ("tab\tnl\n", "tab\tnl\n");
    /* not UTF-8: a bad lead, a cut sequence, overlong, a surrogate, NUL,
     * controls and DEL: each byte becomes U+FFFD */
    ESC_EQ("\xff", "\xef\xbf\xbd");
    ESC_EQ("\xc3(", "\xef\xbf\xbd(");
    ESC_EQ("\xe2\x82", "\xef\xbf\xbd\xef\xbf\xbd");
    ESC_EQ("\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd");
    ESC_EQ("\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
    ESC_EQ("a\0b", "a\xef\xbf\xbd" "b");
    ESC_EQ("\x01\x1b[31m\x7f", "\xef\xbf\xbd\xef\xbf\xbd[31m\xef\xbf\xbd");
    /* the sink's error stops it and is returned */
    assert_int_equal(mdshm__html_escape("a<b<c", 5, failing_sink, &calls),
                     -5);
    assert_int_equal(calls, 2);
}

/* ---- the page ----------------------------------------------------------- */

static void put_certset(mdshm__wtxn_t *w, const char *md, const char *spec,
                        int64_t nb, int64_t na, uint8_t fill,
                        const char *ocsp_url)
{
    static uint8_t sha[4][32];
    static unsigned used;
    mdshm_record_t r = {.type = MDSHM_REC_CERTSET};
    mdshm_certset_rec_t *c = &r.u.certset;
    char key[300];
    int n = mdshm_key_certset(key, sizeof(key), md, strlen(md), spec,
                              strlen(spec));
    uint8_t *h = sha[used++ % 4];

    memset(h, fill, 32);
    c->md = sb(md);
    c->key_spec = sb(spec);
    c->n_chain = 1;
    c->chain[0] = sb("not-a-real-der");
    c->pkey = sb("PRIVATEKEYMATERIAL");
    c->not_before = nb;
    c->not_after = na;
    c->sha256.p = h;
    c->sha256.n = 32;
    c->issuer = sb("CN=Test <CA> & Co");
    c->serial = sb("0A1B");
    c->ocsp_url = sb(ocsp_url);
    assert_true(n > 0);
    assert_int_equal(mdshm__w_put(w, MDSHM_DB_CERTS, key, (size_t)n, &r), 0);
}

static void put_md(mdshm__wtxn_t *w, const char *name, uint32_t state,
                   const char *const *specs, uint32_t n_specs)
{
    mdshm_record_t r = {.type = MDSHM_REC_MD};
    mdshm_md_rec_t *m = &r.u.md;

    m->name = sb(name);
    m->state = state;
    m->renew_mode = 1;
    m->names[m->n_names++] = sb(name);
    for (uint32_t i = 0; i < n_specs; i++)
        m->key_specs[m->n_key_specs++] = sb(specs[i]);
    m->renew_window = sb("30d");
    m->warn_window = sb("10%");
    m->renew_at_ms = NOW_MS + 10 * DAY * 1000;
    assert_int_equal(mdshm__w_put_md(w, m), 0);
}

static int fill_fn(mdshm__wtxn_t *w, void *baton)
{
    static const char *const both[] = {"rsa2048", "secp256r1"};
    static const char *const ec[] = {"secp256r1"};
    mdshm_record_t r;
    char key[300], okey[65];
    uint8_t sha[32];
    int n;

    (void)baton;
    put_md(w, "one.test", MDSHM_MD_COMPLETE, both, 2);
    /* 100 days, now at day 10: renew (30d) from x=700, warn (10%) from
     * x=900, now at x=100 */
    put_certset(w, "one.test", "rsa2048", NOW_S - 10 * DAY, NOW_S + 90 * DAY,
                0x11, "http://ocsp.test/");
    put_certset(w, "one.test", "secp256r1", NOW_S - 2 * DAY,
                NOW_S + 30 * DAY, 0x22, "");

    memset(sha, 0x11, sizeof(sha));
    mdshm_key_ocsp(okey, sha);
    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_OCSP;
    r.u.ocsp.der = sb("ocsp-der");
    r.u.ocsp.this_update = NOW_S - 3600;
    r.u.ocsp.next_update = NOW_S + DAY;
    r.u.ocsp.fetched_ms = NOW_MS - 3600 * 1000;
    r.u.ocsp.errors = 2;
    r.u.ocsp.last_error = sb("responder said <b>no</b>");
    assert_int_equal(mdshm__w_put(w, MDSHM_DB_OCSP, okey, 64, &r), 0);
    /* its CRL lists it */
    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_CRL;
    r.u.crl.status = 1;
    r.u.crl.reason = 1;
    r.u.crl.revoked_at = NOW_S - 600;
    r.u.crl.fetched_ms = NOW_MS - 60000;
    r.u.crl.next_fetch_ms = NOW_MS + 3600 * 1000;
    r.u.crl.url = sb("http://crl.test/1.crl");
    memcpy(key, "crl-", 4);
    mdshm_key_ocsp(key + 4, sha);
    assert_int_equal(mdshm__w_put(w, MDSHM_DB_OCSP, key, 68, &r), 0);

    memset(&r, 0, sizeof(r));
    r.type = MDSHM_REC_JOB;
    r.u.job.md = sb("one.test");
    r.u.job.errors = 3;
    r.u.job.next_run_ms = NOW_MS + 60000;
    r.u.job.last_run_ms = NOW_MS - 60000;
    r.u.job.last_status = MDSHM_EBUSY;
    r.u.job.last_problem = sb("urn:ietf:params:acme:error:rateLimited");
    r.u.job.last_detail = sb(hostile);
    r.u.job.n_log = 2;
    r.u.job.log[0] = (mdshm_joblog_entry_t){NOW_MS - 200000, sb("progress"),
                                            sb("created order")};
    r.u.job.log[1] = (mdshm_joblog_entry_t){NOW_MS - 100000, sb("error"),
                                            sb(hostile)};
    assert_int_equal(mdshm__w_put(w, MDSHM_DB_JOBS, "one.test", 8, &r), 0);

    put_md(w, "two.test", MDSHM_MD_INCOMPLETE, both, 1);
    put_md(w, "three.test", MDSHM_MD_COMPLETE, ec, 1);
    n = mdshm_key_certset(key, sizeof(key), "three.test", 10, "secp256r1", 9);
    assert_int_equal(mdshm__w_put_raw(w, MDSHM_DB_CERTS, key, (size_t)n,
                                      "\xc1garbage", 8),
                     0);
    return mdshm__w_put_raw(w, MDSHM_DB_MDS, "bad.test", 8, "\xc1x", 2);
}

static int setup(void **state)
{
    struct ut_env *e;

    ut_setup(state);
    e = *state;
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_WARN); /* corrupt on purpose */
    assert_int_equal(mdshm__leader_write(e->c, fill_fn, NULL), 0);
    return 0;
}

static int teardown(void **state)
{
    ut_teardown(state);
    return 0;
}

/* Collects the page and checks the pieces the sink gets. */
struct got {
    mdshm__membuf_t m;
    size_t pieces, biggest;
};

static int got_sink(void *baton, const char *data, size_t len)
{
    struct got *g = baton;

    g->pieces++;
    if (len > g->biggest)
        g->biggest = len;
    return mdshm__mem_sink(&g->m, data, len);
}

static char *page(mdshm_store_t *st, const char *after, size_t limit)
{
    mdshm_status_page_t pg = {after, limit};
    struct got g = {{0}, 0, 0};

    assert_int_equal(mdshm_status_html_stream(st, after || limit ? &pg : NULL,
                                              NOW_MS, got_sink, &g),
                     0);
    assert_non_null(g.m.p);
    assert_true(g.biggest <= 16384);
    assert_true(strncmp(g.m.p, "<!DOCTYPE html>\n", 16) == 0);
    assert_non_null(strstr(g.m.p, "</body>\n</html>\n"));
    return g.m.p;
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;

    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

/* The text of the MD section of @name (up to the next section). */
static char *section(const char *doc, const char *name)
{
    char head[128];
    const char *p, *end;
    size_t off;

    snprintf(head, sizeof(head), "<section class=\"md\" data-md=\"%s\">",
             name);
    p = strstr(doc, head);
    if (!p)
        fail_msg("no section for %s", name);
    off = (size_t)(p - doc);
    end = strstr(doc + off + strlen(head), "<section");
    return strndup(p, end ? (size_t)(end - p) : strlen(p));
}

static void test_document(void **state)
{
    struct ut_env *e = *state;
    char *doc = page(e->st, NULL, 0), *one, *two, *three;
    const char *bad, *first;

    /* every MD, in name order, the corrupt one in its place */
    bad = strstr(doc, "(record unreadable:");
    first = strstr(doc, "data-md=\"one.test\"");
    assert_non_null(bad);
    assert_non_null(first);
    assert_true(bad < first);
    assert_true(first < strstr(doc, "data-md=\"three.test\""));
    assert_true(strstr(doc, "data-md=\"three.test\"") <
                strstr(doc, "data-md=\"two.test\""));
    assert_int_equal(count(doc, "<section class=\"md\""), 4);

    /* self-contained: no script, no external reference */
    assert_null(strstr(doc, "<script"));
    assert_null(strstr(doc, "<img"));
    assert_null(strstr(doc, "src=\""));
    assert_null(strstr(doc, "href=\"http"));
    assert_null(strstr(doc, "url("));
    assert_null(strstr(doc, "PRIVATEKEYMATERIAL"));
    assert_non_null(strstr(doc, "<style>"));

    /* the leader: this process, active */
    assert_non_null(strstr(doc, "<section class=\"leader ok\""));
    assert_non_null(strstr(doc, "<span class=\"badge b-ok\">active</span>"));

    one = section(doc, "one.test");
    /* hostile text escaped, in the last result and in the errors */
    assert_int_equal(count(one, hostile_esc), 2);
    assert_non_null(strstr(one, "Test &lt;CA&gt; &amp; Co"));
    assert_non_null(strstr(one, "responder said &lt;b&gt;no&lt;/b&gt;"));
    assert_non_null(strstr(one, ">MDSHM_EBUSY</span>"));
    assert_non_null(strstr(one, "failed runs in a row: 3"));
    assert_non_null(strstr(one, "next run 2027-01-15 08:01 UTC"));
    /* two certificates with a timeline each; rsa2048's windows and now */
    assert_int_equal(count(one, "<svg class=\"tl\""), 2);
    assert_non_null(strstr(one, "<rect class=\"valid\" x=\"0.0\" y=\"6\" "
                                "width=\"1000.0\" height=\"20\" fill=\"#9cd8b0\">"
                                "<title>valid from 2027-01-05 08:00 UTC"));
    assert_non_null(strstr(one, "<rect class=\"renew\" x=\"700.0\" y=\"6\" "
                                "width=\"300.0\""));
    assert_non_null(strstr(one, "<rect class=\"warn\" x=\"900.0\" y=\"6\" "
                                "width=\"100.0\""));
    assert_non_null(strstr(one, "<rect class=\"now\" x=\"100.0\""));
    /* OCSP: the stored response, and a certificate without responder */
    assert_non_null(strstr(one, ">valid</span> good, next update "
                                "2027-01-16 08:00 UTC"));
    assert_non_null(strstr(one, "failed fetches"));
    assert_non_null(strstr(one, "no responder"));
    /* CRL: rsa2048 listed (in red, with date and reason), secp256r1 not
     * checked */
    assert_non_null(strstr(one, "<dt>CRL</dt><dd class=\"crl\"><span "
                                "class=\"badge b-bad\">revoked</span> "
                                "http://crl.test/1.crl <span class=\"err\">"
                                "revoked 2027-01-15 07:50 UTC "
                                "(keyCompromise): a renewal was requested"));
    assert_non_null(strstr(one, "<dt>CRL</dt><dd class=\"crl\">not checked"));
    assert_non_null(strstr(one, "<dt>renew window</dt><dd>30d"));
    assert_non_null(strstr(one, "<dt>warn window</dt><dd>10%"));

    two = section(doc, "two.test");
    assert_non_null(strstr(two, "<span class=\"badge b-warn\">incomplete"));
    assert_non_null(strstr(two, "no certificate yet"));
    assert_non_null(strstr(two, "the drive has not run for this MD yet"));
    assert_null(strstr(two, "<svg"));

    three = section(doc, "three.test");
    assert_non_null(strstr(three, "record unreadable"));

    free(one);
    free(two);
    free(three);
    free(doc);
}

static void test_pages(void **state)
{
    struct ut_env *e = *state;
    char *doc = page(e->st, NULL, 2);

    /* bad.test and one.test, then a link on from one.test */
    assert_int_equal(count(doc, "<section class=\"md\""), 2);
    assert_non_null(strstr(doc, "data-md=\"one.test\""));
    assert_non_null(strstr(doc, "<a rel=\"next\" "
                                "href=\"?after=one.test&amp;limit=2\">"));
    free(doc);

    doc = page(e->st, "one.test", 2);
    assert_int_equal(count(doc, "<section class=\"md\""), 2);
    assert_non_null(strstr(doc, "data-md=\"three.test\""));
    assert_non_null(strstr(doc, "data-md=\"two.test\""));
    assert_null(strstr(doc, "rel=\"next\""));
    free(doc);

    doc = page(e->st, "zzz", 0);
    assert_int_equal(count(doc, "<section class=\"md\""), 0);
    assert_non_null(strstr(doc, "No managed domains after this point."));
    free(doc);
}

static int stop_sink(void *baton, const char *data, size_t len)
{
    (void)data;
    (void)len;
    ++*(int *)baton;
    return -7;
}

static void test_errors(void **state)
{
    struct ut_env *e = *state;
    int calls = 0;

    assert_int_equal(mdshm_status_html_stream(NULL, NULL, NOW_MS, stop_sink,
                                              &calls),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm_status_html_stream(e->st, NULL, NOW_MS, NULL,
                                              NULL),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm_status_html_stream(e->st, NULL, NOW_MS, stop_sink,
                                              &calls),
                     -7);
    assert_int_equal(calls, 1);
}

static void test_no_leader(void **state)
{
    mdshm_store_opts_t o = {0};
    mdshm_store_t *st = NULL;
    char dir[] = "/tmp/mdshm-unit-XXXXXX", path[64];
    char *doc;

    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/md", dir);
    o.create = true;
    assert_int_equal(mdshm_store_open(path, &o, &st), 0);
    doc = page(st, NULL, 0);
    assert_non_null(strstr(doc, "<section class=\"leader bad\""));
    assert_non_null(strstr(doc, ">no leader</span>"));
    assert_non_null(strstr(doc, "<p>No managed domains.</p>"));
    free(doc);
    mdshm_store_close(st);
    nftw(dir, ut_rm_one, 8, FTW_DEPTH | FTW_PHYS);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escape),
        cmocka_unit_test_setup_teardown(test_document, setup, teardown),
        cmocka_unit_test_setup_teardown(test_pages, setup, teardown),
        cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
        cmocka_unit_test(test_no_leader),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
