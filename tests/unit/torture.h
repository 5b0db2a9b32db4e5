/* torture.h -- allocation-failure torture for the unit tests (torture.c,
 * tests/torture.sh, docs/testing.md).  Inert unless MDSHM_TORTURE_TEST is
 * set. */
#ifndef MDSHM_UNIT_TORTURE_H
#define MDSHM_UNIT_TORTURE_H

#include "mdshm.h"

/* Under torture, decode every record of @p st (allocations not failed) and
 * print "torture: corrupt record DB KEY" for each that does not decode: a
 * failed allocation must never leave a bad record behind.  For test
 * teardowns. */
void torture_check_store(mdshm_store_t *st);

/* Fail the @p n-th allocation from now on, in any build and without the
 * driver (0: stop failing and counting).  Returns the allocations counted
 * since the previous call: fewer than that call's n means its n-th never
 * came.  For a test that loops over n itself. */
long torture_fail_nth(long n);

#endif
