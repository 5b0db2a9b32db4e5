/* crl_verify.c -- nothing a CRL says is believed before it passes here.
 *
 * The checks follow RFC 5280 §6.3 for the part that concerns us: we ask
 * about certificates of one issuer whose key we hold, so the CRL must be
 * signed by that key (indirect CRLs, signed by another authority, are
 * refused rather than half supported), and a partitioned CRL must be the
 * partition of the URL we fetched.  The revoked serials are sorted once;
 * each certificate is then a binary search. */
#include "crl.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

typedef struct crl_entry {
    const unsigned char *serial; /* magnitude, minimal (inside the CRL) */
    int len;
    int neg;
    int idx;                     /* in X509_CRL_get_REVOKED */
} crl_entry_t;

struct mdshm__crl {
    X509_CRL *crl;
    int64_t this_update, next_update;
    size_t n;
    crl_entry_t *e;
};

static int refuse(char *reason, size_t size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int refuse(char *reason, size_t size, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(reason, size, fmt, ap);
    va_end(ap);
    ERR_clear_error();
    return MDSHM_EBADINPUT;
}

static int time_unix(const ASN1_TIME *t, int64_t *out)
{
    struct tm tm;

    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return -1;
    *out = mdshm__days_from_civil((int64_t)tm.tm_year + 1900,
                                  (unsigned)tm.tm_mon + 1,
                                  (unsigned)tm.tm_mday) * 86400 +
           tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec;
    return 0;
}

static X509_CRL *parse(const uint8_t *data, size_t len)
{
    static const char pem[] = "-----BEGIN X509 CRL-----";
    const unsigned char *p = data;
    X509_CRL *crl;
    BIO *bio;

    if (len >= sizeof(pem) - 1 && memmem(data, len, pem, sizeof(pem) - 1)) {
        if (!(bio = BIO_new_mem_buf(data, (int)len)))
            return NULL;
        crl = PEM_read_bio_X509_CRL(bio, NULL, NULL, NULL);
        BIO_free(bio);
        return crl;
    }
    crl = d2i_X509_CRL(NULL, &p, (long)len);
    if (crl && p != data + len) { /* trailing bytes: not what was signed */
        X509_CRL_free(crl);
        crl = NULL;
    }
    return crl;
}

/* Does general name @gn name @url (byte for byte, as RFC 5280 §7.4
 * compares URIs after normalising the scheme and host case)? */
static bool uri_is(const GENERAL_NAME *gn, const char *url)
{
    const ASN1_IA5STRING *u;

    if (gn->type != GEN_URI)
        return false;
    u = gn->d.uniformResourceIdentifier;
    return (size_t)u->length == strlen(url) &&
           strncasecmp((const char *)u->data, url, (size_t)u->length) == 0;
}

/* The issuing distribution point: a partition we can use for @url? */
static int check_idp(X509_CRL *crl, const char *url, char *reason,
                     size_t size)
{
    int crit = 0;
    ISSUING_DIST_POINT *idp =
        X509_CRL_get_ext_d2i(crl, NID_issuing_distribution_point, &crit,
                             NULL);
    bool match = false;
    int rv = 0;

    if (!idp)
        return crit == -1 ? 0 : refuse(reason, size, "bad issuing "
                                       "distribution point extension");
    if (idp->indirectCRL) {
        rv = refuse(reason, size, "an indirect CRL (signed for other "
                    "issuers too): not supported");
        goto out;
    }
    if (idp->onlyCA > 0 || idp->onlyattr > 0) {
        rv = refuse(reason, size, "the CRL covers only %s certificates",
                    idp->onlyCA > 0 ? "CA" : "attribute");
        goto out;
    }
    if (idp->onlysomereasons) {
        rv = refuse(reason, size, "the CRL covers only some revocation "
                    "reasons");
        goto out;
    }
    if (idp->distpoint && url) {
        if (idp->distpoint->type != 0) {
            rv = refuse(reason, size, "the CRL's distribution point is a "
                        "relative name, not %s", url);
            goto out;
        }
        for (int i = 0; i < sk_GENERAL_NAME_num(idp->distpoint->name.fullname);
             i++)
            match |= uri_is(
                sk_GENERAL_NAME_value(idp->distpoint->name.fullname, i), url);
        if (!match)
            rv = refuse(reason, size, "a partitioned CRL for another URL "
                        "(its issuing distribution point does not name %s)",
                        url);
    }
out:
    ISSUING_DIST_POINT_free(idp);
    return rv;
}

static int check_extensions(X509_CRL *crl, char *reason, size_t size)
{
    for (int i = 0; i < X509_CRL_get_ext_count(crl); i++) {
        X509_EXTENSION *ex = X509_CRL_get_ext(crl, i);
        int nid = OBJ_obj2nid(X509_EXTENSION_get_object(ex));
        if (nid == NID_delta_crl)
            return refuse(reason, size, "a delta CRL: not supported");
        if (X509_EXTENSION_get_critical(ex) &&
            nid != NID_issuing_distribution_point)
            return refuse(reason, size, "unknown critical extension %s",
                          nid ? OBJ_nid2sn(nid) : "(unnamed)");
    }
    return 0;
}

static int cmp_serial(const unsigned char *a, int alen, int aneg,
                      const unsigned char *b, int blen, int bneg)
{
    if (aneg != bneg)
        return aneg ? -1 : 1;
    if (alen != blen)
        return alen < blen ? -1 : 1;
    return memcmp(a, b, (size_t)alen);
}

static int cmp_entry(const void *x, const void *y)
{
    const crl_entry_t *a = x, *b = y;

    return cmp_serial(a->serial, a->len, a->neg, b->serial, b->len, b->neg);
}

/* Serial @s as stored: magnitude without leading zeros, and the sign. */
static void serial_of(const ASN1_INTEGER *s, const unsigned char **p,
                      int *len, int *neg)
{
    *p = ASN1_STRING_get0_data(s);
    *len = ASN1_STRING_length(s);
    *neg = ASN1_STRING_type(s) == V_ASN1_NEG_INTEGER;
    while (*len > 0 && **p == 0) {
        (*p)++;
        (*len)--;
    }
}

static int index_serials(mdshm__crl_t *c, char *reason, size_t size)
{
    STACK_OF(X509_REVOKED) *rev = X509_CRL_get_REVOKED(c->crl);
    int n = rev ? sk_X509_REVOKED_num(rev) : 0;

    if (n <= 0)
        return 0;
    if (!(c->e = malloc((size_t)n * sizeof(*c->e))))
        return -ENOMEM;
    for (int i = 0; i < n; i++) {
        X509_REVOKED *r = sk_X509_REVOKED_value(rev, i);
        crl_entry_t *e = &c->e[c->n++];
        /* an entry for another issuer (certificateIssuer) makes this an
         * indirect CRL, whatever its distribution point says */
        if (X509_REVOKED_get_ext_by_NID(r, NID_certificate_issuer, -1) >= 0)
            return refuse(reason, size, "an indirect CRL (an entry names "
                          "another certificate issuer): not supported");
        serial_of(X509_REVOKED_get0_serialNumber(r), &e->serial, &e->len,
                  &e->neg);
        e->idx = i;
    }
    qsort(c->e, c->n, sizeof(*c->e), cmp_entry);
    return 0;
}

int mdshm__crl_load(const uint8_t *data, size_t len, size_t max,
                    const char *url, X509 *issuer, int64_t now_s,
                    mdshm__crl_t **out, char *reason, size_t reason_size)
{
    mdshm__crl_t *c = NULL;
    EVP_PKEY *ik = issuer ? X509_get0_pubkey(issuer) : NULL;
    const ASN1_TIME *nu;
    int rv;

    *out = NULL;
    reason[0] = '\0';
    if (!data || len == 0)
        return refuse(reason, reason_size, "empty CRL");
    if (len > max)
        return refuse(reason, reason_size, "the CRL is %zu bytes, over the "
                      "limit of %zu (MDCRLMaxSize)", len, max);
    if (!ik)
        return refuse(reason, reason_size, "no issuer key to verify with");
    if (!(c = calloc(1, sizeof(*c))))
        return -ENOMEM;
    if (!(c->crl = parse(data, len))) {
        rv = mdshm__ossl_oom() ? -ENOMEM
                               : refuse(reason, reason_size,
                                        "not a DER or PEM CRL");
        goto out;
    }
    if (X509_NAME_cmp(X509_CRL_get_issuer(c->crl),
                      X509_get_subject_name(issuer)) != 0) {
        rv = refuse(reason, reason_size, "the CRL's issuer is not the "
                    "certificate's issuer");
        goto out;
    }
    if (X509_CRL_verify(c->crl, ik) != 1) {
        rv = refuse(reason, reason_size, "the signature does not verify "
                    "with the issuer's key");
        goto out;
    }
    rv = check_extensions(c->crl, reason, reason_size);
    if (rv == 0)
        rv = check_idp(c->crl, url, reason, reason_size);
    if (rv < 0)
        goto out;
    if (time_unix(X509_CRL_get0_lastUpdate(c->crl), &c->this_update) < 0) {
        rv = refuse(reason, reason_size, "bad thisUpdate");
        goto out;
    }
    if (c->this_update > now_s + MDSHM__CRL_SKEW_S) {
        rv = refuse(reason, reason_size, "thisUpdate is %lld s in the "
                    "future", (long long)(c->this_update - now_s));
        goto out;
    }
    nu = X509_CRL_get0_nextUpdate(c->crl);
    if (!nu)
        c->next_update = c->this_update + MDSHM__CRL_DEFAULT_LIFETIME_S;
    else if (time_unix(nu, &c->next_update) < 0) {
        rv = refuse(reason, reason_size, "bad nextUpdate");
        goto out;
    }
    if (c->next_update <= now_s) {
        rv = refuse(reason, reason_size, "the CRL expired %lld s ago "
                    "(nextUpdate)", (long long)(now_s - c->next_update));
        goto out;
    }
    rv = index_serials(c, reason, reason_size);
out:
    if (rv < 0) {
        mdshm__crl_free(c);
        return rv;
    }
    *out = c;
    return 0;
}

void mdshm__crl_free(mdshm__crl_t *crl)
{
    if (!crl)
        return;
    X509_CRL_free(crl->crl);
    free(crl->e);
    free(crl);
}

int64_t mdshm__crl_this_update(const mdshm__crl_t *crl)
{
    return crl->this_update;
}

int64_t mdshm__crl_next_update(const mdshm__crl_t *crl)
{
    return crl->next_update;
}

size_t mdshm__crl_count(const mdshm__crl_t *crl)
{
    return crl->n;
}

int mdshm__crl_lookup(const mdshm__crl_t *crl, X509 *leaf,
                      mdshm__crl_answer_t *ans)
{
    return mdshm__crl_lookup_serial(crl, X509_get_issuer_name(leaf),
                                    X509_get0_serialNumber(leaf), ans);
}

int mdshm__crl_lookup_serial(const mdshm__crl_t *crl,
                             const X509_NAME *issuer_name,
                             const ASN1_INTEGER *serial,
                             mdshm__crl_answer_t *ans)
{
    crl_entry_t key;
    const crl_entry_t *hit;
    X509_REVOKED *r;
    ASN1_ENUMERATED *code;

    memset(ans, 0, sizeof(*ans));
    if (X509_NAME_cmp(X509_CRL_get_issuer(crl->crl), issuer_name) != 0)
        return MDSHM_EBADINPUT;
    serial_of(serial, &key.serial, &key.len, &key.neg);
    hit = crl->n ? bsearch(&key, crl->e, crl->n, sizeof(key), cmp_entry)
                 : NULL;
    if (!hit)
        return 0;
    r = sk_X509_REVOKED_value(X509_CRL_get_REVOKED(crl->crl), hit->idx);
    ans->status = MDSHM__CRL_REVOKED;
    if (time_unix(X509_REVOKED_get0_revocationDate(r), &ans->revoked_at) < 0)
        ans->revoked_at = 0;
    code = X509_REVOKED_get_ext_d2i(r, NID_crl_reason, NULL, NULL);
    ans->reason = code ? (int32_t)ASN1_ENUMERATED_get(code) : -1;
    ASN1_ENUMERATED_free(code);
    return 0;
}

const char *mdshm__crl_reason_name(int32_t code)
{
    static const char *const names[] = {
        "unspecified", "keyCompromise", "cACompromise", "affiliationChanged",
        "superseded", "cessationOfOperation", "certificateHold", "(7)",
        "removeFromCRL", "privilegeWithdrawn", "aACompromise"};

    if (code < 0)
        return "none";
    if ((size_t)code < sizeof(names) / sizeof(names[0]))
        return names[code];
    return "(unknown)";
}
