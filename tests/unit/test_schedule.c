/* test_schedule.c -- renewal windows, backoff, failover, ARI point. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "schedule.h"

#include <string.h>

#define DAY (86400LL * 1000)

static void test_window_percent_and_absolute(void **state)
{
    mdshm__window_t pct = {true, 330}, abs30 = {false, 30 * DAY},
                    abs100 = {false, 100 * DAY};
    int64_t nb = 1000 * DAY, na = nb + 90 * DAY;
    (void)state;

    /* 33% of 90 days = 29.7 days before the end */
    assert_int_equal(mdshm__window_start(nb, na, &pct),
                     na - (int64_t)(29.7 * DAY));
    assert_int_equal(mdshm__window_start(nb, na, &abs30), na - 30 * DAY);
    /* longer than the lifetime: renew at once */
    assert_int_equal(mdshm__window_start(nb, na, &abs100), nb);
    /* six-day certificates keep the same share */
    assert_int_equal(mdshm__window_start(0, 6 * DAY, &pct),
                     6 * DAY - (int64_t)(6 * DAY * 0.33));
    /* an empty or inverted lifetime: at once */
    assert_int_equal(mdshm__window_start(na, nb, &pct), na);
}

static void test_backoff_doubles_caps_and_jitters(void **state)
{
    (void)state;
    /* jitter 0 gives the lower bound: half of base * 2^(n-1) */
    assert_int_equal(mdshm__backoff_ms(30000, 1, 0), 15000);
    assert_int_equal(mdshm__backoff_ms(30000, 2, 0), 30000);
    assert_int_equal(mdshm__backoff_ms(30000, 5, 0), 240000);
    /* never more than 24 h, even after many errors */
    assert_int_equal(mdshm__backoff_ms(30000, 40, 0.999999),
                     MDSHM__MAX_BACKOFF_MS / 2 +
                         (int64_t)((MDSHM__MAX_BACKOFF_MS / 2) * 0.999999));
    assert_true(mdshm__backoff_ms(30000, 1000, 0.5) <= MDSHM__MAX_BACKOFF_MS);
    /* jitter spreads within [50 %, 100 %) */
    assert_true(mdshm__backoff_ms(30000, 3, 0.5) > mdshm__backoff_ms(30000, 3, 0));
    assert_true(mdshm__backoff_ms(30000, 3, 0.99) < 120000);
}

static void test_retry_after_wins(void **state)
{
    (void)state;
    int64_t now = 5000000;
    assert_int_equal(mdshm__retry_at(now, 1000, 1, 0, 0), now + 500);
    assert_int_equal(mdshm__retry_at(now, 1000, 1, 0, now + 3600000),
                     now + 3600000);
    /* a Retry-After in the past does not hurry the backoff */
    assert_int_equal(mdshm__retry_at(now, 1000, 1, 0, now - 1), now + 500);
}

static void test_ca_failover(void **state)
{
    (void)state;
    assert_int_equal(mdshm__ca_index(0, 13, 2), 0);
    assert_int_equal(mdshm__ca_index(12, 13, 2), 0);
    assert_int_equal(mdshm__ca_index(13, 13, 2), 1);
    assert_int_equal(mdshm__ca_index(26, 13, 2), 0);
    assert_int_equal(mdshm__ca_index(26, 13, 3), 2);
    assert_int_equal(mdshm__ca_index(100, 13, 1), 0);
    assert_int_equal(mdshm__ca_index(100, 0, 3), 0);
}

static void test_ari_point_inside_window(void **state)
{
    (void)state;
    for (int i = 0; i < 1000; i++) {
        double r = i / 1000.0;
        int64_t t = mdshm__ari_pick(1000, 2000, r);
        assert_true(t >= 1000 && t < 2000);
    }
    assert_int_equal(mdshm__ari_pick(2000, 1000, 0.5), 2000);
    assert_int_equal(mdshm__ari_pick(1000, 2000, 1.5), 1000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_window_percent_and_absolute),
        cmocka_unit_test(test_backoff_doubles_caps_and_jitters),
        cmocka_unit_test(test_retry_after_wins),
        cmocka_unit_test(test_ca_failover),
        cmocka_unit_test(test_ari_point_inside_window),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
