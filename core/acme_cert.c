/* acme_cert.c -- downloading issued certificates (RFC 8555 7.4.2): the
 * default chain, the alternate chains the CA links to (rel="alternate"),
 * issuers linked with rel="up" when a chain is only a leaf; choosing a
 * chain by issuer name (MDPreferredChain); revocation (7.6).
 */
#include "acme.h"
#include "jws.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#define PEM_CHAIN "application/pem-certificate-chain"
#define MAX_UP 3 /* issuers fetched to complete a leaf-only answer */

void mdshm__acme_chains_clear(mdshm__acme_chains_t *cs)
{
    if (!cs)
        return;
    for (size_t i = 0; i < cs->n; i++) {
        free(cs->c[i].url);
        free(cs->c[i].pem);
        mdshm_chain_free(cs->c[i].chain);
    }
    memset(cs, 0, sizeof(*cs));
}

/* Append the PEM form of certificate data @p/@n (PEM or DER, one
 * certificate) to the malloc'ed text *@pem.  Self-signed certificates
 * (roots) are not appended: a served chain leaves the root out. */
static int append_issuer(char **pem, size_t *pem_len, const void *p, size_t n,
                         const char *url, mdshm__acme_result_t *res)
{
    mdshm_chain_t *ch = NULL;
    mdshm_cert_info_t info;
    mdshm_buf_t der;
    const unsigned char *d;
    X509 *x = NULL;
    BIO *b = NULL;
    char *data, *grown;
    long len;
    int rv;

    if ((rv = mdshm_chain_parse(p, n, &ch)) || mdshm_chain_count(ch) != 1) {
        mdshm_chain_free(ch);
        return mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                                "issuer certificate at %s is not one "
                                "certificate",
                                url);
    }
    if ((rv = mdshm_chain_info(ch, 0, &info)) ||
        (rv = mdshm_chain_der(ch, 0, &der)))
        goto out;
    if (!strcmp(info.subject, info.issuer)) {
        rv = 1; /* a root: stop following rel="up" */
        goto out;
    }
    d = der.p;
    if (!(x = d2i_X509(NULL, &d, (long)der.n)) ||
        !(b = BIO_new(BIO_s_mem())) || !PEM_write_bio_X509(b, x)) {
        rv = mdshm__ossl_fail(MDSHM_ECRYPTO, url, "cannot convert to PEM");
        goto out;
    }
    len = BIO_get_mem_data(b, &data);
    if (len <= 0 || !(grown = realloc(*pem, *pem_len + (size_t)len + 1))) {
        rv = -ENOMEM;
        goto out;
    }
    memcpy(grown + *pem_len, data, (size_t)len);
    *pem_len += (size_t)len;
    grown[*pem_len] = 0;
    *pem = grown;
out:
    BIO_free(b);
    X509_free(x);
    mdshm_chain_free(ch);
    return rv;
}

/* Download one chain at @url into @slot; @alt_urls (may be NULL) receives
 * the alternates the answer links to. */
static int fetch_chain(mdshm__acme_t *a, const char *url, char **slot_url,
                       char **slot_pem, size_t *slot_len,
                       mdshm_chain_t **slot_chain, char **alt_urls,
                       size_t *n_alt, mdshm__acme_result_t *res)
{
    mdshm__http_resp_t resp, up;
    char *pem = NULL, *up_url = NULL;
    size_t len;
    int rv;

    rv = mdshm__acme_post(a, url, NULL, 0, PEM_CHAIN, &resp, res);
    if (rv)
        return rv;
    if (resp.content_type && strcmp(resp.content_type, PEM_CHAIN))
        MDSHM_LOG(MDSHM_LOG_DEBUG, 0, "certificate %s has Content-Type %s",
                  url, resp.content_type);
    /* Keep the text; the response goes away below. */
    pem = resp.body;
    len = resp.body_len;
    resp.body = NULL;
    resp.body_len = 0;
    for (size_t i = 0; alt_urls && *n_alt < MDSHM__ACME_MAX_CHAINS - 1; i++) {
        const char *alt = mdshm__http_link(&resp, "alternate", i);
        if (!alt)
            break;
        if (!mdshm__acme_url_ok(alt))
            continue;
        if (!(alt_urls[*n_alt] = strdup(alt))) {
            rv = -ENOMEM;
            goto out;
        }
        (*n_alt)++;
    }
    if (!pem || (rv = mdshm_chain_parse(pem, len, slot_chain))) {
        rv = mdshm__acme_fail(res, -EBADMSG, MDSHM_LOG_WARN,
                              "certificate at %s: not a certificate chain",
                              url);
        goto out;
    }
    /* A CA that sends only the leaf links its issuer with rel="up". */
    for (int hop = 0; hop < MAX_UP && mdshm_chain_count(*slot_chain) == 1 &&
                      mdshm__http_link(&resp, "up", 0);
         hop++) {
        rv = mdshm__acme_strdup(mdshm__http_link(&resp, "up", 0),
                                &up_url);
        if (rv)
            goto out;
        mdshm__http_resp_clear(&resp);
        if (!mdshm__acme_url_ok(up_url) ||
            (rv = mdshm__acme_post(a, up_url, NULL, 0,
                                   "application/pkix-cert", &up, res)))
            break;
        rv = append_issuer(&pem, &len, up.body, up.body_len, up_url, res);
        resp = up; /* its Link header leads further up */
        free(up_url);
        up_url = NULL;
        if (rv)
            break;
        mdshm_chain_free(*slot_chain);
        *slot_chain = NULL;
        rv = mdshm_chain_parse(pem, len, slot_chain);
        if (rv)
            goto out;
        if (mdshm_chain_count(*slot_chain) > 1)
            break;
    }
    if (rv > 0)
        rv = 0; /* reached a root */
    if (rv)
        goto out;
    rv = mdshm__acme_strdup(url, slot_url);
    if (rv)
        goto out;
    *slot_pem = pem;
    *slot_len = len;
    pem = NULL;
out:
    if (rv) {
        mdshm_chain_free(*slot_chain);
        *slot_chain = NULL;
    }
    free(up_url);
    free(pem);
    mdshm__http_resp_clear(&resp);
    return rv;
}

