/* cert.c -- certificate chains: parsing PEM/DER and extracting details.
 *
 * A chain keeps, for each certificate, the parsed X509, its DER and the
 * details of mdshm_cert_info_t, all computed once at parse time.  Every
 * OpenSSL failure is logged once (naming the source and the OpenSSL error)
 * and mapped to MDSHM_EBADINPUT or MDSHM_ECRYPTO; the OpenSSL error queue
 * is left empty.
 */
#include "internal.h"

#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#define CERT_FILE_MAX (1u << 20)
#define TLSEXT_STATUS_REQUEST 5 /* RFC 7633 / RFC 6066 status_request */

typedef struct cert {
    X509 *x509;
    unsigned char *der; /* OPENSSL_malloc'ed (i2d) */
    size_t der_len;
    char *subject;
    char *issuer;
    char *serial;
    char *ocsp_url;
    char *crl_url;
    char **names;
    size_t n_names;
    int64_t not_before;
    int64_t not_after;
    unsigned char sha256[32];
    bool must_staple;
} cert_t;

struct mdshm_chain {
    size_t n;
    cert_t certs[MDSHM_MAX_CHAIN];
};

static int asn1_time_unix(const ASN1_TIME *t, int64_t *out)
{
    struct tm tm;

    if (!t || !ASN1_TIME_to_tm(t, &tm))
        return -1;
    *out = mdshm__days_from_civil((int64_t)tm.tm_year + 1900,
                           (unsigned)tm.tm_mon + 1, (unsigned)tm.tm_mday) *
               86400 +
           tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec;
    return 0;
}

static char *dup_n(const void *p, size_t n)
{
    char *s = malloc(n + 1);
    if (s) {
        memcpy(s, p, n);
        s[n] = 0;
    }
    return s;
}

static void lower_ascii(char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z')
            *s = (char)(*s - 'A' + 'a');
}

static int name_text(const X509_NAME *name, char **out, const char *src,
                     const char *which)
{
    BIO *b = BIO_new(BIO_s_mem());
    char *p;
    long n;

    *out = NULL;
    if (!b)
        return mdshm__ossl_oom() ? (ERR_clear_error(), -ENOMEM)
                          : mdshm__ossl_fail(MDSHM_ECRYPTO, src, "BIO_new failed");
    if (X509_NAME_print_ex(b, name, 0, XN_FLAG_RFC2253) < 0) {
        BIO_free(b);
        return mdshm__ossl_fail(MDSHM_EBADINPUT, src, "cannot print the %s name", which);
    }
    n = BIO_get_mem_data(b, &p);
    *out = dup_n(p, n > 0 ? (size_t)n : 0);
    BIO_free(b);
    return *out ? 0 : -ENOMEM;
}

static int serial_hex(const X509 *x, char **out, const char *src)
{
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL);
    char *hex;

    *out = NULL;
    if (!bn)
        return mdshm__ossl_fail(MDSHM_EBADINPUT, src, "invalid serial number");
    hex = BN_bn2hex(bn); /* upper case */
    BN_free(bn);
    if (!hex)
        return mdshm__ossl_oom() ? (ERR_clear_error(), -ENOMEM)
                          : mdshm__ossl_fail(MDSHM_ECRYPTO, src, "BN_bn2hex failed");
    *out = strdup(hex);
    OPENSSL_free(hex);
    return *out ? 0 : -ENOMEM;
}

/* X509_get_ext_d2i that tells "absent" (0, *ext NULL) from "malformed or
 * duplicated" (MDSHM_EBADINPUT, logged). */
static int get_ext(X509 *x, int nid, void **ext, const char *src,
                   const char *what)
{
    int crit = 0;

    *ext = X509_get_ext_d2i(x, nid, &crit, NULL);
    if (*ext)
        return 0;
    if (crit == -1) { /* absent */
        ERR_clear_error();
        return 0;
    }
    if (crit == -2)
        return mdshm__ossl_fail(MDSHM_EBADINPUT, src, "duplicate %s extension", what);
    return mdshm__ossl_oom() ? (ERR_clear_error(), -ENOMEM)
                      : mdshm__ossl_fail(MDSHM_EBADINPUT, src, "malformed %s extension",
                             what);
}

static int uri_of(const GENERAL_NAME *gn, char **out)
{
    const ASN1_IA5STRING *s;

    if (gn->type != GEN_URI)
        return 1;
    s = gn->d.uniformResourceIdentifier;
    if (!s || s->length <= 0 ||
        memchr(s->data, 0, (size_t)s->length)) /* embedded NUL: skip */
        return 1;
    *out = dup_n(s->data, (size_t)s->length);
    return *out ? 0 : -ENOMEM;
}

