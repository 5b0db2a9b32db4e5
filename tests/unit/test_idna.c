/* test_idna.c -- names from outside: A-labels must be valid Punycode
 * (base/idna.c), and the configuration and the CA's identifiers refuse
 * invalid IDNs, shell metacharacters, path separators and over-long
 * labels before they reach argv, file names or records. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "acme.h"
#include "idna.h"

#include <stdio.h>
#include <string.h>

static const char *const good_alabels[] = {
    "xn--bcher-kva", "XN--BCHER-KVA", "xn--mnchen-3ya", "xn--nxasmq6b",
    "xn--ls8h", "xn--p1ai", "example", "r1---sn-abc", "xn",
};

static const char *const bad_alabels[] = {
    "xn--",          /* nothing encoded */
    "xn--a",         /* U+0080, a C1 control */
    "xn--abc",       /* C1 controls */
    "xn--999999999999", /* overflow */
    "xn--zzzzzzzzzzzzzzzzzzzzzzzzz", /* a surrogate */
    "xn--ab_c",      /* not a Punycode digit */
    "xn--abc-",      /* basic part only */
};

static void test_alabels(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof(good_alabels) / sizeof(*good_alabels); i++)
        assert_null(mdshm__idna_label_problem(good_alabels[i],
                                              strlen(good_alabels[i])));
    for (size_t i = 0; i < sizeof(bad_alabels) / sizeof(*bad_alabels); i++) {
        const char *why = mdshm__idna_label_problem(bad_alabels[i],
                                                    strlen(bad_alabels[i]));
        if (!why)
            fail_msg("'%s' accepted", bad_alabels[i]);
        assert_non_null(strstr(why, "IDN"));
    }
}

/* Names that must never reach a hook's argv, a file name or a record. */
static const char *const hostile[] = {
    "a.example;touch /tmp/pwned", "$(id).example", "`id`.example",
    "a|b.example", "a&b.example", "../etc/passwd", "a/b.example",
    "a\\b.example", "-rf.example", "a-.example",
    "b\xc3\xbc" "cher.example", "xn--a.example", "xn--999999999999.example",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example",
    "..example", "a..example", "*a.example", "a.*.example",
};

static void test_config_refuses(void **state)
{
    char text[512];
    (void)state;

    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_EMERG);
    for (size_t i = 0; i < sizeof(hostile) / sizeof(*hostile); i++) {
        mdshm_config_t *cfg = NULL;
        int n = snprintf(text, sizeof(text), "MDomain ok.example %s\n",
                         hostile[i]);
        int rv = mdshm_config_parse(text, (size_t)n, "t.conf", &cfg);

        if (rv != MDSHM_EBADINPUT)
            fail_msg("config accepted '%s' (%d)", hostile[i], rv);
        assert_null(cfg);
    }
    mdshm_set_default_log_level(MDSHM_LOG_WARN);
}

static void test_acme_ident_refuses(void **state)
{
    mdshm__acme_ident_t id;
    (void)state;

    for (size_t i = 0; i < sizeof(hostile) / sizeof(*hostile); i++)
        if (mdshm__acme_ident(hostile[i], &id) != MDSHM_EBADINPUT)
            fail_msg("identifier '%s' accepted as %s '%s'", hostile[i],
                     id.type, id.value);
    /* (Whitespace separates names in the configuration.) */
    if (mdshm__acme_ident("a b.example", &id) != MDSHM_EBADINPUT ||
        mdshm__acme_ident("a.example\n", &id) != MDSHM_EBADINPUT)
        fail_msg("identifier with a space accepted");
    assert_int_equal(mdshm__acme_ident("xn--bcher-kva.example", &id), 0);
    assert_string_equal(id.value, "xn--bcher-kva.example");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_alabels),
        cmocka_unit_test(test_config_refuses),
        cmocka_unit_test(test_acme_ident_refuses),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
