/* torture.h -- allocation-failure torture for the unit tests (torture.c,
 * tests/torture.sh, docs/testing.md).  Inert unless MDSHM_TORTURE_TEST is
 * set. */
#ifndef MDSHM_UNIT_TORTURE_H
#define MDSHM_UNIT_TORTURE_H

#include "mdshm.h"

/* Under torture, decode every record of @p st (allocations not failed) and
 * print "torture: store corrupt" if one does not decode: a failed
 * allocation must never leave a bad record behind.  For test teardowns. */
void torture_check_store(mdshm_store_t *st);

#endif
