/* csr.c -- certificate requests for finalize (RFC 8555 7.4) and
 * tls-alpn-01 challenge certificates (RFC 8737 3, RFC 8738 6).
 *
 * Names are classified by syntax (mdshm__acme_ident): addresses become
 * iPAddress SANs, everything else dNSName SANs.  The CSR has no subject
 * CN: RFC 8555 takes the names from the SAN, and CAs are dropping CNs.
 */
#include "acme.h"
#include "jws.h"

#include <arpa/inet.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#define OID_ACME_IDENTIFIER "1.3.6.1.5.5.7.1.31" /* id-pe-acmeIdentifier */
#define ALPN_CERT_DAYS 7

/* One SAN entry for @id. */
static int add_general_name(GENERAL_NAMES *gens, const mdshm__acme_ident_t *id)
{
    GENERAL_NAME *gn = GENERAL_NAME_new();
    ASN1_STRING *s = NULL;
    unsigned char addr[16];
    int type;

    if (!gn)
        return -ENOMEM;
    if (!strcmp(id->type, "ip")) {
        int af = strchr(id->value, ':') ? AF_INET6 : AF_INET;
        if (inet_pton(af, id->value, addr) != 1) {
            GENERAL_NAME_free(gn);
            return MDSHM_EBADINPUT;
        }
        s = ASN1_OCTET_STRING_new();
        if (!s || !ASN1_OCTET_STRING_set(s, addr, af == AF_INET ? 4 : 16))
            goto nomem;
        type = GEN_IPADD;
    } else {
        s = ASN1_IA5STRING_new();
        if (!s || !ASN1_STRING_set(s, id->value, (int)strlen(id->value)))
            goto nomem;
        type = GEN_DNS;
    }
    GENERAL_NAME_set0_value(gn, type, s);
    if (!sk_GENERAL_NAME_push(gens, gn)) {
        GENERAL_NAME_free(gn);
        return -ENOMEM;
    }
    return 0;
nomem:
    ASN1_STRING_free(s);
    GENERAL_NAME_free(gn);
    return -ENOMEM;
}

/* The subjectAltName extension for @n names (duplicates dropped). */
static int san_ext(const char *const *names, size_t n, X509_EXTENSION **out)
{
    GENERAL_NAMES *gens = GENERAL_NAMES_new();
    mdshm__acme_ident_t *ids = calloc(n ? n : 1, sizeof(*ids));
    size_t m = 0;
    int rv = 0;

    *out = NULL;
    if (!gens || !ids) {
        rv = -ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        bool dup = false;
        rv = mdshm__acme_ident(names[i], &ids[m]);
        if (rv) {
            MDSHM_LOG(MDSHM_LOG_ERR, rv, "not a DNS name or IP address: %s",
                      names[i] ? names[i] : "(null)");
            goto out;
        }
        for (size_t k = 0; k < m && !dup; k++)
            dup = !strcmp(ids[k].type, ids[m].type) &&
                  !strcmp(ids[k].value, ids[m].value);
        if (dup)
            continue;
        rv = add_general_name(gens, &ids[m]);
        if (rv)
            goto out;
        m++;
    }
    if (!(*out = X509V3_EXT_i2d(NID_subject_alt_name, 0, gens)))
        rv = MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "CSR",
                              "cannot encode subjectAltName");
out:
    GENERAL_NAMES_free(gens);
    free(ids);
    return rv;
}