static int first_ocsp_url(X509 *x, char **out, const char *src)
{
    AUTHORITY_INFO_ACCESS *aia;
    int rv = get_ext(x, NID_info_access, (void **)&aia, src,
                     "authorityInfoAccess");

    *out = NULL;
    if (rv || !aia)
        return rv;
    for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(aia) && !*out; i++) {
        ACCESS_DESCRIPTION *ad = sk_ACCESS_DESCRIPTION_value(aia, i);
        if (OBJ_obj2nid(ad->method) == NID_ad_OCSP &&
            (rv = uri_of(ad->location, out)) < 0)
            break;
    }
    AUTHORITY_INFO_ACCESS_free(aia);
    return rv < 0 ? rv : 0;
}

static int first_crl_url(X509 *x, char **out, const char *src)
{
    CRL_DIST_POINTS *dps;
    int rv = get_ext(x, NID_crl_distribution_points, (void **)&dps, src,
                     "cRLDistributionPoints");

    *out = NULL;
    if (rv || !dps)
        return rv;
    for (int i = 0; i < sk_DIST_POINT_num(dps) && !*out && rv >= 0; i++) {
        DIST_POINT *dp = sk_DIST_POINT_value(dps, i);
        GENERAL_NAMES *gns;
        if (!dp->distpoint || dp->distpoint->type != 0)
            continue; /* relative names carry no URL */
        gns = dp->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(gns) && !*out; j++)
            if ((rv = uri_of(sk_GENERAL_NAME_value(gns, j), out)) < 0)
                break;
    }
    CRL_DIST_POINTS_free(dps);
    return rv < 0 ? rv : 0;
}

static int must_staple(X509 *x, bool *out, const char *src)
{
    TLS_FEATURE *tf;
    int rv = get_ext(x, NID_tlsfeature, (void **)&tf, src, "TLS feature");

    *out = false;
    if (rv || !tf)
        return rv;
    for (int i = 0; i < sk_ASN1_INTEGER_num(tf); i++)
        if (ASN1_INTEGER_get(sk_ASN1_INTEGER_value(tf, i)) ==
            TLSEXT_STATUS_REQUEST)
            *out = true;
    TLS_FEATURE_free(tf);
    return 0;
}

static int add_name(cert_t *c, size_t *cap, char *s)
{
    if (!s)
        return -ENOMEM;
    if (c->n_names == *cap) {
        size_t ncap = *cap ? *cap * 2 : 4;
        char **nn = realloc(c->names, ncap * sizeof(*nn));
        if (!nn) {
            free(s);
            return -ENOMEM;
        }
        c->names = nn;
        *cap = ncap;
    }
    c->names[c->n_names++] = s;
    return 0;
}

/* A DNS SAN: 1..253 letters, digits, '-', '.', '_' and '*' (wildcards).
 * The names reach store keys, output and hooks: no metacharacters. */
static bool dns_ok(const ASN1_IA5STRING *s)
{
    if (s->length <= 0 || s->length > MDSHM_MAX_NAME_LEN)
        return false;
    for (int i = 0; i < s->length; i++) {
        unsigned char c = s->data[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
              c == '*'))
            return false;
    }
    return true;
}

static int san_name(cert_t *c, size_t *cap, const GENERAL_NAME *gn,
                    const char *src)
{
    char ip[INET6_ADDRSTRLEN];
    char *s;

    if (gn->type == GEN_DNS) {
        if (!dns_ok(gn->d.dNSName))
            return mdshm__ossl_fail(MDSHM_EBADINPUT, src,
                        "invalid DNS name in subjectAltName");
        s = dup_n(gn->d.dNSName->data, (size_t)gn->d.dNSName->length);
        if (s)
            lower_ascii(s);
        return add_name(c, cap, s);
    }
    if (gn->type == GEN_IPADD) {
        const ASN1_OCTET_STRING *a = gn->d.iPAddress;
        int af = a->length == 4 ? AF_INET : a->length == 16 ? AF_INET6 : 0;
        if (!af || !inet_ntop(af, a->data, ip, sizeof(ip)))
            return mdshm__ossl_fail(MDSHM_EBADINPUT, src,
                        "invalid IP address in subjectAltName");
        return add_name(c, cap, strdup(ip));
    }
    return 0; /* e-mail, URI, ...: not a server name */
}

static int cn_name(cert_t *c, size_t *cap)
{
    const X509_NAME *subj = X509_get_subject_name(c->x509);
    int i = X509_NAME_get_index_by_NID(subj, NID_commonName, -1);
    unsigned char *utf8 = NULL;
    int n;
    char *s;

    if (i < 0)
        return 0;
    n = ASN1_STRING_to_UTF8(
        &utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subj, i)));
    if (n < 0) {
        ERR_clear_error(); /* an unprintable CN is simply no name */
        return 0;
    }
    for (int k = 0; k < n; k++)
        if (utf8[k] < 0x20 || utf8[k] == 0x7f) {
            n = 0; /* control characters (terminal escapes): no name */
            break;
        }
    s = n ? dup_n(utf8, strnlen((char *)utf8, (size_t)n)) : NULL;
    OPENSSL_free(utf8);
    if (!n)
        return 0;
    if (s)
        lower_ascii(s);
    return add_name(c, cap, s);
}

