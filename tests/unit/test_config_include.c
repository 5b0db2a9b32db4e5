/* test_config_include.c -- Include and IncludeOptional in mdshm.conf
 * (core/config_include.c): globs in name order, paths relative to the
 * including file, nesting inside <MDomain>, cycles, the depth limit,
 * IncludeOptional, and messages that name FILE:LINE of the included file
 * with the chain of includes. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#define MDSHM__CONFIG_INTERNALS /* MDSHM__MAX_INCLUDE_DEPTH */
#include "core/config.h"

static char all[65536];
static int n_err;
static char dir[] = "/tmp/mdshm-test-include.XXXXXX";

static void capture(void *baton, mdshm_log_level_t level, int err,
                    const char *file, int line, const char *msg)
{
    size_t used = strlen(all);

    (void)baton;
    (void)err;
    (void)file;
    (void)line;
    if (level <= MDSHM_LOG_ERR)
        n_err++;
    snprintf(all + used, sizeof(all) - used, "%s\n", msg);
}

static int setup(void **state)
{
    (void)state;
    all[0] = 0;
    n_err = 0;
    mdshm_set_default_log(capture, NULL, MDSHM_LOG_TRACE);
    return 0;
}

/* dir/@rel with @text (directories made as needed). */
static void put(const char *rel, const char *text)
{
    char path[512], *slash;
    FILE *f;

    snprintf(path, sizeof(path), "%s/%s", dir, rel);
    for (slash = strchr(path + strlen(dir) + 1, '/'); slash;
         slash = strchr(slash + 1, '/')) {
        *slash = 0;
        mkdir(path, 0700);
        *slash = '/';
    }
    f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static int load(const char *rel, mdshm_config_t **cfg)
{
    char path[512];

    snprintf(path, sizeof(path), "%s/%s", dir, rel);
    all[0] = 0;
    n_err = 0;
    return mdshm_config_load(path, cfg);
}

static void expect_log(const char *fmt, ...)
{
    char want[1024];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(want, sizeof(want), fmt, ap);
    va_end(ap);
    if (!strstr(all, want))
        fail_msg("expected '%s' in:\n%s", want, all);
}

static const mdshm__config_md_t *md(const mdshm_config_t *cfg, size_t i)
{
    const mdshm__config_md_t *m = mdshm__config_md(cfg, i);

    assert_non_null(m);
    return m;
}

/* conf.d/ *.conf in name order, where the directive stands; each MD knows
 * its file and line; MDStoreDir's place is known too. */
static void test_glob_order_and_places(void **state)
{
    mdshm_config_t *cfg = NULL;
    mdshm_config_global_info_t g;
    char want[512];

    (void)state;
    put("glob/main.conf", "MDomain first.example\n"
                          "Include conf.d/*.conf\n"
                          "MDomain last.example\n");
    put("glob/conf.d/20-b.conf", "# b\nMDomain b.example\n");
    put("glob/conf.d/10-a.conf", "MDStoreDir /srv/md\n\nMDomain a.example\n");
    put("glob/conf.d/30-c.conf.off", "MDomain off.example\n");
    put("glob/conf.d/.hidden.conf", "MDomain hidden.example\n");
    snprintf(want, sizeof(want), "%s/glob/conf.d/dir.conf", dir);
    assert_int_equal(mkdir(want, 0700), 0); /* the glob skips directories */
    assert_int_equal(load("glob/main.conf", &cfg), 0);
    assert_int_equal(n_err, 0);
    assert_int_equal(mdshm_config_md_count(cfg), 4);
    assert_string_equal(md(cfg, 0)->name, "first.example");
    assert_string_equal(md(cfg, 1)->name, "a.example");
    assert_string_equal(md(cfg, 2)->name, "b.example");
    assert_string_equal(md(cfg, 3)->name, "last.example");
    snprintf(want, sizeof(want), "%s/glob/conf.d/10-a.conf", dir);
    assert_string_equal(md(cfg, 1)->file, want);
    assert_int_equal(md(cfg, 1)->line, 3);
    assert_int_equal(md(cfg, 2)->line, 2);
    assert_int_equal(md(cfg, 3)->line, 3);
    snprintf(want, sizeof(want), "%s/glob/main.conf", dir);
    assert_string_equal(md(cfg, 3)->file, want);
    mdshm_config_global_info(cfg, &g);
    assert_string_equal(g.store_dir, "/srv/md");
    snprintf(want, sizeof(want), "%s/glob/conf.d/10-a.conf", dir);
    assert_string_equal(g.store_dir_file, want);
    assert_int_equal(g.store_dir_line, 1);
    mdshm_config_free(cfg);
}

/* Relative to the including file (not the current directory), nested,
 * and inside <MDomain> the included settings are the MD's. */
static void test_relative_nested_in_section(void **state)
{
    mdshm_config_t *cfg = NULL;

    (void)state;
    put("rel/top.conf", "Include sites/site.conf\n");
    put("rel/sites/site.conf", "<MDomain s.example>\n"
                               "  Include ../common/keys.inc\n"
                               "</MDomain>\n"
                               "MDomain plain.example\n");
    put("rel/common/keys.inc", "MDPrivateKeys secp256r1\n");
    assert_int_equal(chdir("/"), 0);
    assert_int_equal(load("rel/top.conf", &cfg), 0);
    assert_int_equal(mdshm_config_md_count(cfg), 2);
    assert_string_equal(md(cfg, 0)->s.key_specs.v[0], "secp256r1");
    assert_string_equal(md(cfg, 1)->s.key_specs.v[0], "rsa2048");
    mdshm_config_free(cfg);
}

/* An error in an included file: its FILE:LINE and the chain; errors of all
 * files come in reading order; cross-file references name the file. */
static void test_errors_name_file_and_chain(void **state)
{
    mdshm_config_t *cfg = (mdshm_config_t *)&cfg;
    char *p1, *p2, *p3;

    (void)state;
    put("err/main.conf", "MDomain a.example\n"
                         "Include sub/one.conf\n"
                         "MDBadTop x\n");
    put("err/sub/one.conf", "\nInclude two.conf\nMDomain a.example\n");
    put("err/sub/two.conf", "MDRenewWindow 200%\n");
    assert_int_equal(load("err/main.conf", &cfg), MDSHM_EBADINPUT);
    assert_null(cfg);
    expect_log("%s/err/sub/two.conf:1: MDRenewWindow: invalid argument", dir);
    expect_log("(included from %s/err/sub/one.conf:2, from "
               "%s/err/main.conf:2)", dir, dir);
    expect_log("%s/err/sub/one.conf:3: MD 'a.example' is defined twice "
               "(first at %s/err/main.conf:1) (included from "
               "%s/err/main.conf:2)", dir, dir, dir);
    expect_log("%s/err/main.conf:3: unknown directive 'MDBadTop'\n", dir);
    p1 = strstr(all, "two.conf:1:");
    p2 = strstr(all, "one.conf:3:");
    p3 = strstr(all, "main.conf:3:");
    assert_true(p1 && p2 && p3 && p1 < p2 && p2 < p3);
}

static void test_missing_and_optional(void **state)
{
    mdshm_config_t *cfg = NULL;

    (void)state;
    put("opt/ok.conf", "IncludeOptional none.d/*.conf\n"
                       "IncludeOptional absent.conf\n"
                       "MDomain a.example\n");
    assert_int_equal(load("opt/ok.conf", &cfg), 0);
    assert_int_equal(n_err, 0);
    mdshm_config_free(cfg);

    put("opt/bad.conf", "Include none.d/*.conf\nInclude absent.conf\n"
                        "Include .\n");
    assert_int_equal(load("opt/bad.conf", &cfg), MDSHM_EBADINPUT);
    expect_log("bad.conf:1: Include '%s/opt/none.d/*.conf' matches no file",
               dir);
    expect_log("bad.conf:2: Include: cannot read '%s/opt/absent.conf'", dir);
    expect_log("bad.conf:3: Include '%s/opt/.' is a directory", dir);
}

/* A file that includes itself, directly or through another: refused once,
 * at the Include that closes the loop; the rest is read normally. */
static void test_cycle(void **state)
{
    mdshm_config_t *cfg = NULL;

    (void)state;
    put("cyc/a.conf", "MDomain a.example\nInclude b.conf\n");
    put("cyc/b.conf", "MDomain b.example\nInclude ./a.conf\n");
    assert_int_equal(load("cyc/a.conf", &cfg), MDSHM_EBADINPUT);
    assert_int_equal(n_err, 1);
    expect_log("%s/cyc/b.conf:2: Include of '%s/cyc/./a.conf' makes a loop",
               dir, dir);
    expect_log("(included from %s/cyc/a.conf:2)", dir);

    put("cyc/self.conf", "Include *.conf\n"); /* matches itself */
    assert_int_equal(load("cyc/self.conf", &cfg), MDSHM_EBADINPUT);
    expect_log("makes a loop");
}

/* Deeper than MDSHM__MAX_INCLUDE_DEPTH: refused, not a crash. */
static void test_depth_limit(void **state)
{
    mdshm_config_t *cfg = NULL;
    char name[64], text[128];

    (void)state;
    for (int i = 0; i <= MDSHM__MAX_INCLUDE_DEPTH + 2; i++) {
        snprintf(name, sizeof(name), "deep/d%02d.conf", i);
        snprintf(text, sizeof(text), "Include d%02d.conf\n", i + 1);
        put(name, text);
    }
    assert_int_equal(load("deep/d00.conf", &cfg), MDSHM_EBADINPUT);
    expect_log("includes nested more than %d deep", MDSHM__MAX_INCLUDE_DEPTH);
    assert_int_equal(n_err, 1);
}

/* A section must close in the file that opened it. */
static void test_sections_per_file(void **state)
{
    mdshm_config_t *cfg = NULL;

    (void)state;
    put("sec/main.conf", "Include open.inc\nMDomain z.example\n"
                         "<MDomain y.example>\nInclude close.inc\n"
                         "</MDomain>\n");
    put("sec/open.inc", "<MDomain x.example>\n");
    put("sec/close.inc", "</MDomain>\n");
    assert_int_equal(load("sec/main.conf", &cfg), MDSHM_EBADINPUT);
    expect_log("open.inc:1: <MDomain> is not closed");
    expect_log("close.inc:1: </MDomain> without a matching <MDomain> in "
               "this file");
    assert_int_equal(n_err, 2);
}

/* Text parsed without a file: relative includes are relative to the
 * current directory. */
static void test_parse_text_relative_to_cwd(void **state)
{
    mdshm_config_t *cfg = NULL;
    const char *text = "Include txt/inc.conf\n";
    int rv;

    (void)state;
    put("txt/inc.conf", "MDomain t.example\n");
    assert_int_equal(chdir(dir), 0);
    rv = mdshm_config_parse(text, strlen(text), "<code>", &cfg);
    assert_int_equal(rv, 0);
    assert_int_equal(mdshm_config_md_count(cfg), 1);
    mdshm_config_free(cfg);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_glob_order_and_places, setup),
        cmocka_unit_test_setup(test_relative_nested_in_section, setup),
        cmocka_unit_test_setup(test_errors_name_file_and_chain, setup),
        cmocka_unit_test_setup(test_missing_and_optional, setup),
        cmocka_unit_test_setup(test_cycle, setup),
        cmocka_unit_test_setup(test_depth_limit, setup),
        cmocka_unit_test_setup(test_sections_per_file, setup),
        cmocka_unit_test_setup(test_parse_text_relative_to_cwd, setup),
    };
    int rc;

    if (!mkdtemp(dir))
        return 1;
    rc = cmocka_run_group_tests(tests, NULL, NULL);
    if (chdir("/") == 0) {
        char cmd[128];
        snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
        if (system(cmd) != 0)
            rc = rc ? rc : 1;
    }
    return rc;
}