static int cert_download_impl(mdshm__acme_t *a, const char *url,
                              bool alternates, mdshm__acme_chains_t *out,
                              mdshm__acme_result_t *res)
{
    char *alt[MDSHM__ACME_MAX_CHAINS - 1] = {0};
    size_t n_alt = 0;
    int rv;

    mdshm__acme_result_clear(res);
    if (!out)
        return -EINVAL;
    memset(out, 0, sizeof(*out));
    if (!a || !mdshm__acme_url_ok(url))
        return -EINVAL;
    rv = fetch_chain(a, url, &out->c[0].url, &out->c[0].pem,
                     &out->c[0].pem_len, &out->c[0].chain,
                     alternates ? alt : NULL, &n_alt, res);
    if (rv)
        goto out;
    out->n = 1;
    for (size_t i = 0; i < n_alt; i++) {
        size_t k = out->n;
        mdshm__acme_result_t r2;
        int arv = fetch_chain(a, alt[i], &out->c[k].url, &out->c[k].pem,
                              &out->c[k].pem_len, &out->c[k].chain, NULL,
                              NULL, &r2);
        if (arv == -ENOMEM || arv == -ECANCELED) {
            rv = arv;
            goto out;
        }
        if (arv) {
            MDSHM_LOG(MDSHM_LOG_WARN, arv,
                      "alternate chain %s skipped: %s", alt[i], r2.detail);
            continue;
        }
        out->n++;
    }
out:
    for (size_t i = 0; i < n_alt; i++)
        free(alt[i]);
    if (rv)
        mdshm__acme_chains_clear(out);
    return rv;
}

int mdshm__acme_cert_download(mdshm__acme_t *a, const char *url,
                              bool alternates, mdshm__acme_chains_t *out,
                              mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, cert_download_impl(a, url, alternates, out,
                                                    res));
}

/* Whether the CN in RFC 2253 text @dn contains @needle (any case). */
static bool cn_contains(const char *dn, const char *needle)
{
    char cn[256];
    const char *p;
    size_t n = 0;

    if (!dn)
        return false;
    for (p = dn; (p = strstr(p, "CN=")); p += 3)
        if (p == dn || p[-1] == ',' || p[-1] == '+')
            break;
    if (!p)
        return false;
    for (p += 3; *p && n < sizeof(cn) - 1; p++) {
        if (*p == '\\' && p[1]) {
            cn[n++] = *++p;
            continue;
        }
        if (*p == ',' || *p == '+')
            break;
        cn[n++] = *p;
    }
    cn[n] = 0;
    return strcasestr(cn, needle) != NULL;
}

size_t mdshm__acme_chain_choose(const mdshm__acme_chains_t *cs,
                                const char *preferred)
{
    mdshm_cert_info_t info;

    if (!cs || !preferred || !*preferred || cs->n < 2)
        return 0;
    /* certbot/lego semantics first: the topmost certificate's issuer */
    for (size_t i = 0; i < cs->n; i++) {
        size_t top = mdshm_chain_count(cs->c[i].chain);
        if (top && !mdshm_chain_info(cs->c[i].chain, top - 1, &info) &&
            cn_contains(info.issuer, preferred))
            return i;
    }
    for (size_t i = 0; i < cs->n; i++)
        for (size_t k = 0; k < mdshm_chain_count(cs->c[i].chain); k++)
            if (!mdshm_chain_info(cs->c[i].chain, k, &info) &&
                cn_contains(info.issuer, preferred))
                return i;
    return 0;
}

static int cert_revoke_impl(mdshm__acme_t *a, const uint8_t *der, size_t len,
                            int reason, mdshm__acme_result_t *res)
{
    const mdshm__acme_dir_t *d;
    mdshm__http_resp_t resp;
    char *b64 = NULL, *text = NULL;
    json_t *p = NULL;
    int rv;

    mdshm__acme_result_clear(res);
    if (!a || !der || !len || reason > 10)
        return -EINVAL;
    rv = mdshm__acme_directory(a, false, &d, res);
    if (rv)
        return rv;
    if (!d->revoke_cert)
        return mdshm__acme_fail(res, MDSHM_EUNSUPPORTED, MDSHM_LOG_ERR,
                                "the CA %s offers no revokeCert", a->dir_url);
    rv = mdshm__b64url_encode(der, len, &b64);
    if (rv)
        return rv;
    if (!(p = json_pack("{s:s}", "certificate", b64)) ||
        (reason >= 0 &&
         json_object_set_new(p, "reason", json_integer(reason))) ||
        !(text = json_dumps(p, JSON_COMPACT))) {
        rv = -ENOMEM;
        goto out;
    }
    if (!(rv = mdshm__acme_post(a, d->revoke_cert, text, 0, NULL, &resp,
                                res)))
        mdshm__http_resp_clear(&resp);
out:
    json_decref(p);
    free(b64);
    free(text);
    return rv;
}

int mdshm__acme_cert_revoke(mdshm__acme_t *a, const uint8_t *der, size_t len,
                            int reason, mdshm__acme_result_t *res)
{
    return mdshm__acme_done(res, cert_revoke_impl(a, der, len, reason, res));
}