static int cert_names(cert_t *c, const char *src)
{
    GENERAL_NAMES *gns;
    size_t cap = 0;
    int rv = get_ext(c->x509, NID_subject_alt_name, (void **)&gns, src,
                     "subjectAltName");

    if (rv)
        return rv;
    for (int i = 0; gns && i < sk_GENERAL_NAME_num(gns) && !rv; i++)
        rv = san_name(c, &cap, sk_GENERAL_NAME_value(gns, i), src);
    GENERAL_NAMES_free(gns);
    if (!rv && c->n_names == 0)
        rv = cn_name(c, &cap);
    return rv;
}

static void cert_clear(cert_t *c)
{
    X509_free(c->x509);
    OPENSSL_free(c->der);
    free(c->subject);
    free(c->issuer);
    free(c->serial);
    free(c->ocsp_url);
    free(c->crl_url);
    for (size_t i = 0; i < c->n_names; i++)
        free(c->names[i]);
    free(c->names);
    memset(c, 0, sizeof(*c));
}

/* Take @x (owned from now on) into @c and compute its details. */
static int cert_fill(cert_t *c, X509 *x, const char *src)
{
    int rv, n;

    memset(c, 0, sizeof(*c));
    c->x509 = x;
    n = i2d_X509(x, &c->der);
    if (n <= 0)
        return mdshm__ossl_oom() ? (ERR_clear_error(), -ENOMEM)
                          : mdshm__ossl_fail(MDSHM_EBADINPUT, src,
                                 "cannot encode certificate");
    c->der_len = (size_t)n;
    if (!EVP_Digest(c->der, c->der_len, c->sha256, NULL, EVP_sha256(), NULL))
        return mdshm__ossl_fail(MDSHM_ECRYPTO, src, "SHA-256 of certificate failed");
    if ((rv = name_text(X509_get_subject_name(x), &c->subject, src,
                        "subject")) ||
        (rv = name_text(X509_get_issuer_name(x), &c->issuer, src,
                        "issuer")) ||
        (rv = serial_hex(x, &c->serial, src)))
        return rv;
    if (asn1_time_unix(X509_get0_notBefore(x), &c->not_before) ||
        asn1_time_unix(X509_get0_notAfter(x), &c->not_after))
        return mdshm__ossl_fail(MDSHM_EBADINPUT, src, "invalid validity time");
    if ((rv = first_ocsp_url(x, &c->ocsp_url, src)) ||
        (rv = first_crl_url(x, &c->crl_url, src)) ||
        (rv = must_staple(x, &c->must_staple, src)) ||
        (rv = cert_names(c, src)))
        return rv;
    return 0;
}

/* Never prompt on a terminal. */
static int no_password(char *buf, int size, int rwflag, void *u)
{
    (void)buf;
    (void)size;
    (void)rwflag;
    (void)u;
    return -1;
}

static int add_cert(mdshm_chain_t *ch, X509 *x, const char *src)
{
    if (ch->n == MDSHM_MAX_CHAIN) {
        X509_free(x);
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_ETOOBIG,
                  "%s: more than %d certificates", src, MDSHM_MAX_CHAIN);
        return MDSHM_ETOOBIG;
    }
    return cert_fill(&ch->certs[ch->n++], x, src);
}

static int parse_pem(mdshm_chain_t *ch, const void *data, size_t len,
                     const char *src)
{
    BIO *bio = BIO_new_mem_buf(data, (int)len);
    int rv = 0;

    if (!bio)
        return mdshm__ossl_oom() ? (ERR_clear_error(), -ENOMEM)
                          : mdshm__ossl_fail(MDSHM_ECRYPTO, src, "BIO_new_mem_buf failed");
    for (;;) {
        X509 *x = PEM_read_bio_X509(bio, NULL, no_password, NULL);
        if (!x) {
            unsigned long e = ERR_peek_last_error();
            if (ERR_GET_LIB(e) == ERR_LIB_PEM &&
                ERR_GET_REASON(e) == PEM_R_NO_START_LINE) {
                if (ch->n == 0)
                    rv = mdshm__ossl_fail(MDSHM_EBADINPUT, src,
                              "no certificate in PEM data");
                ERR_clear_error(); /* end of input */
            } else if (mdshm__ossl_oom()) {
                ERR_clear_error();
                rv = -ENOMEM;
            } else {
                rv = mdshm__ossl_fail(MDSHM_EBADINPUT, src,
                          "invalid PEM certificate #%zu", ch->n + 1);
            }
            break;
        }
        rv = add_cert(ch, x, src);
        if (rv)
            break;
    }
    BIO_free(bio);
    return rv;
}

