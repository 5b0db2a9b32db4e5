/* test_acme_csr.c -- keys by spec (core/keygen.c), CSRs and tls-alpn-01
 * certificates (core/csr.c), choosing among alternate chains
 * (core/acme_cert.c).  Everything is checked by parsing the DER with
 * OpenSSL, independently of the code that made it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "acme.h"

#include <arpa/inet.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

static const unsigned char status_request[] = {0x30, 0x03, 0x02, 0x01, 0x05};

static void test_keygen(void **state)
{
    static const char *specs[] = {"secp256r1", "secp384r1", "rsa2048"};
    static const char *bad[] = {"rsa1024", "rsa", "ed25519", "secp521r1",
                                "P-256", ""};
    mdshm__pkey_t *k;
    (void)state;

    for (size_t i = 0; i < sizeof(specs) / sizeof(specs[0]); i++) {
        assert_int_equal(mdshm__keygen(specs[i], &k), 0);
        assert_string_equal(mdshm__pkey_spec(k), specs[i]);
        mdshm__pkey_free(k);
    }
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        k = (mdshm__pkey_t *)1;
        assert_int_equal(mdshm__keygen(bad[i], &k), MDSHM_EUNSUPPORTED);
        assert_null(k);
    }
}

static X509_REQ *csr_for(const char *spec, const char *const *names, size_t n,
                         bool staple)
{
    mdshm__pkey_t *k;
    uint8_t *der;
    size_t len;
    const unsigned char *p;
    X509_REQ *req;
    EVP_PKEY *pub;
    mdshm_buf_t kd;
    const unsigned char *kp;
    EVP_PKEY *priv;

    assert_int_equal(mdshm__keygen(spec, &k), 0);
    assert_int_equal(mdshm__csr_make(k, names, n, staple, &der, &len), 0);
    p = der;
    req = d2i_X509_REQ(NULL, &p, (long)len);
    assert_non_null(req);
    assert_ptr_equal(p, der + len);
    /* signed by the key, and it is the key's public key */
    pub = X509_REQ_get0_pubkey(req);
    assert_int_equal(X509_REQ_verify(req, pub), 1);
    assert_int_equal(mdshm__pkey_der(k, &kd), 0);
    kp = kd.p;
    priv = d2i_AutoPrivateKey(NULL, &kp, (long)kd.n);
    assert_int_equal(EVP_PKEY_eq(pub, priv), 1);
    EVP_PKEY_free(priv);
    free(der);
    mdshm__pkey_free(k);
    return req;
}

static const X509_EXTENSION *find_ext(const STACK_OF(X509_EXTENSION) *exts,
                                      int nid)
{
    for (int i = 0; i < sk_X509_EXTENSION_num(exts); i++) {
        X509_EXTENSION *e = sk_X509_EXTENSION_value(exts, i);
        if (OBJ_obj2nid(X509_EXTENSION_get_object(e)) == nid)
            return e;
    }
    return NULL;
}

static void test_csr_names_and_staple(void **state)
{
    const char *names[] = {"www.Example.com", "example.com", "127.0.0.1",
                           "2001:DB8::1",     "example.com.", "*.example.com"};
    STACK_OF(X509_EXTENSION) *exts;
    const X509_EXTENSION *tf;
    GENERAL_NAMES *gens;
    const ASN1_OCTET_STRING *v;
    X509_REQ *req;
    char ip[64];
    (void)state;

    req = csr_for("secp256r1", names, 6, true);
    /* no subject CN: the names are in the SAN only */
    assert_int_equal(X509_NAME_entry_count(X509_REQ_get_subject_name(req)),
                     0);
    exts = X509_REQ_get_extensions(req);
    gens = X509V3_get_d2i(exts, NID_subject_alt_name, NULL, NULL);
    assert_non_null(gens);
    /* duplicates ("example.com.") dropped, DNS lower-cased, IPs binary */
    assert_int_equal(sk_GENERAL_NAME_num(gens), 5);
    {
        static const char *want[] = {"www.example.com", "example.com",
                                     "127.0.0.1", "2001:db8::1",
                                     "*.example.com"};
        for (int i = 0; i < 5; i++) {
            GENERAL_NAME *gn = sk_GENERAL_NAME_value(gens, i);
            if (gn->type == GEN_DNS) {
                assert_string_equal(
                    (const char *)ASN1_STRING_get0_data(gn->d.dNSName),
                    want[i]);
            } else {
                assert_int_equal(gn->type, GEN_IPADD);
                int len = gn->d.iPAddress->length;
                assert_non_null(inet_ntop(len == 4 ? AF_INET : AF_INET6,
                                          gn->d.iPAddress->data, ip,
                                          sizeof(ip)));
                assert_string_equal(ip, want[i]);
            }
        }
    }
    GENERAL_NAMES_free(gens);
    /* must-staple: TLS feature status_request, exactly 30 03 02 01 05 */
    tf = find_ext(exts, NID_tlsfeature);
    assert_non_null(tf);
    v = X509_EXTENSION_get_data((X509_EXTENSION *)tf);
    assert_int_equal(v->length, sizeof(status_request));
    assert_memory_equal(v->data, status_request, sizeof(status_request));
    sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
    X509_REQ_free(req);

    /* without must-staple: no TLS feature; RSA works the same */
    req = csr_for("rsa2048", names, 1, false);
    exts = X509_REQ_get_extensions(req);
    assert_null(find_ext(exts, NID_tlsfeature));
    assert_non_null(find_ext(exts, NID_subject_alt_name));
    sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
    X509_REQ_free(req);
}

