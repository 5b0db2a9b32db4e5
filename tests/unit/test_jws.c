/* test_jws.c -- base64url, JWK and thumbprints, JWS signatures (checked
 * with OpenSSL's verify, independently of the signing code), EAB, key
 * authorizations (base/b64.c, core/jws.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>

#include <cmocka.h>

#include "acme.h"
#include "jws.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/param_build.h>
#include <openssl/rand.h>

/* RFC 7638 section 3.1: the example RSA key and its thumbprint. */
static const char rfc7638_n[] =
    "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPF"
    "FxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93l"
    "qt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZH"
    "zu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XP"
    "ksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
static const char rfc7638_tp[] = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs";

static uint8_t *unb64(const char *s, size_t *n)
{
    uint8_t *p = NULL;
    assert_int_equal(mdshm__b64url_decode(s, strlen(s), &p, n), 0);
    return p;
}

/* ---- base64url ------------------------------------------------------ */

static void test_b64url_vectors(void **state)
{
    static const struct {
        const char *in, *out;
    } v[] = {{"", ""},         {"f", "Zg"},         {"fo", "Zm8"},
             {"foo", "Zm9v"},  {"foob", "Zm9vYg"},  {"fooba", "Zm9vYmE"},
             {"foobar", "Zm9vYmFy"}};
    static const uint8_t sym[] = {0xfb, 0xff};
    char *s;
    uint8_t *d;
    size_t n;
    (void)state;

    for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
        assert_int_equal(mdshm__b64url_encode(v[i].in, strlen(v[i].in), &s),
                         0);
        assert_string_equal(s, v[i].out);
        assert_int_equal(strlen(s), MDSHM__B64URL_LEN(strlen(v[i].in)));
        free(s);
        d = unb64(v[i].out, &n);
        assert_int_equal(n, strlen(v[i].in));
        assert_memory_equal(d, v[i].in, n);
        free(d);
    }
    /* the two characters that differ from standard base64 */
    assert_int_equal(mdshm__b64url_encode(sym, 2, &s), 0);
    assert_string_equal(s, "-_8");
    free(s);
    d = unb64("-_8", &n);
    assert_int_equal(n, 2);
    assert_memory_equal(d, sym, 2);
    free(d);
    /* padding is tolerated on input */
    d = unb64("Zm8=", &n);
    assert_int_equal(n, 2);
    free(d);
}

static void test_b64url_rejects(void **state)
{
    static const char *bad[] = {"Zm9v+", "Zm9v/", "Z", "Zm9vY", "Zg=",
                                "Zm 9v", "Zm9v\n", "====", "Z=g"};
    uint8_t *d = (uint8_t *)"x";
    size_t n = 9;
    char small[3];
    (void)state;

    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        assert_int_equal(mdshm__b64url_decode(bad[i], strlen(bad[i]), &d, &n),
                         MDSHM_EBADINPUT);
        assert_null(d);
        assert_int_equal(n, 0);
    }
    assert_int_equal(mdshm__b64url_encode_to("foo", 3, small, sizeof(small)),
                     -ENOSPC);
}

static void test_b64url_roundtrip(void **state)
{
    uint8_t buf[200], *d;
    char *s, fixed[300];
    size_t n;
    (void)state;

    for (size_t len = 0; len < sizeof(buf); len++) {
        RAND_bytes(buf, (int)sizeof(buf));
        assert_int_equal(mdshm__b64url_encode(buf, len, &s), 0);
        assert_int_equal(mdshm__b64url_encode_to(buf, len, fixed,
                                                 MDSHM__B64URL_LEN(len) + 1),
                         0);
        assert_string_equal(s, fixed);
        assert_null(strpbrk(s, "+/="));
        d = unb64(s, &n);
        assert_int_equal(n, len);
        if (len)
            assert_memory_equal(d, buf, len);
        free(d);
        free(s);
    }
}

/* ---- keys ---------------------------------------------------------- */