static int parse_der(mdshm_chain_t *ch, const unsigned char *data, size_t len,
                     const char *src)
{
    const unsigned char *p = data;
    X509 *x = d2i_X509(NULL, &p, (long)len);

    if (!x)
        return mdshm__ossl_oom() ? (ERR_clear_error(), -ENOMEM)
                          : mdshm__ossl_fail(MDSHM_EBADINPUT, src,
                                 "not a PEM or DER certificate");
    if (p != data + len) {
        X509_free(x);
        return mdshm__ossl_fail(MDSHM_EBADINPUT, src,
                    "%zu bytes of trailing data after the DER certificate",
                    len - (size_t)(p - data));
    }
    return add_cert(ch, x, src);
}

/* A DER certificate starts with a SEQUENCE with a long-form length; text
 * before a PEM block never does ("0\x80".."0\x84" is not text). */
static bool looks_der(const unsigned char *p, size_t len)
{
    return len >= 2 && p[0] == 0x30 && p[1] >= 0x80 && p[1] <= 0x84;
}

static int chain_parse(const void *data, size_t len, mdshm_chain_t **out,
                       const char *src)
{
    mdshm_chain_t *ch;
    int rv;

    if (!data && len)
        return -EINVAL;
    ERR_clear_error();
    if (len == 0)
        return mdshm__ossl_fail(MDSHM_EBADINPUT, src, "empty certificate data");
    if (len > INT_MAX)
        return mdshm__ossl_fail(MDSHM_ETOOBIG, src, "certificate data too large");
    ch = calloc(1, sizeof(*ch));
    if (!ch)
        return -ENOMEM;
    if (!looks_der(data, len) && memmem(data, len, "-----BEGIN", 10))
        rv = parse_pem(ch, data, len, src);
    else
        rv = parse_der(ch, data, len, src);
    ERR_clear_error();
    if (rv) {
        mdshm_chain_free(ch);
        return rv;
    }
    *out = ch;
    return 0;
}

int mdshm_chain_parse(const void *data, size_t len, mdshm_chain_t **out)
{
    if (!out)
        return -EINVAL;
    *out = NULL;
    return chain_parse(data, len, out, "certificate data");
}

int mdshm_chain_load(const char *path, mdshm_chain_t **out)
{
    char src[64 + 4096];
    uint8_t *buf;
    size_t len;
    int rv;

    if (!out)
        return -EINVAL;
    *out = NULL;
    if (!path)
        return -EINVAL;
    rv = mdshm__read_file(path, CERT_FILE_MAX, &buf, &len);
    if (rv) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "cannot read certificate file %s%s",
                  path, rv == MDSHM_EBADINPUT ? ": not a regular file"
                        : rv == MDSHM_ETOOBIG ? ": larger than 1 MiB" : "");
        return rv;
    }
    snprintf(src, sizeof(src), "certificate file %s", path);
    rv = chain_parse(buf, len, out, src);
    free(buf);
    return rv;
}

void mdshm_chain_free(mdshm_chain_t *ch)
{
    if (!ch)
        return;
    for (size_t i = 0; i < ch->n; i++)
        cert_clear(&ch->certs[i]);
    free(ch);
}

size_t mdshm_chain_count(const mdshm_chain_t *ch)
{
    return ch ? ch->n : 0;
}

int mdshm_chain_der(const mdshm_chain_t *ch, size_t i, mdshm_buf_t *der)
{
    if (!der)
        return -EINVAL;
    der->p = NULL;
    der->n = 0;
    if (!ch)
        return -EINVAL;
    if (i >= ch->n)
        return MDSHM_ENOTFOUND;
    der->p = ch->certs[i].der;
    der->n = ch->certs[i].der_len;
    return 0;
}

int mdshm_chain_info(const mdshm_chain_t *ch, size_t i,
                     mdshm_cert_info_t *info)
{
    const cert_t *c;

    if (!info)
        return -EINVAL;
    memset(info, 0, sizeof(*info));
    if (!ch)
        return -EINVAL;
    if (i >= ch->n)
        return MDSHM_ENOTFOUND;
    c = &ch->certs[i];
    info->subject = c->subject;
    info->issuer = c->issuer;
    info->serial = c->serial;
    info->ocsp_url = c->ocsp_url;
    info->crl_url = c->crl_url;
    info->n_names = c->n_names;
    info->names = (const char *const *)c->names;
    info->not_before = c->not_before;
    info->not_after = c->not_after;
    memcpy(info->sha256, c->sha256, sizeof(info->sha256));
    info->must_staple = c->must_staple;
    return 0;
}