static void test_csr_bad_names(void **state)
{
    const char *bad[] = {"ok.example", "not a name"};
    mdshm__pkey_t *k;
    uint8_t *der = (uint8_t *)"x";
    size_t len = 5;
    (void)state;

    assert_int_equal(mdshm__keygen("secp256r1", &k), 0);
    assert_int_equal(mdshm__csr_make(k, bad, 2, false, &der, &len),
                     MDSHM_EBADINPUT);
    assert_null(der);
    assert_int_equal(len, 0);
    assert_int_equal(mdshm__csr_make(k, bad, 0, false, &der, &len), -EINVAL);
    mdshm__pkey_free(k);
}

/* The tls-alpn-01 certificate for @ident, parsed; checks everything
 * RFC 8737 section 3 asks for. */
static X509 *check_alpn(const char *ident, const char *spec, int gen_type)
{
    static const char ka[] = "evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA."
                             "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs";
    mdshm__alpn_cert_t ac;
    unsigned char md[32];
    const unsigned char *p;
    const ASN1_OCTET_STRING *v;
    X509_EXTENSION *ext;
    ASN1_OBJECT *oid = OBJ_txt2obj("1.3.6.1.5.5.7.1.31", 1);
    GENERAL_NAMES *gens;
    X509 *x;
    int idx;

    assert_int_equal(mdshm__alpn_cert_make(ident, ka, spec, &ac), 0);
    p = ac.cert;
    x = d2i_X509(NULL, &p, (long)ac.cert_len);
    assert_non_null(x);
    /* self-signed, and the key that comes with it is its key */
    assert_int_equal(X509_verify(x, X509_get0_pubkey(x)), 1);
    assert_int_equal(mdshm__der_pair_matches((mdshm_buf_t){ac.cert,
                                                          ac.cert_len},
                                            (mdshm_buf_t){ac.pkey,
                                                          ac.pkey_len}),
                     0);
    /* acmeIdentifier: critical, an OCTET STRING of SHA-256(key authz) */
    idx = X509_get_ext_by_OBJ(x, oid, -1);
    assert_true(idx >= 0);
    assert_int_equal(X509_get_ext_by_OBJ(x, oid, idx), -1); /* only one */
    ext = X509_get_ext(x, idx);
    assert_int_equal(X509_EXTENSION_get_critical(ext), 1);
    v = X509_EXTENSION_get_data(ext);
    EVP_Digest(ka, strlen(ka), md, NULL, EVP_sha256(), NULL);
    assert_int_equal(v->length, 34);
    assert_int_equal(v->data[0], 0x04);
    assert_int_equal(v->data[1], 32);
    assert_memory_equal(v->data + 2, md, 32);
    /* the SAN is exactly the identifier */
    gens = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
    assert_int_equal(sk_GENERAL_NAME_num(gens), 1);
    assert_int_equal(sk_GENERAL_NAME_value(gens, 0)->type, gen_type);
    GENERAL_NAMES_free(gens);
    /* valid now, for about a week */
    assert_true(X509_cmp_current_time(X509_get0_notBefore(x)) < 0);
    assert_true(X509_cmp_time(X509_get0_notAfter(x), NULL) > 0);
    {
        int days = 0, secs = 0;
        ASN1_TIME_diff(&days, &secs, X509_get0_notBefore(x),
                       X509_get0_notAfter(x));
        assert_int_equal(days, 7);
    }
    ASN1_OBJECT_free(oid);
    mdshm__alpn_cert_clear(&ac);
    assert_null(ac.cert);
    return x;
}

static void test_alpn_cert(void **state)
{
    X509 *x;
    GENERAL_NAMES *gens;
    (void)state;

    x = check_alpn("Alpn.Example.org", NULL, GEN_DNS);
    gens = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
    assert_string_equal((const char *)ASN1_STRING_get0_data(
                            sk_GENERAL_NAME_value(gens, 0)->d.dNSName),
                        "alpn.example.org");
    GENERAL_NAMES_free(gens);
    X509_free(x);
}

static void test_alpn_cert_ip_and_rsa(void **state)
{
    X509 *x;
    GENERAL_NAMES *gens;
    (void)state;

    x = check_alpn("192.0.2.7", "rsa2048", GEN_IPADD);
    gens = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
    assert_int_equal(sk_GENERAL_NAME_value(gens, 0)->d.iPAddress->length, 4);
    GENERAL_NAMES_free(gens);
    assert_int_equal(EVP_PKEY_get_base_id(X509_get0_pubkey(x)), EVP_PKEY_RSA);
    X509_free(x);
    X509_free(check_alpn("2001:db8::7", NULL, GEN_IPADD));
}

