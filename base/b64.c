/* b64.c -- base64url (RFC 4648 section 5) on top of OpenSSL's base64.
 *
 * OpenSSL's EVP_EncodeBlock/EVP_DecodeBlock do the work; this file only
 * translates the two alphabet differences ('+' '/' vs '-' '_') and the
 * padding, and validates input strictly first (EVP_DecodeBlock would skip
 * surrounding white space and accept the standard alphabet).
 */
#include "base.h"

#include <openssl/evp.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define B64_MAX_IN (256u << 20) /* far above any ACME object */

static bool url_char(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
           (c >= '0' && c <= '9') || c == '-' || c == '_';
}

int mdshm__b64url_encode_to(const void *p, size_t n, char *out, size_t size)
{
    size_t full = 4 * ((n + 2) / 3); /* EVP_EncodeBlock's padded length */
    size_t len = MDSHM__B64URL_LEN(n);
    unsigned char *tmp;
    int w;

    if (!out || (!p && n))
        return -EINVAL;
    if (n > B64_MAX_IN)
        return MDSHM_ETOOBIG;
    if (size < len + 1)
        return -ENOSPC;
    /* EVP_EncodeBlock writes padding and a NUL: full + 1 bytes. */
    if (size >= full + 1) {
        tmp = (unsigned char *)out;
    } else if (!(tmp = malloc(full + 1))) {
        return -ENOMEM;
    }
    w = n ? EVP_EncodeBlock(tmp, p, (int)n) : 0;
    if (w < 0 || (size_t)w != full) {
        if (tmp != (unsigned char *)out)
            free(tmp);
        return MDSHM_ECRYPTO;
    }
    for (size_t i = 0; i < len; i++) {
        char c = (char)tmp[i];
        out[i] = c == '+' ? '-' : c == '/' ? '_' : c;
    }
    out[len] = 0;
    if (tmp != (unsigned char *)out)
        free(tmp);
    return 0;
}

int mdshm__b64url_encode(const void *p, size_t n, char **out)
{
    char *s;
    int rv;

    if (!out)
        return -EINVAL;
    *out = NULL;
    if (n > B64_MAX_IN)
        return MDSHM_ETOOBIG;
    /* Room for EVP_EncodeBlock's padded output, translated in place. */
    if (!(s = malloc(4 * ((n + 2) / 3) + 1)))
        return -ENOMEM;
    rv = mdshm__b64url_encode_to(p, n, s, 4 * ((n + 2) / 3) + 1);
    if (rv) {
        free(s);
        return rv;
    }
    *out = s;
    return 0;
}

int mdshm__b64url_decode(const char *s, size_t len, uint8_t **out,
                         size_t *outlen)
{
    unsigned char *in, *buf;
    size_t pad, padded;
    int n;

    if (!out || !outlen || (!s && len))
        return -EINVAL;
    *out = NULL;
    *outlen = 0;
    if (len > B64_MAX_IN)
        return MDSHM_ETOOBIG;
    /* Tolerate "=" padding (some CAs hand out padded EAB keys). */
    {
        size_t eq = 0;
        while (eq < 2 && len > 0 && s[len - 1] == '=') {
            len--;
            eq++;
        }
        if (eq && (len + eq) % 4)
            return MDSHM_EBADINPUT;
    }
    if (len % 4 == 1)
        return MDSHM_EBADINPUT;
    for (size_t i = 0; i < len; i++)
        if (!url_char((unsigned char)s[i]))
            return MDSHM_EBADINPUT;
    pad = (4 - len % 4) % 4;
    padded = len + pad;
    if (!(in = malloc(padded + 1)))
        return -ENOMEM;
    for (size_t i = 0; i < len; i++)
        in[i] = s[i] == '-' ? '+' : s[i] == '_' ? '/' : (unsigned char)s[i];
    memset(in + len, '=', pad);
    in[padded] = 0;
    if (!(buf = malloc(padded / 4 * 3 + 1))) {
        free(in);
        return -ENOMEM;
    }
    n = padded ? EVP_DecodeBlock(buf, in, (int)padded) : 0;
    free(in);
    /* EVP_DecodeBlock counts the padding as zero bytes: drop them. */
    if (n < 0 || (size_t)n != padded / 4 * 3) {
        free(buf);
        return MDSHM_EBADINPUT;
    }
    *outlen = (size_t)n - pad;
    buf[*outlen] = 0;
    *out = buf;
    return 0;
}
