/* test_export.c -- MDExportDir and MDExportCmd in the configuration
 * (inheritance, "none", absolute paths) and what mdshm_export() refuses
 * before it touches anything.  The files themselves: tests/cli/
 * test_export.sh; the drive's use: tests/integration/test_export.py. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "core/config.h"
#include "core/export.h"
#include "unit_store.h"

static mdshm_config_t *parse(const char *text)
{
    mdshm_config_t *cfg = NULL;

    if (mdshm_config_parse(text, strlen(text), "test.conf", &cfg) < 0)
        return NULL;
    return cfg;
}

static void test_config_inheritance(void **state)
{
    mdshm_config_t *cfg = parse("MDExportDir /srv/live\n"
                                "MDExportCmd /usr/local/bin/reload --all\n"
                                "MDomain a.example\n"
                                "<MDomain b.example>\n"
                                "    MDExportDir /etc/other\n"
                                "</MDomain>\n"
                                "<MDomain c.example>\n"
                                "    MDExportDir none\n"
                                "</MDomain>\n");
    const mdshm__config_global_t *g;
    mdshm_config_md_info_t info;

    (void)state;
    assert_non_null(cfg);
    g = mdshm__config_global(cfg);
    assert_string_equal(g->s.export_dir, "/srv/live");
    assert_int_equal(g->export_cmd.n, 2);
    assert_string_equal(g->export_cmd.v[0], "/usr/local/bin/reload");
    assert_string_equal(mdshm__config_md_find(cfg, "a.example")->s.export_dir,
                        "/srv/live");
    assert_string_equal(mdshm__config_md_find(cfg, "b.example")->s.export_dir,
                        "/etc/other");
    assert_null(mdshm__config_md_find(cfg, "c.example")->s.export_dir);
    assert_int_equal(mdshm_config_md_info(cfg, 1, &info), 0);
    assert_string_equal(info.export_dir, "/etc/other");
    mdshm_config_free(cfg);

    /* the default: none, and no command */
    cfg = parse("MDomain a.example\n");
    assert_non_null(cfg);
    assert_null(mdshm__config_md_find(cfg, "a.example")->s.export_dir);
    assert_int_equal(mdshm__config_global(cfg)->export_cmd.n, 0);
    mdshm_config_free(cfg);
}

static void test_config_errors(void **state)
{
    (void)state;
    assert_null(parse("MDExportDir relative/dir\nMDomain a.example\n"));
    assert_null(parse("MDExportDir /a /b\nMDomain a.example\n"));
    assert_null(parse("MDExportCmd reload\nMDomain a.example\n"));
    assert_null(parse("<MDomain a.example>\n  MDExportCmd /bin/true\n"
                      "</MDomain>\n"));
}

static void test_refused_before_writing(void **state)
{
    struct ut_env *e = *state;
    char dir[128];
    struct stat sb;

    snprintf(dir, sizeof(dir), "%s/out", e->dir);
    assert_int_equal(mdshm_export(NULL, "a.example", dir), MDSHM_EBADINPUT);
    assert_int_equal(mdshm_export(e->st, "", dir), MDSHM_EBADINPUT);
    assert_int_equal(mdshm_export(e->st, "..", dir), MDSHM_EBADINPUT);
    assert_int_equal(mdshm_export(e->st, "a/b", dir), MDSHM_EBADINPUT);
    assert_int_equal(mdshm_export(e->st, "a.example", ""), MDSHM_EBADINPUT);
    assert_int_equal(mdshm__export_to(e->st, "a.example", dir, "../x"),
                     MDSHM_EBADINPUT);
    /* an MD the store does not know: nothing is created */
    assert_int_equal(mdshm_export(e->st, "a.example", dir), MDSHM_ENOTFOUND);
    assert_int_equal(stat(dir, &sb), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_config_inheritance),
        cmocka_unit_test(test_config_errors),
        cmocka_unit_test_setup_teardown(test_refused_before_writing, ut_setup,
                                        ut_teardown),
    };
    mdshm_set_default_log_level(MDSHM_LOG_EMERG);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