static EVP_PKEY *rsa_public(const char *n64, const char *e64)
{
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(NULL, "RSA", NULL);
    EVP_PKEY *pk = NULL;
    OSSL_PARAM *params;
    uint8_t *nb, *eb;
    size_t nl, el;
    BIGNUM *n, *e;

    nb = unb64(n64, &nl);
    eb = unb64(e64, &el);
    n = BN_bin2bn(nb, (int)nl, NULL);
    e = BN_bin2bn(eb, (int)el, NULL);
    assert_true(OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, n));
    assert_true(OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, e));
    params = OSSL_PARAM_BLD_to_param(bld);
    assert_int_equal(EVP_PKEY_fromdata_init(ctx), 1);
    assert_int_equal(EVP_PKEY_fromdata(ctx, &pk, EVP_PKEY_PUBLIC_KEY, params),
                     1);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    EVP_PKEY_CTX_free(ctx);
    BN_free(n);
    BN_free(e);
    free(nb);
    free(eb);
    return pk;
}

/* An EC public key rebuilt from a JWK: proves the JWK is right. */
static EVP_PKEY *ec_from_jwk(const json_t *jwk)
{
    const char *crv = json_string_value(json_object_get(jwk, "crv"));
    const char *group = !strcmp(crv, "P-256") ? "P-256" : "P-384";
    size_t clen = !strcmp(crv, "P-256") ? 32 : 48, xl, yl;
    uint8_t *x = unb64(json_string_value(json_object_get(jwk, "x")), &xl);
    uint8_t *y = unb64(json_string_value(json_object_get(jwk, "y")), &yl);
    unsigned char pt[1 + 2 * 48];
    OSSL_PARAM params[3];
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(NULL, "EC", NULL);
    EVP_PKEY *pk = NULL;

    assert_int_equal(xl, clen); /* fixed width, zero-padded */
    assert_int_equal(yl, clen);
    pt[0] = 4;
    memcpy(pt + 1, x, clen);
    memcpy(pt + 1 + clen, y, clen);
    params[0] = OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME,
                                                 (char *)group, 0);
    params[1] = OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, pt,
                                                  1 + 2 * clen);
    params[2] = OSSL_PARAM_construct_end();
    assert_int_equal(EVP_PKEY_fromdata_init(ctx), 1);
    assert_int_equal(EVP_PKEY_fromdata(ctx, &pk, EVP_PKEY_PUBLIC_KEY, params),
                     1);
    EVP_PKEY_CTX_free(ctx);
    free(x);
    free(y);
    return pk;
}

static EVP_PKEY *gen(const char *type, const char *curve, size_t bits)
{
    EVP_PKEY *pk = curve ? EVP_PKEY_Q_keygen(NULL, NULL, type, curve)
                         : EVP_PKEY_Q_keygen(NULL, NULL, type, bits);
    assert_non_null(pk);
    return pk;
}

static void test_thumbprint_rfc7638(void **state)
{
    char tp[MDSHM__B64URL_SHA256_SIZE];
    EVP_PKEY *pk = rsa_public(rfc7638_n, "AQAB");
    json_t *jwk;
    char *text;
    (void)state;

    assert_int_equal(mdshm__jwk_thumbprint(pk, tp), 0);
    assert_string_equal(tp, rfc7638_tp);
    /* the JWK has exactly the required members, n without leading zeros */
    assert_int_equal(mdshm__jwk(pk, &jwk), 0);
    assert_int_equal(json_object_size(jwk), 3);
    assert_string_equal(json_string_value(json_object_get(jwk, "n")),
                        rfc7638_n);
    text = json_dumps(jwk, JSON_COMPACT | JSON_SORT_KEYS);
    assert_int_equal(
        strncmp(text, "{\"e\":\"AQAB\",\"kty\":\"RSA\",\"n\":\"", 29), 0);
    free(text);
    json_decref(jwk);
    assert_string_equal(mdshm__jws_alg(pk), "RS256");
    EVP_PKEY_free(pk);
}

