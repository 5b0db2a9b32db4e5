/* challenge.c -- challenge answers for workers (http-01 lookup). */
#include "internal.h"

#include <stdio.h>
#include <string.h>

#define MAX_TOKEN 256

static bool is_b64url(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
              (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    }
    return n > 0;
}

int mdshm_challenge_http01(mdshm_reader_t *rd, const char *token, size_t len,
                           mdshm_buf_t *key_authz)
{
    char key[9 + MAX_TOKEN];
    mdshm_record_t rec;
    int rv;

    key_authz->p = NULL;
    key_authz->n = 0;
    if (!token || len > MAX_TOKEN || !is_b64url(token, len))
        return MDSHM_EBADINPUT;
    memcpy(key, "http-01/", 8);
    memcpy(key + 8, token, len);
    rv = mdshm_read_get(rd, MDSHM_DB_CHALLENGES, key, 8 + len, &rec);
    if (rv < 0)
        return rv;
    if (rec.u.challenge.key_authz.n == 0)
        return MDSHM_ENOTFOUND;
    *key_authz = rec.u.challenge.key_authz;
    return 0;
}
