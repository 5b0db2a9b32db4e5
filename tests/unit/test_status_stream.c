/* test_status_stream.c -- the status documents streamed and paged
 * (mdshm_status_json_stream, mdshm_status_metrics_stream, issue 10 section
 * 7) over a store of N_MDS MDs:
 *  - the streamed bytes are those of mdshm_status_json/_metrics;
 *  - the sink gets many pieces of at most 16 KiB, and the heap in use
 *    while streaming stays far below the document's size;
 *  - pages (limit, "next" cursor, after= a name that does not exist, after
 *    the last) cover every MD once, in order;
 *  - a sink error stops the document and is returned;
 *  - the HTML page (mdshm_status_html_stream) likewise, and paged;
 *  - the CLI (`mdshm status --json`, `status --md-status`, `metrics`,
 *    `status --html -`)
 *    prints them with its data segment limited to 8 MiB (RLIMIT_DATA: the
 *    heap, not the store's mapping), which the documents built whole in
 *    memory exceeded. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "store_int.h"
#include "unit/unit_store.h"

#include <jansson.h>
#include <errno.h>
#include <malloc.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#define N_MDS 3000
#define NOW_MS (INT64_C(1800000000) * 1000)
#define CHUNK 16384

static mdshm_buf_t sb(const char *s)
{
    mdshm_buf_t b = {(const uint8_t *)s, strlen(s)};
    return b;
}

static int fill_fn(mdshm__wtxn_t *w, void *baton)
{
    (void)baton;
    for (unsigned i = 0; i < N_MDS; i++) {
        char name[32], www[40], key[80];
        mdshm_record_t r = {.type = MDSHM_REC_MD};
        mdshm_md_rec_t *m = &r.u.md;
        uint8_t sha[32] = {0};
        int n, rv;

        snprintf(name, sizeof(name), "md%05u.test", i * 2); /* gaps */
        snprintf(www, sizeof(www), "www.%s", name);
        m->name = sb(name);
        m->state = 2;
        m->renew_mode = 1;
        m->names[m->n_names++] = sb(name);
        m->names[m->n_names++] = sb(www);
        m->key_specs[m->n_key_specs++] = sb("secp256r1");
        m->ca_urls[m->n_ca_urls++] = sb("https://ca.test/dir");
        if ((rv = mdshm__w_put_md(w, m)) < 0)
            return rv;
        memset(&r, 0, sizeof(r));
        r.type = MDSHM_REC_CERTSET;
        memcpy(sha, &i, sizeof(i));
        r.u.certset.md = sb(name);
        r.u.certset.key_spec = sb("secp256r1");
        r.u.certset.n_chain = 1;
        r.u.certset.chain[0] = sb("not-a-real-der");
        r.u.certset.pkey = sb("key");
        r.u.certset.not_before = NOW_MS / 1000 - 86400;
        r.u.certset.not_after = NOW_MS / 1000 + 80 * 86400;
        r.u.certset.sha256.p = sha;
        r.u.certset.sha256.n = 32;
        r.u.certset.issuer = sb("CN=Test CA");
        r.u.certset.serial = sb("0102");
        n = mdshm_key_certset(key, sizeof(key), name, strlen(name),
                              "secp256r1", 9);
        if ((rv = mdshm__w_put(w, MDSHM_DB_CERTS, key, (size_t)n, &r)) < 0)
            return rv;
    }
    return 0;
}

static int setup(void **state)
{
    struct ut_env *e;

    ut_setup(state);
    e = *state;
    assert_int_equal(mdshm__leader_write(e->c, fill_fn, NULL), 0);
    return 0;
}

static int teardown(void **state)
{
    ut_teardown(state);
    return 0;
}

/* What the sink saw. */
struct seen {
    char *p;
    size_t len, cap;
    size_t calls, max_piece;
    size_t heap0, heap_max; /* heap in use at the start, at most */
    size_t fail_after;      /* return -EPIPE at this call (0: never) */
};

static size_t heap_in_use(void)
{
    return mallinfo2().uordblks;
}

static int sink(void *baton, const char *data, size_t len)
{
    struct seen *s = baton;
    size_t heap = heap_in_use();

    if (heap > s->heap_max)
        s->heap_max = heap;
    s->calls++;
    if (s->fail_after && s->calls == s->fail_after)
        return -EPIPE;
    if (len > s->max_piece)
        s->max_piece = len;
    /* the copy is kept outside the heap measure: one mmap'ed buffer */
    assert_true(s->len + len <= s->cap);
    memcpy(s->p + s->len, data, len);
    s->len += len;
    return 0;
}