static void test_alg_and_unsupported(void **state)
{
    EVP_PKEY *p521 = gen("EC", "P-521", 0), *ed = gen("ED25519", NULL, 0);
    char tp[MDSHM__B64URL_SHA256_SIZE];
    json_t *j = NULL;
    (void)state;

    assert_null(mdshm__jws_alg(p521));
    assert_null(mdshm__jws_alg(ed));
    assert_int_equal(mdshm__jwk(p521, &j), MDSHM_EUNSUPPORTED);
    assert_null(j);
    assert_int_equal(mdshm__jwk_thumbprint(ed, tp), MDSHM_EUNSUPPORTED);
    assert_int_equal(mdshm__jws_sign(ed, "k", "n", "https://x/", "", &j),
                     MDSHM_EUNSUPPORTED);
    EVP_PKEY_free(p521);
    EVP_PKEY_free(ed);
}

/* ---- JWS ------------------------------------------------------------ */

/* Check @jws over @payload against @verify_key; returns the decoded
 * protected header (owned). */
static json_t *verify_jws(const json_t *jws, EVP_PKEY *verify_key,
                          const char *alg, const char *payload)
{
    const char *p64 = json_string_value(json_object_get(jws, "protected"));
    const char *pl64 = json_string_value(json_object_get(jws, "payload"));
    const char *s64 = json_string_value(json_object_get(jws, "signature"));
    char *input, *expect_pl;
    uint8_t *hdr_text, *sig, *der = NULL;
    size_t hl, sl;
    int dl;
    json_t *hdr;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const char *md = !strcmp(alg, "ES384") ? "SHA384" : "SHA256";

    assert_non_null(p64);
    assert_non_null(pl64);
    assert_non_null(s64);
    assert_int_equal(json_object_size(jws), 3);
    assert_int_equal(mdshm__b64url_encode(payload, strlen(payload),
                                          &expect_pl),
                     0);
    assert_string_equal(pl64, expect_pl);
    free(expect_pl);
    hdr_text = unb64(p64, &hl);
    hdr = json_loadb((char *)hdr_text, hl, 0, NULL);
    assert_non_null(hdr);
    assert_string_equal(json_string_value(json_object_get(hdr, "alg")), alg);
    free(hdr_text);
    input = malloc(strlen(p64) + strlen(pl64) + 2);
    sprintf(input, "%s.%s", p64, pl64);
    sig = unb64(s64, &sl);
    if (alg[0] == 'E') {
        size_t clen = !strcmp(alg, "ES384") ? 48 : 32;
        ECDSA_SIG *es = ECDSA_SIG_new();
        assert_int_equal(sl, 2 * clen); /* raw r||s, not DER */
        assert_true(ECDSA_SIG_set0(es, BN_bin2bn(sig, (int)clen, NULL),
                                   BN_bin2bn(sig + clen, (int)clen, NULL)));
        dl = i2d_ECDSA_SIG(es, &der);
        ECDSA_SIG_free(es);
    } else {
        der = OPENSSL_malloc(sl);
        memcpy(der, sig, sl);
        dl = (int)sl;
    }
    assert_int_equal(EVP_DigestVerifyInit_ex(ctx, NULL, md, NULL, NULL,
                                             verify_key, NULL),
                     1);
    assert_int_equal(EVP_DigestVerify(ctx, der, (size_t)dl,
                                      (unsigned char *)input, strlen(input)),
                     1);
    EVP_MD_CTX_free(ctx);
    OPENSSL_free(der);
    free(sig);
    free(input);
    return hdr;
}

