/* idna.h -- A-label (IDNA "xn--" label) validation, for every place that
 * accepts a DNS name from outside (configuration, the CA's identifiers). */
#ifndef MDSHM_IDNA_H
#define MDSHM_IDNA_H

#include <stddef.h>

#include "base.h"

/*
 * The @len bytes at @label are one DNS label (LDH characters already
 * checked).  A label that starts with "xn--" (any case) must be a valid
 * Punycode encoding (RFC 3492) of at least one non-ASCII character, with
 * no control, surrogate or out-of-range code point.
 * @return NULL if fine, else what is wrong (a static string).
 */
MDSHM_HIDDEN const char *mdshm__idna_label_problem(const char *label,
                                                   size_t len);

#endif