static void seen_init(struct seen *s, size_t cap)
{
    memset(s, 0, sizeof(*s));
    s->cap = cap;
    s->p = mmap(NULL, cap, PROT_READ | PROT_WRITE,
                MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    assert_true(s->p != MAP_FAILED);
    s->heap0 = heap_in_use();
}

static void seen_free(struct seen *s)
{
    munmap(s->p, s->cap);
}

static void check_streamed(const struct seen *s, const char *doc,
                           size_t len)
{
    assert_int_equal(s->len, len);
    assert_memory_equal(s->p, doc, len);
    assert_true(s->max_piece <= CHUNK);
    assert_true(s->calls >= len / CHUNK);
    print_message("%zu bytes in %zu pieces; heap grew by %zu bytes at "
                  "most\n", len, s->calls,
                  s->heap_max > s->heap0 ? s->heap_max - s->heap0 : 0);
    /* bounded: far below the document (the old tree cost 9 times it);
     * 0 under ASan, whose allocator mallinfo2 does not see */
    assert_true(s->heap_max < s->heap0 + len / 4);
}

static void test_json_streamed(void **state)
{
    struct ut_env *e = *state;
    char *doc = NULL;
    size_t len = 0;
    struct seen s;

    assert_int_equal(mdshm_status_json(e->st, NULL, NOW_MS, &doc, &len), 0);
    assert_true(len > 8 * CHUNK);
    seen_init(&s, 2 * len + 4096);
    assert_int_equal(mdshm_status_json_stream(e->st, NULL, NULL, NOW_MS,
                                              sink, &s), 0);
    check_streamed(&s, doc, len);
    seen_free(&s);
    free(doc);
}

static void test_metrics_streamed(void **state)
{
    struct ut_env *e = *state;
    char *doc = NULL;
    size_t len = 0;
    struct seen s;

    assert_int_equal(mdshm_status_metrics(e->st, NOW_MS, &doc, &len), 0);
    assert_true(len > 8 * CHUNK);
    seen_init(&s, 2 * len + 4096);
    assert_int_equal(mdshm_status_metrics_stream(e->st, NOW_MS, sink, &s),
                     0);
    check_streamed(&s, doc, len);
    seen_free(&s);
    free(doc);
}

/* The HTML page (no whole-document twin): every MD, in pieces of at most
 * CHUNK, with the heap far below the page's size; a page of 1000 MDs
 * links to the next. */
static void test_html_streamed(void **state)
{
    struct ut_env *e = *state;
    static const char sec[] = "<section class=\"md\"";
    static const char next[] = "href=\"?after=md01998.test&amp;limit=1000\"";
    mdshm_status_page_t pg = {NULL, 1000};
    size_t sections = 0;
    struct seen s;

    seen_init(&s, (size_t)N_MDS * 8192);
    assert_int_equal(mdshm_status_html_stream(e->st, NULL, NOW_MS, sink, &s),
                     0);
    assert_true(s.len > 8 * CHUNK);
    assert_true(s.max_piece <= CHUNK);
    assert_true(s.heap_max < s.heap0 + s.len / 4);
    print_message("html: %zu bytes in %zu pieces; heap grew by %zu bytes at "
                  "most\n", s.len, s.calls,
                  s.heap_max > s.heap0 ? s.heap_max - s.heap0 : 0);
    for (const char *p = s.p; (p = memmem(p, s.len - (size_t)(p - s.p), sec,
                                          sizeof(sec) - 1));
         p += sizeof(sec) - 1)
        sections++;
    assert_int_equal(sections, N_MDS);
    assert_non_null(memmem(s.p, s.len, "</html>\n", 8));
    seen_free(&s);

    seen_init(&s, (size_t)N_MDS * 8192);
    assert_int_equal(mdshm_status_html_stream(e->st, &pg, NOW_MS, sink, &s),
                     0);
    assert_non_null(memmem(s.p, s.len, next, sizeof(next) - 1));
    seen_free(&s);
}

static void test_sink_error_stops(void **state)
{
    struct ut_env *e = *state;
    struct seen s;

    seen_init(&s, 64 << 20);
    s.fail_after = 3;
    assert_int_equal(mdshm_status_json_stream(e->st, NULL, NULL, NOW_MS,
                                              sink, &s), -EPIPE);
    assert_int_equal(s.calls, 3);
    seen_free(&s);
    seen_init(&s, 64 << 20);
    s.fail_after = 3;
    assert_int_equal(mdshm_status_metrics_stream(e->st, NOW_MS, sink, &s),
                     -EPIPE);
    assert_int_equal(s.calls, 3);
    seen_free(&s);
    assert_int_equal(mdshm_status_json_stream(e->st, NULL, NULL, NOW_MS,
                                              NULL, NULL), MDSHM_EBADINPUT);
    assert_int_equal(mdshm_status_metrics_stream(NULL, NOW_MS, sink, &s),
                     MDSHM_EBADINPUT);
}

/* One page as a parsed document. */
static json_t *page(struct ut_env *e, const char *after, size_t limit)
{
    mdshm_status_page_t pg = {after, limit};
    json_error_t jerr;
    json_t *doc;
    struct seen s;

    seen_init(&s, 16 << 20);
    assert_int_equal(mdshm_status_json_stream(e->st, NULL, &pg, NOW_MS,
                                              sink, &s), 0);
    doc = json_loadb(s.p, s.len, 0, &jerr);
    seen_free(&s);
    assert_non_null(doc);
    return doc;
}

static const char *md_name(json_t *doc, size_t i)
{
    return json_string_value(json_object_get(
        json_array_get(json_object_get(doc, "managed-domains"), i), "name"));
}

static void test_pages(void **state)
{
    struct ut_env *e = *state;
    char after[64] = "", want[32];
    size_t seen = 0, pages = 0;
    json_t *doc, *next;

    /* every MD once, in order, pages of 7 */
    for (bool more = true; more; pages++) {
        doc = page(e, pages ? after : NULL, 7);
        json_t *list = json_object_get(doc, "managed-domains");
        assert_non_null(json_object_get(doc, "leader"));
        assert_true(json_array_size(list) <= 7);
        for (size_t i = 0; i < json_array_size(list); i++, seen++) {
            snprintf(want, sizeof(want), "md%05zu.test", seen * 2);
            assert_string_equal(md_name(doc, i), want);
        }
        next = json_object_get(doc, "next");
        more = next != NULL;
        if (more) {
            assert_int_equal(json_array_size(list), 7);
            assert_string_equal(json_string_value(next),
                                md_name(doc, 6));
            snprintf(after, sizeof(after), "%s", json_string_value(next));
        }
        json_decref(doc);
    }
    assert_int_equal(seen, N_MDS);
    assert_int_equal(pages, (N_MDS + 6) / 7);
    /* after a name that does not exist: from the next one */
    doc = page(e, "md00011.test", 2);
    assert_string_equal(md_name(doc, 0), "md00012.test");
    assert_string_equal(md_name(doc, 1), "md00014.test");
    json_decref(doc);
    /* after the last: an empty list, no "next" */
    snprintf(want, sizeof(want), "md%05u.test", (N_MDS - 1) * 2);
    doc = page(e, want, 5);
    assert_int_equal(json_array_size(json_object_get(doc,
                                                     "managed-domains")), 0);
    assert_null(json_object_get(doc, "next"));
    json_decref(doc);
    /* no limit: all after the cursor */
    doc = page(e, "md00001.test", 0);
    assert_int_equal(json_array_size(json_object_get(doc,
                                                     "managed-domains")),
                     N_MDS - 1);
    json_decref(doc);
}

/* Run `$MDSHM --store STORE args...` with RLIMIT_DATA @limit; exit status. */
static int cli_limited(struct ut_env *e, rlim_t limit, const char *a1,
                       const char *a2)
{
    const char *mdshm = getenv("MDSHM");
    char store[128];
    int status;
    pid_t pid;

    snprintf(store, sizeof(store), "%s/md", e->dir);
    pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        struct rlimit rl = {limit, limit};
        int fd = open("/dev/null", O_WRONLY);
        if (fd < 0 || dup2(fd, 1) < 0 || setrlimit(RLIMIT_DATA, &rl) < 0)
            _exit(126);
        execl(mdshm, mdshm, "--store", store, a1, a2, (char *)NULL);
        _exit(127);
    }
    assert_int_equal(waitpid(pid, &status, 0), pid);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

static void test_cli_bounded_memory(void **state)
{
    struct ut_env *e = *state;

    const char *san = getenv("MDSHM_SANITIZERS"); /* tests/run.sh */

    /* the sanitizers' shadow memory does not fit any such limit */
    if (!getenv("MDSHM") || (san && strcmp(san, "no") != 0))
        skip();
    /* the documents are 3.3 MB (md-status) and 1 MB (metrics); the
     * whole trees took 30 MB and more */
    assert_int_equal(cli_limited(e, 8 << 20, "status", "--json"), 0);
    assert_int_equal(cli_limited(e, 8 << 20, "status", "--md-status"), 0);
    assert_int_equal(cli_limited(e, 8 << 20, "metrics", NULL), 0);
    assert_int_equal(cli_limited(e, 8 << 20, "status", "--html=-"), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_json_streamed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_metrics_streamed, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_html_streamed, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_sink_error_stops, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_pages, setup, teardown),
        cmocka_unit_test_setup_teardown(test_cli_bounded_memory, setup,
                                        teardown),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
