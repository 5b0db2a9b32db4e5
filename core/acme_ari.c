/* acme_ari.c -- ACME Renewal Information (RFC 9773): certificate
 * identifiers, fetching and reading the suggested window, and the random
 * renewal time inside it.
 */
#include "acme.h"
#include "jws.h"
#include "schedule.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

void mdshm__acme_ari_clear(mdshm__acme_ari_t *ari)
{
    if (!ari)
        return;
    free(ari->explanation_url);
    memset(ari, 0, sizeof(*ari));
}

int mdshm__ari_cert_id_raw(const uint8_t *aki, size_t aki_len,
                           const uint8_t *serial, size_t serial_len,
                           char **out)
{
    char *a = NULL, *s = NULL;
    int rv;

    if (!out)
        return -EINVAL;
    *out = NULL;
    if (!aki || !aki_len || !serial || !serial_len)
        return MDSHM_EBADINPUT;
    if ((rv = mdshm__b64url_encode(aki, aki_len, &a)) ||
        (rv = mdshm__b64url_encode(serial, serial_len, &s)))
        goto out;
    if (!(*out = malloc(strlen(a) + strlen(s) + 2))) {
        rv = -ENOMEM;
        goto out;
    }
    sprintf(*out, "%s.%s", a, s);
out:
    free(a);
    free(s);
    return rv;
}

int mdshm__ari_cert_id(const uint8_t *der, size_t len, char **out)
{
    const unsigned char *p = der, *c;
    const ASN1_OCTET_STRING *kid;
    unsigned char *sder = NULL;
    long clen = 0;
    int tag, cls, n, rv;
    X509 *x;

    if (!out)
        return -EINVAL;
    *out = NULL;
    if (!der || !len)
        return MDSHM_EBADINPUT;
    if (!(x = d2i_X509(NULL, &p, (long)len)))
        return MDSHM__OSSL_FAIL(MDSHM_EBADINPUT, "ARI certificate id",
                                "not a DER certificate");
    kid = X509_get0_authority_key_id(x);
    if (!kid || kid->length <= 0) {
        X509_free(x);
        ERR_clear_error();
        MDSHM_LOG(MDSHM_LOG_DEBUG, MDSHM_EBADINPUT,
                  "certificate without an authority key identifier: no ARI "
                  "certificate id");
        return MDSHM_EBADINPUT;
    }
    /* The serial's DER content octets (with a leading 0x00 when the high
     * bit is set), i.e. the INTEGER encoding without tag and length. */
    n = i2d_ASN1_INTEGER(X509_get0_serialNumber(x), &sder);
    c = sder;
    if (n <= 0 ||
        (ASN1_get_object(&c, &clen, &tag, &cls, n) & 0x80) ||
        tag != V_ASN1_INTEGER || clen <= 0 || c + clen != sder + n) {
        rv = MDSHM__OSSL_FAIL(MDSHM_EBADINPUT, "ARI certificate id",
                              "bad serial number");
    } else {
        rv = mdshm__ari_cert_id_raw(kid->data, (size_t)kid->length, c,
                                    (size_t)clen, out);
    }
    OPENSSL_free(sder);
    X509_free(x);
    return rv;
}

int mdshm__acme_ari_parse(const char *body, size_t len,
                          mdshm__acme_ari_t *out, mdshm__acme_result_t *res)
{
    const char *what = "ACME renewal info", *s;
    mdshm__http_resp_t resp = {.status = 200, .body = (char *)body,
                               .body_len = len};
    json_t *j = NULL, *w;
    int rv;

    if (!out)
        return -EINVAL;
    memset(out, 0, sizeof(*out));
    rv = mdshm__acme_json_parse(&resp, what, &j, res);
    if (rv)
        return rv;
    w = json_object_get(j, "suggestedWindow");
    if (!json_is_object(w)) {
        rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                              "%s: no suggestedWindow object", what);
        goto out;
    }
    if ((rv = mdshm__acme_json_time(w, "start", true, what, &out->start_ms,
                                    res)) ||
        (rv = mdshm__acme_json_time(w, "end", true, what, &out->end_ms,
                                    res)) ||
        (rv = mdshm__acme_json_url(j, "explanationURL", false, what, &s,
                                   res)) ||
        (rv = mdshm__acme_strdup(s, &out->explanation_url)))
        goto out;
    if (out->end_ms < out->start_ms)
        rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                              "%s: the window ends before it starts", what);
out:
    json_decref(j);
    if (rv)
        mdshm__acme_ari_clear(out);
    return rv;
}

static int renewal_info_impl(mdshm__acme_t *a, const char *cert_id,
                             mdshm__acme_ari_t *out,
                             mdshm__acme_result_t *res)
{
    const mdshm__acme_dir_t *d;
    mdshm__http_resp_t resp;
    char *url;
    size_t n;
    int rv;

    mdshm__acme_result_clear(res);
    if (!out)
        return -EINVAL;
    memset(out, 0, sizeof(*out));
    if (!a || !cert_id || !*cert_id || strlen(cert_id) > 512)
        return -EINVAL;
    /* The id is base64url "." base64url: nothing to escape in a URL. */
    for (const char *p = cert_id; *p; p++)
        if (!(*p == '.' || *p == '-' || *p == '_' ||
              (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') ||
              (*p >= 'A' && *p <= 'Z')))
            return MDSHM_EBADINPUT;
    rv = mdshm__acme_directory(a, false, &d, res);
    if (rv)
        return rv;
    if (!d->renewal_info)
        return mdshm__acme_fail(res, MDSHM_EUNSUPPORTED, MDSHM_LOG_DEBUG,
                                "the CA %s offers no renewalInfo", a->dir_url);
    n = strlen(d->renewal_info);
    if (!(url = malloc(n + strlen(cert_id) + 2)))
        return -ENOMEM;
    sprintf(url, "%s%s%s", d->renewal_info,
            n && d->renewal_info[n - 1] == '/' ? "" : "/", cert_id);
    rv = mdshm__acme_get(a, url, &resp, res);
    free(url);
    if (rv)
        return rv;
    if (!(rv = mdshm__acme_ari_parse(resp.body, resp.body_len, out, res)))
        out->retry_after_ms = resp.retry_after_ms;
    mdshm__http_resp_clear(&resp);
    return rv;
}

int mdshm__acme_renewal_info(mdshm__acme_t *a, const char *cert_id,
                             mdshm__acme_ari_t *out,
                             mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, renewal_info_impl(a, cert_id, out, res));
}

int64_t mdshm__acme_ari_random_time(const mdshm__acme_ari_t *ari)
{
    uint64_t r = 0;

    if (!ari)
        return 0;
    if (RAND_bytes((unsigned char *)&r, sizeof(r)) != 1) {
        ERR_clear_error();
        r = (uint64_t)mdshm__mono_ms() * 0x9E3779B97F4A7C15ULL;
    }
    /* 53 random bits: a double uniform in [0, 1). */
    return mdshm__ari_pick(ari->start_ms, ari->end_ms,
                           (double)(r >> 11) / 9007199254740992.0);
}
