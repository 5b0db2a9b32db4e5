/* idna.c -- is an "xn--" label really an A-label?  A Punycode decoder
 * (RFC 3492 6.2) that only counts and checks: nothing is converted, since
 * mdshm keeps names in their ASCII form everywhere. */
#include "idna.h"

#include <stdint.h>
#include <strings.h>

enum { BASE = 36, TMIN = 1, TMAX = 26, SKEW = 38, DAMP = 700,
       INITIAL_BIAS = 72, INITIAL_N = 128 };

static int digit_of(char c)
{
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= '0' && c <= '9')
        return c - '0' + 26;
    return -1;
}

static uint32_t adapt(uint32_t delta, uint32_t points, int first)
{
    uint32_t k = 0;

    delta = first ? delta / DAMP : delta / 2;
    delta += delta / points;
    while (delta > ((BASE - TMIN) * TMAX) / 2) {
        delta /= BASE - TMIN;
        k += BASE;
    }
    return k + (BASE - TMIN + 1) * delta / (delta + SKEW);
}

const char *mdshm__idna_label_problem(const char *label, size_t len)
{
    uint32_t n = INITIAL_N, i = 0, bias = INITIAL_BIAS, out;
    size_t b = 0, in;

    if (len < 4 || strncasecmp(label, "xn--", 4) != 0)
        return NULL;
    label += 4;
    len -= 4;
    for (size_t j = 0; j < len; j++) /* basic code points: before the last - */
        if (label[j] == '-')
            b = j;
    out = (uint32_t)b;
    in = b > 0 ? b + 1 : 0;
    if (in >= len)
        return "invalid IDN: an 'xn--' label encodes no non-ASCII character";
    while (in < len) {
        uint32_t oldi = i, w = 1;

        for (uint32_t k = BASE;; k += BASE) {
            int d = in < len ? digit_of(label[in++]) : -1;
            uint32_t t;

            if (d < 0)
                return "invalid IDN: the 'xn--' label is not valid Punycode";
            if ((uint32_t)d > (UINT32_MAX - i) / w)
                return "invalid IDN: Punycode overflow in an 'xn--' label";
            i += (uint32_t)d * w;
            t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
            if ((uint32_t)d < t)
                break;
            if (w > UINT32_MAX / (BASE - t))
                return "invalid IDN: Punycode overflow in an 'xn--' label";
            w *= BASE - t;
        }
        out++;
        bias = adapt(i - oldi, out, oldi == 0);
        if (i / out > UINT32_MAX - n)
            return "invalid IDN: Punycode overflow in an 'xn--' label";
        n += i / out;
        i %= out;
        if (n < 0xA0 || (n >= 0xD800 && n <= 0xDFFF) || n > 0x10FFFF)
            return "invalid IDN: an 'xn--' label decodes to a control, "
                   "surrogate or out-of-range character";
        i++;
    }
    return NULL;
}