int mdshm__csr_make(const mdshm__pkey_t *key, const char *const *names,
                    size_t n, bool must_staple, uint8_t **der, size_t *len)
{
    STACK_OF(X509_EXTENSION) *exts = NULL;
    X509_EXTENSION *ext = NULL;
    X509_REQ *req = NULL;
    EVP_PKEY *pk = NULL;
    unsigned char *p = NULL;
    int rv, dl;

    if (!der || !len)
        return -EINVAL;
    *der = NULL;
    *len = 0;
    if (!key || !names || n == 0 || n > MDSHM_MAX_NAMES)
        return -EINVAL;
    ERR_clear_error();
    rv = mdshm__pkey_evp(key, &pk);
    if (rv)
        return rv;
    if (!(req = X509_REQ_new()) || !(exts = sk_X509_EXTENSION_new_null())) {
        rv = -ENOMEM;
        goto out;
    }
    rv = san_ext(names, n, &ext);
    if (rv)
        goto out;
    if (!sk_X509_EXTENSION_push(exts, ext)) {
        X509_EXTENSION_free(ext);
        rv = -ENOMEM;
        goto out;
    }
    if (must_staple) {
        /* TLS feature status_request (RFC 7633): SEQUENCE { INTEGER 5 } */
        if (!(ext = X509V3_EXT_nconf_nid(NULL, NULL, NID_tlsfeature,
                                         "status_request"))) {
            rv = MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "CSR",
                                  "cannot make the TLS feature extension");
            goto out;
        }
        if (!sk_X509_EXTENSION_push(exts, ext)) {
            X509_EXTENSION_free(ext);
            rv = -ENOMEM;
            goto out;
        }
    }
    if (!X509_REQ_set_version(req, 0) || !X509_REQ_set_pubkey(req, pk) ||
        !X509_REQ_add_extensions(req, exts) ||
        X509_REQ_sign(req, pk, EVP_sha256()) <= 0) {
        rv = MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "CSR", "cannot sign the request");
        goto out;
    }
    dl = i2d_X509_REQ(req, &p);
    if (dl <= 0) {
        p = NULL;
        rv = MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "CSR", "cannot encode");
        goto out;
    }
    if (!(*der = malloc((size_t)dl))) {
        rv = -ENOMEM;
        goto out;
    }
    memcpy(*der, p, (size_t)dl);
    *len = (size_t)dl;
out:
    OPENSSL_free(p);
    sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
    X509_REQ_free(req);
    EVP_PKEY_free(pk);
    return rv;
}

void mdshm__alpn_cert_clear(mdshm__alpn_cert_t *c)
{
    if (!c)
        return;
    free(c->cert);
    if (c->pkey) {
        OPENSSL_cleanse(c->pkey, c->pkey_len);
        free(c->pkey);
    }
    memset(c, 0, sizeof(*c));
}

/* The critical acmeIdentifier extension: its value is the DER of an
 * OCTET STRING holding SHA-256(key authorization) (RFC 8737 3). */
static int acme_id_ext(const char *key_authz, X509_EXTENSION **out)
{
    unsigned char md[32], inner[2 + sizeof(md)];
    ASN1_OCTET_STRING *val = NULL;
    ASN1_OBJECT *obj = NULL;
    int rv = 0;

    *out = NULL;
    if (!EVP_Digest(key_authz, strlen(key_authz), md, NULL, EVP_sha256(),
                    NULL))
        return MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "tls-alpn-01", "SHA-256 failed");
    inner[0] = V_ASN1_OCTET_STRING;
    inner[1] = sizeof(md);
    memcpy(inner + 2, md, sizeof(md));
    if (!(obj = OBJ_txt2obj(OID_ACME_IDENTIFIER, 1)) ||
        !(val = ASN1_OCTET_STRING_new()) ||
        !ASN1_OCTET_STRING_set(val, inner, sizeof(inner)) ||
        !(*out = X509_EXTENSION_create_by_OBJ(NULL, obj, 1, val)))
        rv = MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "tls-alpn-01",
                              "cannot make the acmeIdentifier extension");
    ASN1_OCTET_STRING_free(val);
    ASN1_OBJECT_free(obj);
    return rv;
}