static void check_ec_jws(const char *curve, const char *alg)
{
    EVP_PKEY *pk = gen("EC", curve, 0), *pub;
    json_t *jws, *hdr, *jwk;
    (void)alg;

    /* with "jwk": the key is rebuilt from the header and verifies */
    for (int i = 0; i < 20; i++) { /* short r/s values get padded */
        assert_int_equal(mdshm__jws_sign(pk, NULL, "nonce-1",
                                         "https://ca.example/new-acct",
                                         "{\"a\":1}", &jws),
                         0);
        {
            size_t hl;
            uint8_t *t = unb64(
                json_string_value(json_object_get(jws, "protected")), &hl);
            json_t *h = json_loadb((char *)t, hl, 0, NULL);
            free(t);
            pub = ec_from_jwk(json_object_get(h, "jwk"));
            json_decref(h);
        }
        hdr = verify_jws(jws, pub, alg, "{\"a\":1}");
        assert_string_equal(json_string_value(json_object_get(hdr, "nonce")),
                            "nonce-1");
        assert_string_equal(json_string_value(json_object_get(hdr, "url")),
                            "https://ca.example/new-acct");
        assert_null(json_object_get(hdr, "kid"));
        assert_int_equal(mdshm__jwk(pk, &jwk), 0);
        assert_true(json_equal(jwk, json_object_get(hdr, "jwk")));
        json_decref(jwk);
        json_decref(hdr);
        json_decref(jws);
        EVP_PKEY_free(pub);
    }
    /* with "kid" and an empty payload (POST-as-GET) */
    assert_int_equal(mdshm__jws_sign(pk, "https://ca.example/acct/1", "n2",
                                     "https://ca.example/order/1", NULL,
                                     &jws),
                     0);
    hdr = verify_jws(jws, pk, alg, "");
    assert_string_equal(json_string_value(json_object_get(jws, "payload")),
                        "");
    assert_string_equal(json_string_value(json_object_get(hdr, "kid")),
                        "https://ca.example/acct/1");
    assert_null(json_object_get(hdr, "jwk"));
    json_decref(hdr);
    json_decref(jws);
    /* no nonce (keyChange's inner JWS) */
    assert_int_equal(mdshm__jws_sign(pk, NULL, NULL, "https://ca.example/kc",
                                     "{}", &jws),
                     0);
    hdr = verify_jws(jws, pk, alg, "{}");
    assert_null(json_object_get(hdr, "nonce"));
    json_decref(hdr);
    json_decref(jws);
    EVP_PKEY_free(pk);
}

static void test_jws_es256(void **state)
{
    (void)state;
    check_ec_jws("P-256", "ES256");
}

static void test_jws_es384(void **state)
{
    (void)state;
    check_ec_jws("P-384", "ES384");
}

static void test_jws_rs256(void **state)
{
    EVP_PKEY *pk = gen("RSA", NULL, 2048);
    json_t *jws, *hdr;
    (void)state;

    assert_int_equal(mdshm__jws_sign(pk, NULL, "n", "https://ca.example/x",
                                     "{\"b\":[1,2]}", &jws),
                     0);
    hdr = verify_jws(jws, pk, "RS256", "{\"b\":[1,2]}");
    assert_string_equal(
        json_string_value(json_object_get(json_object_get(hdr, "jwk"), "kty")),
        "RSA");
    json_decref(hdr);
    json_decref(jws);
    EVP_PKEY_free(pk);
}

static void test_eab(void **state)
{
    static const char mac64[] =
        "zWNDZM6eQGHWpSRTPal5eIUYFTu7EajVIoguysqZ9wG44nMEtx3MUAsUDkMTQ12W";
    EVP_PKEY *pk = gen("EC", "P-256", 0);
    uint8_t *mac, *hdr_text, *pl, *sig;
    unsigned char expect[32];
    size_t ml, hl, pll, sl, el = 0;
    json_t *jws, *hdr, *jwk, *payload;
    char *input;
    (void)state;

    mac = unb64(mac64, &ml);
    assert_int_equal(mdshm__jws_eab("kid-1", mac, ml, pk,
                                    "https://ca.example/new-acct", &jws),
                     0);
    hdr_text = unb64(json_string_value(json_object_get(jws, "protected")), &hl);
    hdr = json_loadb((char *)hdr_text, hl, 0, NULL);
    assert_int_equal(json_object_size(hdr), 3); /* alg, kid, url; no nonce */
    assert_string_equal(json_string_value(json_object_get(hdr, "alg")),
                        "HS256");
    assert_string_equal(json_string_value(json_object_get(hdr, "kid")),
                        "kid-1");
    assert_string_equal(json_string_value(json_object_get(hdr, "url")),
                        "https://ca.example/new-acct");
    /* the payload is the account's JWK */
    pl = unb64(json_string_value(json_object_get(jws, "payload")), &pll);
    payload = json_loadb((char *)pl, pll, 0, NULL);
    assert_int_equal(mdshm__jwk(pk, &jwk), 0);
    assert_true(json_equal(payload, jwk));
    /* HMAC-SHA256 over protected "." payload with the decoded key */
    input = malloc(strlen(json_string_value(json_object_get(jws, "protected")))
                   + strlen(json_string_value(json_object_get(jws, "payload")))
                   + 2);
    sprintf(input, "%s.%s",
            json_string_value(json_object_get(jws, "protected")),
            json_string_value(json_object_get(jws, "payload")));
    assert_non_null(EVP_Q_mac(NULL, "HMAC", NULL, "SHA256", NULL, mac, ml,
                              (unsigned char *)input, strlen(input), expect,
                              sizeof(expect), &el));
    sig = unb64(json_string_value(json_object_get(jws, "signature")), &sl);
    assert_int_equal(sl, 32);
    assert_memory_equal(sig, expect, 32);
    free(sig);
    free(input);
    free(pl);
    free(hdr_text);
    free(mac);
    json_decref(payload);
    json_decref(jwk);
    json_decref(hdr);
    json_decref(jws);
    EVP_PKEY_free(pk);
}