static void test_alpn_cert_bad(void **state)
{
    mdshm__alpn_cert_t ac;
    (void)state;

    assert_int_equal(mdshm__alpn_cert_make("*.example.org", "a.b", NULL, &ac),
                     MDSHM_EBADINPUT);
    assert_null(ac.cert);
    assert_int_equal(mdshm__alpn_cert_make("bad name", "a.b", NULL, &ac),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm__alpn_cert_make("ok.example", "a.b", "dsa", &ac),
                     MDSHM_EUNSUPPORTED);
    assert_null(ac.pkey);
}

/* ---- chain choice ----------------------------------------------------- */

/* PEM of a certificate "issued" by @issuer_cn (signatures do not matter
 * for the choice). */
static void append_cert(BIO *b, const char *subject_cn, const char *issuer_cn,
                        EVP_PKEY *pk)
{
    X509 *x = X509_new();
    X509_NAME *s = X509_NAME_new(), *i = X509_NAME_new();

    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), 7);
    X509_NAME_add_entry_by_txt(s, "O", MBSTRING_ASC,
                               (const unsigned char *)"Test, Inc.", -1, -1, 0);
    X509_NAME_add_entry_by_txt(s, "CN", MBSTRING_ASC,
                               (const unsigned char *)subject_cn, -1, -1, 0);
    X509_NAME_add_entry_by_txt(i, "CN", MBSTRING_ASC,
                               (const unsigned char *)issuer_cn, -1, -1, 0);
    X509_NAME_add_entry_by_txt(i, "O", MBSTRING_ASC,
                               (const unsigned char *)"Root Owners", -1, -1,
                               0);
    X509_set_subject_name(x, s);
    X509_set_issuer_name(x, i);
    X509_gmtime_adj(X509_getm_notBefore(x), 0);
    X509_gmtime_adj(X509_getm_notAfter(x), 86400);
    X509_set_pubkey(x, pk);
    assert_true(X509_sign(x, pk, EVP_sha256()) > 0);
    assert_int_equal(PEM_write_bio_X509(b, x), 1);
    X509_NAME_free(s);
    X509_NAME_free(i);
    X509_free(x);
}

static void add_chain(mdshm__acme_chains_t *cs, const char *leaf_issuer,
                      const char *top_issuer, EVP_PKEY *pk)
{
    BIO *b = BIO_new(BIO_s_mem());
    char *data;
    long n;

    append_cert(b, "leaf.example", leaf_issuer, pk);
    append_cert(b, leaf_issuer, top_issuer, pk);
    n = BIO_get_mem_data(b, &data);
    assert_int_equal(mdshm_chain_parse(data, (size_t)n,
                                       &cs->c[cs->n].chain),
                     0);
    cs->n++;
    BIO_free(b);
}

static void test_chain_choose(void **state)
{
    EVP_PKEY *pk = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
    mdshm__acme_chains_t cs = {0};
    (void)state;

    add_chain(&cs, "Int X1", "ISRG Root X1", pk);
    add_chain(&cs, "Int X2", "ISRG Root X2", pk);
    add_chain(&cs, "Int Y", "Other Root, Ltd", pk);
    assert_int_equal(mdshm__acme_chain_choose(&cs, NULL), 0);
    assert_int_equal(mdshm__acme_chain_choose(&cs, ""), 0);
    assert_int_equal(mdshm__acme_chain_choose(&cs, "ISRG Root X2"), 1);
    assert_int_equal(mdshm__acme_chain_choose(&cs, "root x2"), 1);
    assert_int_equal(mdshm__acme_chain_choose(&cs, "ISRG"), 0);
    /* an escaped comma in the CN is part of the name */
    assert_int_equal(mdshm__acme_chain_choose(&cs, "Other Root, Ltd"), 2);
    /* the O of the issuer is not its CN */
    assert_int_equal(mdshm__acme_chain_choose(&cs, "Owners"), 0);
    /* second pass: any certificate's issuer */
    assert_int_equal(mdshm__acme_chain_choose(&cs, "Int Y"), 2);
    assert_int_equal(mdshm__acme_chain_choose(&cs, "Nobody"), 0);
    mdshm__acme_chains_clear(&cs);
    EVP_PKEY_free(pk);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keygen),
        cmocka_unit_test(test_csr_names_and_staple),
        cmocka_unit_test(test_csr_bad_names),
        cmocka_unit_test(test_alpn_cert),
        cmocka_unit_test(test_alpn_cert_ip_and_rsa),
        cmocka_unit_test(test_alpn_cert_bad),
        cmocka_unit_test(test_chain_choose),
    };
    mdshm_set_default_log_level(MDSHM_LOG_CRIT);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