static int alpn_x509(const mdshm__acme_ident_t *id, EVP_PKEY *pk,
                     const char *key_authz, X509 **out)
{
    const char *names[1] = {id->value};
    X509_EXTENSION *ext = NULL;
    X509_NAME *name = NULL;
    BIGNUM *bn = NULL;
    X509 *x;
    int rv = 0;

    *out = NULL;
    if (!(x = X509_new()))
        return -ENOMEM;
    /* A random positive 127-bit serial; a CN only if it fits (64). */
    if (!X509_set_version(x, 2) || !(bn = BN_new()) ||
        !BN_rand(bn, 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) ||
        !BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x)) ||
        !X509_gmtime_adj(X509_getm_notBefore(x), -3600) ||
        !X509_gmtime_adj(X509_getm_notAfter(x),
                         (long)ALPN_CERT_DAYS * 86400) ||
        !(name = X509_NAME_new()) ||
        (strlen(id->value) <= 64 &&
         !X509_NAME_add_entry_by_NID(name, NID_commonName, MBSTRING_ASC,
                                     (const unsigned char *)id->value, -1, -1,
                                     0)) ||
        !X509_set_subject_name(x, name) || !X509_set_issuer_name(x, name) ||
        !X509_set_pubkey(x, pk)) {
        rv = MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "tls-alpn-01",
                              "cannot build the certificate");
        goto out;
    }
    rv = san_ext(names, 1, &ext);
    if (rv)
        goto out;
    if (!X509_add_ext(x, ext, -1)) {
        rv = MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "tls-alpn-01", "X509_add_ext");
        goto out;
    }
    X509_EXTENSION_free(ext);
    rv = acme_id_ext(key_authz, &ext);
    if (rv)
        goto out;
    if (!X509_add_ext(x, ext, -1) || X509_sign(x, pk, EVP_sha256()) <= 0) {
        rv = MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "tls-alpn-01",
                              "cannot sign the certificate");
        goto out;
    }
    *out = x;
    x = NULL;
out:
    X509_EXTENSION_free(ext);
    X509_NAME_free(name);
    BN_free(bn);
    X509_free(x);
    return rv;
}

int mdshm__alpn_cert_make(const char *ident, const char *key_authz,
                          const char *key_spec, mdshm__alpn_cert_t *out)
{
    mdshm__acme_ident_t id;
    mdshm__pkey_t *key = NULL;
    mdshm_buf_t kder;
    EVP_PKEY *pk = NULL;
    unsigned char *p = NULL;
    X509 *x = NULL;
    int rv, n;

    if (!out)
        return -EINVAL;
    memset(out, 0, sizeof(*out));
    if (!ident || !key_authz)
        return -EINVAL;
    rv = mdshm__acme_ident(ident, &id);
    if (rv)
        return rv;
    if (id.value[0] == '*')
        return MDSHM_EBADINPUT; /* wildcards are validated by dns-01 only */
    ERR_clear_error();
    if ((rv = mdshm__keygen(key_spec ? key_spec : "secp256r1", &key)) ||
        (rv = mdshm__pkey_evp(key, &pk)) ||
        (rv = alpn_x509(&id, pk, key_authz, &x)))
        goto out;
    n = i2d_X509(x, &p);
    if (n <= 0) {
        p = NULL;
        rv = MDSHM__OSSL_FAIL(MDSHM_ECRYPTO, "tls-alpn-01", "cannot encode");
        goto out;
    }
    rv = mdshm__pkey_der(key, &kder);
    if (rv)
        goto out;
    if (!(out->cert = malloc((size_t)n)) || !(out->pkey = malloc(kder.n))) {
        rv = -ENOMEM;
        goto out;
    }
    memcpy(out->cert, p, (size_t)n);
    out->cert_len = (size_t)n;
    memcpy(out->pkey, kder.p, kder.n);
    out->pkey_len = kder.n;
out:
    if (rv)
        mdshm__alpn_cert_clear(out);
    OPENSSL_free(p);
    X509_free(x);
    EVP_PKEY_free(pk);
    mdshm__pkey_free(key);
    return rv;
}