static void test_key_authz(void **state)
{
    EVP_PKEY *pk = rsa_public(rfc7638_n, "AQAB");
    char *ka = NULL, v[MDSHM__B64URL_SHA256_SIZE];
    static const char *bad[] = {"", "a/b", "a.b", "a b", "../x", "a=",
                                "\xc3\xa4"};
    char longtok[300];
    (void)state;

    assert_int_equal(mdshm__key_authz(
                         "evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA", pk,
                         &ka),
                     0);
    assert_string_equal(ka, "evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA."
                            "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
    assert_int_equal(mdshm__dns01_value(ka, v), 0);
    /* base64url(SHA-256(key authorization)), computed independently */
    assert_string_equal(v, "ZTRx1Ckl1-tM05o5zaizTTA0yUy5AGereMgSNWC6Ll8");
    free(ka);
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        ka = (char *)"x";
        assert_int_equal(mdshm__key_authz(bad[i], pk, &ka), MDSHM_EBADINPUT);
        assert_null(ka);
    }
    memset(longtok, 'a', sizeof(longtok) - 1);
    longtok[sizeof(longtok) - 1] = 0;
    assert_false(mdshm__acme_token_ok(longtok));
    longtok[256] = 0;
    assert_true(mdshm__acme_token_ok(longtok));
    EVP_PKEY_free(pk);
}

static void test_pkey_evp(void **state)
{
    mdshm__pkey_t *k = NULL;
    EVP_PKEY *pk = NULL;
    char tp1[MDSHM__B64URL_SHA256_SIZE], tp2[MDSHM__B64URL_SHA256_SIZE];
    (void)state;

    assert_int_equal(mdshm__keygen("secp384r1", &k), 0);
    assert_string_equal(mdshm__pkey_spec(k), "secp384r1");
    assert_int_equal(mdshm__pkey_evp(k, &pk), 0);
    assert_string_equal(mdshm__jws_alg(pk), "ES384");
    assert_int_equal(mdshm__jwk_thumbprint(pk, tp1), 0);
    EVP_PKEY_free(pk);
    /* a second decode of the same key gives the same thumbprint */
    assert_int_equal(mdshm__pkey_evp(k, &pk), 0);
    assert_int_equal(mdshm__jwk_thumbprint(pk, tp2), 0);
    assert_string_equal(tp1, tp2);
    assert_int_equal(strlen(tp1), 43);
    EVP_PKEY_free(pk);
    mdshm__pkey_free(k);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_b64url_vectors),
        cmocka_unit_test(test_b64url_rejects),
        cmocka_unit_test(test_b64url_roundtrip),
        cmocka_unit_test(test_thumbprint_rfc7638),
        cmocka_unit_test(test_alg_and_unsupported),
        cmocka_unit_test(test_jws_es256),
        cmocka_unit_test(test_jws_es384),
        cmocka_unit_test(test_jws_rs256),
        cmocka_unit_test(test_eab),
        cmocka_unit_test(test_key_authz),
        cmocka_unit_test(test_pkey_evp),
    };
    mdshm_set_default_log_level(MDSHM_LOG_CRIT);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
