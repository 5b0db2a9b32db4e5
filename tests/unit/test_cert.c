/* test_cert.c -- certificate chains and private keys (core/cert.c,
 * core/pkey.c).  All material is generated at run time with OpenSSL. */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "internal.h" /* the private-key functions (pkey.c) */

/* ------------------------------------------------------------------------
 * Log capture
 * ---------------------------------------------------------------------- */

static struct {
    int n_err;  /* messages at WARN or more severe */
    int n_all;
    int last_err;
    char all[16384];
} logcap;

static void capture(void *baton, mdshm_log_level_t level, int err,
                    const char *file, int line, const char *msg)
{
    size_t used = strlen(logcap.all);
    (void)baton;
    (void)file;
    (void)line;
    logcap.n_all++;
    if (level <= MDSHM_LOG_WARN) {
        logcap.n_err++;
        logcap.last_err = err;
    }
    snprintf(logcap.all + used, sizeof(logcap.all) - used, "%s\n", msg);
}

static void log_reset(void)
{
    memset(&logcap, 0, sizeof(logcap));
}

static bool logged(const char *needle)
{
    return strstr(logcap.all, needle) != NULL;
}

/* ------------------------------------------------------------------------
 * Fixtures: keys and certificates
 * ---------------------------------------------------------------------- */

#define NB 1700000000LL             /* leaf notBefore (UTCTime) */
#define NA (NB + 90LL * 86400)      /* leaf notAfter */
#define CA_NA 2569235696LL          /* 2051-06-01 12:34:56: GeneralizedTime */

static struct {
    EVP_PKEY *rsa2048, *rsa2048b, *rsa3072, *p256, *p384;
    EVP_PKEY *rsa1024, *p521, *ed25519;
    X509 *ca;   /* self-signed, key p256, CN only */
    X509 *leaf; /* signed by ca, key rsa2048, every extension */
    X509 *nosan; /* self-signed, key p384, CN "Host.Example.Test" */
    unsigned char *ca_der, *leaf_der;
    size_t ca_der_len, leaf_der_len;
    char *ca_pem, *leaf_pem;
    char dir[64];
} fx;

static void add_ext(X509 *x, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509_EXTENSION *ext;

    X509V3_set_ctx(&ctx, issuer, x, NULL, NULL, 0);
    ext = X509V3_EXT_conf_nid(NULL, &ctx, nid, value);
    assert_non_null(ext);
    assert_int_equal(X509_add_ext(x, ext, -1), 1);
    X509_EXTENSION_free(ext);
}

static X509 *make_cert(EVP_PKEY *key, EVP_PKEY *signer, X509 *issuer,
                       const char *org, const char *cn, const char *serial,
                       int64_t nb, int64_t na, bool exts)
{
    X509 *x = X509_new();
    X509_NAME *name = X509_NAME_new();
    BIGNUM *bn = NULL;

    assert_non_null(x);
    assert_non_null(name);
    assert_int_equal(X509_set_version(x, 2), 1);
    assert_true(BN_hex2bn(&bn, serial) > 0);
    assert_non_null(BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x)));
    BN_free(bn);
    if (org)
        assert_int_equal(X509_NAME_add_entry_by_txt(
                             name, "O", MBSTRING_ASC,
                             (const unsigned char *)org, -1, -1, 0),
                         1);
    assert_int_equal(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                                (const unsigned char *)cn,
                                                -1, -1, 0),
                     1);
    assert_int_equal(X509_set_subject_name(x, name), 1);
    assert_int_equal(
        X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer) : name),
        1);
    X509_NAME_free(name);
    assert_non_null(ASN1_TIME_set(X509_getm_notBefore(x), (time_t)nb));
    assert_non_null(ASN1_TIME_set(X509_getm_notAfter(x), (time_t)na));
    assert_int_equal(X509_set_pubkey(x, key), 1);
    if (exts) {
        add_ext(x, issuer ? issuer : x, NID_subject_alt_name,
                "DNS:Www.Example.Test,DNS:*.example.test,IP:127.0.0.1,"
                "IP:2001:DB8::1,email:hostmaster@example.test");
        add_ext(x, issuer ? issuer : x, NID_info_access,
                "caIssuers;URI:http://ca.example.test/ca.der,"
                "OCSP;URI:http://ocsp.example.test/");
        add_ext(x, issuer ? issuer : x, NID_crl_distribution_points,
                "URI:http://crl.example.test/ca.crl");
        add_ext(x, issuer ? issuer : x, NID_tlsfeature, "status_request");
    }
    assert_true(X509_sign(x, signer, EVP_sha256()) > 0);
    return x;
}

static unsigned char *der_of(X509 *x, size_t *len)
{
    unsigned char *der = NULL;
    int n = i2d_X509(x, &der);
    assert_true(n > 0);
    *len = (size_t)n;
    return der;
}

/* Contents of a memory BIO as a malloc'ed NUL-terminated string. */
static char *bio_string(BIO *b, size_t *len)
{
    char *p, *s;
    long n = BIO_get_mem_data(b, &p);
    assert_true(n >= 0);
    s = malloc((size_t)n + 1);
    assert_non_null(s);
    memcpy(s, p, (size_t)n);
    s[n] = 0;
    if (len)
        *len = (size_t)n;
    BIO_free(b);
    return s;
}

static char *pem_of_cert(X509 *x)
{
    BIO *b = BIO_new(BIO_s_mem());
    assert_int_equal(PEM_write_bio_X509(b, x), 1);
    return bio_string(b, NULL);
}

enum key_fmt { PEM_PKCS8, PEM_TRAD, DER_PKCS8, DER_TRAD };

/* A key encoded in @fmt, malloc'ed. */
static unsigned char *key_enc(EVP_PKEY *k, enum key_fmt fmt, size_t *len)
{
    BIO *b = BIO_new(BIO_s_mem());
    assert_non_null(b);
    switch (fmt) {
    case PEM_PKCS8:
        assert_int_equal(
            PEM_write_bio_PKCS8PrivateKey(b, k, NULL, NULL, 0, NULL, NULL), 1);
        break;
    case PEM_TRAD:
        assert_int_equal(PEM_write_bio_PrivateKey_traditional(
                             b, k, NULL, NULL, 0, NULL, NULL),
                         1);
        break;
    case DER_PKCS8:
        assert_int_equal(
            i2d_PKCS8PrivateKey_bio(b, k, NULL, NULL, 0, NULL, NULL), 1);
        break;
    case DER_TRAD: {
        unsigned char *der = NULL;
        int n = i2d_PrivateKey(k, &der);
        assert_true(n > 0);
        assert_int_equal(BIO_write(b, der, n), n);
        OPENSSL_free(der);
        break;
    }
    }
    return (unsigned char *)bio_string(b, len);
}

static unsigned char *pkcs8_der(EVP_PKEY *k, size_t *len)
{
    return key_enc(k, DER_PKCS8, len);
}

static void sha256(const void *p, size_t n, unsigned char md[32])
{
    assert_int_equal(EVP_Digest(p, n, md, NULL, EVP_sha256(), NULL), 1);
}

static int group_setup(void **state)
{
    (void)state;
    mdshm_set_default_log(capture, NULL, MDSHM_LOG_TRACE);
    fx.rsa2048 = EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)2048);
    fx.rsa2048b = EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)2048);
    fx.rsa3072 = EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)3072);
    fx.rsa1024 = EVP_PKEY_Q_keygen(NULL, NULL, "RSA", (size_t)1024);
    fx.p256 = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
    fx.p384 = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-384");
    fx.p521 = EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-521");
    fx.ed25519 = EVP_PKEY_Q_keygen(NULL, NULL, "ED25519");
    if (!fx.rsa2048 || !fx.rsa2048b || !fx.rsa3072 || !fx.rsa1024 ||
        !fx.p256 || !fx.p384 || !fx.p521 || !fx.ed25519)
        return -1;
    fx.ca = make_cert(fx.p256, fx.p256, NULL, "Example Org", "Test CA",
                      "01", NB - 86400, CA_NA, false);
    fx.leaf = make_cert(fx.rsa2048, fx.p256, fx.ca, "Example Org",
                        "Www.Example.Test", "0123456789ABCDEF01", NB, NA,
                        true);
    fx.nosan = make_cert(fx.p384, fx.p384, NULL, NULL, "Host.Example.Test",
                         "7F", NB, NA, false);
    fx.ca_der = der_of(fx.ca, &fx.ca_der_len);
    fx.leaf_der = der_of(fx.leaf, &fx.leaf_der_len);
    fx.ca_pem = pem_of_cert(fx.ca);
    fx.leaf_pem = pem_of_cert(fx.leaf);
    strcpy(fx.dir, "/tmp/test_cert.XXXXXX");
    if (!mkdtemp(fx.dir))
        return -1;
    return 0;
}

static int group_teardown(void **state)
{
    (void)state;
    EVP_PKEY_free(fx.rsa2048);
    EVP_PKEY_free(fx.rsa2048b);
    EVP_PKEY_free(fx.rsa3072);
    EVP_PKEY_free(fx.rsa1024);
    EVP_PKEY_free(fx.p256);
    EVP_PKEY_free(fx.p384);
    EVP_PKEY_free(fx.p521);
    EVP_PKEY_free(fx.ed25519);
    X509_free(fx.ca);
    X509_free(fx.leaf);
    X509_free(fx.nosan);
    OPENSSL_free(fx.ca_der);
    OPENSSL_free(fx.leaf_der);
    free(fx.ca_pem);
    free(fx.leaf_pem);
    rmdir(fx.dir);
    mdshm_set_default_log(NULL, NULL, MDSHM_LOG_WARN);
    return 0;
}

static int test_setup(void **state)
{
    (void)state;
    log_reset();
    return 0;
}

static char *cat3(const char *a, const char *b, const char *c)
{
    size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
    char *s = malloc(la + lb + lc + 1);
    assert_non_null(s);
    memcpy(s, a, la);
    memcpy(s + la, b, lb);
    memcpy(s + la + lb, c, lc + 1);
    return s;
}

/* Write @len bytes to a fresh file in the fixture directory, mode @mode. */
static void write_file(const char *path, const void *p, size_t len,
                       mode_t mode)
{
    int fd;
    unlink(path);
    fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, p, len), (ssize_t)len);
    assert_int_equal(fchmod(fd, mode), 0);
    close(fd);
}

static void assert_der_is(const mdshm_chain_t *ch, size_t i,
                          const unsigned char *der, size_t len)
{
    mdshm_buf_t b;
    assert_int_equal(mdshm_chain_der(ch, i, &b), 0);
    assert_int_equal(b.n, len);
    assert_memory_equal(b.p, der, len);
}

/* ------------------------------------------------------------------------
 * Chains
 * ---------------------------------------------------------------------- */

static void test_chain_pem_two(void **state)
{
    char *pem = cat3(fx.leaf_pem, fx.ca_pem, "");
    mdshm_chain_t *ch = NULL;
    mdshm_buf_t b;

    (void)state;
    assert_int_equal(mdshm_chain_parse(pem, strlen(pem), &ch), 0);
    assert_non_null(ch);
    assert_int_equal(mdshm_chain_count(ch), 2);
    assert_der_is(ch, 0, fx.leaf_der, fx.leaf_der_len);
    assert_der_is(ch, 1, fx.ca_der, fx.ca_der_len);
    assert_int_equal(mdshm_chain_der(ch, 2, &b), MDSHM_ENOTFOUND);
    assert_null(b.p);
    assert_int_equal(b.n, 0);
    assert_int_equal(logcap.n_err, 0);
    mdshm_chain_free(ch);
    free(pem);
}

static void test_chain_pem_skips_other_blocks(void **state)
{
    size_t klen;
    unsigned char *key = key_enc(fx.p256, PEM_PKCS8, &klen);
    char *mid = cat3(fx.leaf_pem, (char *)key, fx.ca_pem);
    char *pem = cat3("Bag Attributes\n    friendlyName: x\n", mid,
                     "trailing text\n");
    mdshm_chain_t *ch = NULL;

    (void)state;
    assert_int_equal(mdshm_chain_parse(pem, strlen(pem), &ch), 0);
    assert_int_equal(mdshm_chain_count(ch), 2);
    assert_der_is(ch, 0, fx.leaf_der, fx.leaf_der_len);
    assert_der_is(ch, 1, fx.ca_der, fx.ca_der_len);
    mdshm_chain_free(ch);

    /* A PEM with a key but no certificate is refused, without logging
     * the key. */
    ch = (mdshm_chain_t *)&ch;
    assert_int_equal(mdshm_chain_parse(key, klen, &ch), MDSHM_EBADINPUT);
    assert_null(ch);
    assert_int_equal(logcap.n_err, 1);
    assert_true(logged("no certificate"));
    assert_false(logged("MII"));
    assert_false(logged("PRIVATE"));
    free(pem);
    free(mid);
    free(key);
}

static void test_chain_der_single(void **state)
{
    mdshm_chain_t *ch = NULL;
    (void)state;
    assert_int_equal(mdshm_chain_parse(fx.leaf_der, fx.leaf_der_len, &ch), 0);
    assert_int_equal(mdshm_chain_count(ch), 1);
    assert_der_is(ch, 0, fx.leaf_der, fx.leaf_der_len);
    mdshm_chain_free(ch);
}

static void test_chain_der_trailing(void **state)
{
    size_t n = fx.leaf_der_len;
    unsigned char *buf = malloc(2 * n);
    mdshm_chain_t *ch = NULL;

    (void)state;
    memcpy(buf, fx.leaf_der, n);
    buf[n] = 0;
    assert_int_equal(mdshm_chain_parse(buf, n + 1, &ch), MDSHM_EBADINPUT);
    assert_null(ch);
    assert_int_equal(logcap.n_err, 1);
    assert_true(logged("trailing"));
    /* two DER certificates back to back are not a DER chain */
    memcpy(buf + n, fx.leaf_der, n);
    assert_int_equal(mdshm_chain_parse(buf, 2 * n, &ch), MDSHM_EBADINPUT);
    assert_null(ch);
    free(buf);
}

static void test_chain_garbage(void **state)
{
    static const char *const bad[] = {
        "hello world",
        ("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n"
         "-----END CERTIFICATE-----\n"),
        "-----BEGIN CERTIFICATE-----\nMIIB\n", /* no END line */
        "-----BEGIN",
        "0\x82\x01\x00",
    };
    unsigned char rnd[512];
    mdshm_chain_t *ch = (mdshm_chain_t *)&ch;

    (void)state;
    assert_int_equal(mdshm_chain_parse(NULL, 0, &ch), MDSHM_EBADINPUT);
    assert_null(ch);
    assert_int_equal(mdshm_chain_parse("", 0, &ch), MDSHM_EBADINPUT);
    assert_int_equal(mdshm_chain_parse(NULL, 5, &ch), -EINVAL);
    assert_int_equal(mdshm_chain_parse("x", 1, NULL), -EINVAL);
    for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        log_reset();
        ch = (mdshm_chain_t *)&ch;
        assert_int_equal(mdshm_chain_parse(bad[i], strlen(bad[i]), &ch),
                         MDSHM_EBADINPUT);
        assert_null(ch);
        assert_int_equal(logcap.n_err, 1);
        assert_int_equal(logcap.last_err, MDSHM_EBADINPUT);
    }
    srand(42);
    for (int round = 0; round < 50; round++) {
        for (size_t i = 0; i < sizeof(rnd); i++)
            rnd[i] = (unsigned char)rand();
        assert_int_equal(mdshm_chain_parse(rnd, sizeof(rnd), &ch),
                         MDSHM_EBADINPUT);
    }
    assert_int_equal(ERR_peek_error(), 0); /* queue left clean */
}

static void test_chain_der_prefixes(void **state)
{
    mdshm_chain_t *ch;
    (void)state;
    for (size_t n = 0; n < fx.leaf_der_len; n++) {
        ch = (mdshm_chain_t *)&ch;
        assert_int_equal(mdshm_chain_parse(fx.leaf_der, n, &ch),
                         MDSHM_EBADINPUT);
        assert_null(ch);
    }
}

static void test_chain_pem_prefixes(void **state)
{
    const char *pem = fx.leaf_pem;
    const char *end = strstr(pem, "-----END CERTIFICATE-----");
    size_t end_at = (size_t)(end - pem) + strlen("-----END CERTIFICATE-----");
    mdshm_chain_t *ch;

    (void)state;
    assert_non_null(end);
    for (size_t n = 0; n <= strlen(pem); n++) {
        int rv;
        ch = NULL;
        rv = mdshm_chain_parse(pem, n, &ch);
        if (n < end_at) {
            assert_int_equal(rv, MDSHM_EBADINPUT);
            assert_null(ch);
        } else if (n > end_at) {
            assert_int_equal(rv, 0);
            assert_int_equal(mdshm_chain_count(ch), 1);
        }
        mdshm_chain_free(ch);
    }
}

/* Every single-byte corruption either parses or fails cleanly. */
static void test_chain_der_mutations(void **state)
{
    unsigned char *buf = malloc(fx.leaf_der_len);
    size_t ok = 0, bad = 0;

    (void)state;
    for (size_t i = 0; i < fx.leaf_der_len; i++) {
        for (int v = 0; v < 3; v++) {
            static const unsigned char xs[] = {0xff, 0x01, 0x80};
            mdshm_chain_t *ch = NULL;
            int rv;
            memcpy(buf, fx.leaf_der, fx.leaf_der_len);
            buf[i] ^= xs[v];
            rv = mdshm_chain_parse(buf, fx.leaf_der_len, &ch);
            if (rv == 0) {
                mdshm_cert_info_t info;
                assert_int_equal(mdshm_chain_info(ch, 0, &info), 0);
                ok++;
            } else {
                assert_int_equal(rv, MDSHM_EBADINPUT);
                assert_null(ch);
                bad++;
            }
            mdshm_chain_free(ch);
        }
    }
    assert_true(ok > 0);  /* e.g. signature bytes */
    assert_true(bad > 0); /* e.g. the outer header */
    free(buf);
}

static void test_chain_too_big(void **state)
{
    char *pem = calloc(MDSHM_MAX_CHAIN + 1, strlen(fx.ca_pem) + 1);
    mdshm_chain_t *ch = NULL;

    (void)state;
    for (int i = 0; i < MDSHM_MAX_CHAIN; i++)
        strcat(pem, fx.ca_pem);
    assert_int_equal(mdshm_chain_parse(pem, strlen(pem), &ch), 0);
    assert_int_equal(mdshm_chain_count(ch), MDSHM_MAX_CHAIN);
    mdshm_chain_free(ch);
    strcat(pem, fx.ca_pem);
    ch = (mdshm_chain_t *)&ch;
    assert_int_equal(mdshm_chain_parse(pem, strlen(pem), &ch), MDSHM_ETOOBIG);
    assert_null(ch);
    assert_int_equal(logcap.n_err, 1);
    free(pem);
}

static void test_info_leaf(void **state)
{
    static const char *const names[] = {"www.example.test", "*.example.test",
                                        "127.0.0.1", "2001:db8::1"};
    mdshm_chain_t *ch = NULL;
    mdshm_cert_info_t info;
    unsigned char md[32];

    (void)state;
    assert_int_equal(mdshm_chain_parse(fx.leaf_der, fx.leaf_der_len, &ch), 0);
    assert_int_equal(mdshm_chain_info(ch, 0, &info), 0);
    assert_string_equal(info.subject, "CN=Www.Example.Test,O=Example Org");
    assert_string_equal(info.issuer, "CN=Test CA,O=Example Org");
    assert_string_equal(info.serial, "0123456789ABCDEF01");
    assert_string_equal(info.ocsp_url, "http://ocsp.example.test/");
    assert_string_equal(info.crl_url, "http://crl.example.test/ca.crl");
    assert_int_equal(info.n_names, 4);
    for (size_t i = 0; i < 4; i++)
        assert_string_equal(info.names[i], names[i]);
    assert_int_equal(info.not_before, NB);
    assert_int_equal(info.not_after, NA);
    sha256(fx.leaf_der, fx.leaf_der_len, md);
    assert_memory_equal(info.sha256, md, 32);
    assert_true(info.must_staple);
    mdshm_chain_free(ch);
}

static void test_info_ca(void **state)
{
    mdshm_chain_t *ch = NULL;
    mdshm_cert_info_t info;
    unsigned char md[32];

    (void)state;
    assert_int_equal(mdshm_chain_parse(fx.ca_pem, strlen(fx.ca_pem), &ch), 0);
    assert_int_equal(mdshm_chain_info(ch, 0, &info), 0);
    assert_string_equal(info.subject, "CN=Test CA,O=Example Org");
    assert_string_equal(info.subject, info.issuer);
    assert_string_equal(info.serial, "01");
    assert_null(info.ocsp_url);
    assert_null(info.crl_url);
    assert_int_equal(info.n_names, 1); /* no SAN: the CN, lower case */
    assert_string_equal(info.names[0], "test ca");
    assert_int_equal(info.not_before, NB - 86400);
    assert_int_equal(info.not_after, CA_NA);
    sha256(fx.ca_der, fx.ca_der_len, md);
    assert_memory_equal(info.sha256, md, 32);
    assert_false(info.must_staple);
    mdshm_chain_free(ch);
}

static void test_info_cn_fallback(void **state)
{
    size_t len;
    unsigned char *der = der_of(fx.nosan, &len);
    mdshm_chain_t *ch = NULL;
    mdshm_cert_info_t info;

    (void)state;
    assert_int_equal(mdshm_chain_parse(der, len, &ch), 0);
    assert_int_equal(mdshm_chain_info(ch, 0, &info), 0);
    assert_int_equal(info.n_names, 1);
    assert_string_equal(info.names[0], "host.example.test");
    assert_string_equal(info.subject, "CN=Host.Example.Test");
    assert_string_equal(info.serial, "7F");
    mdshm_chain_free(ch);
    OPENSSL_free(der);
}

static void test_info_bounds(void **state)
{
    mdshm_chain_t *ch = NULL;
    mdshm_cert_info_t info;

    (void)state;
    assert_int_equal(mdshm_chain_parse(fx.ca_der, fx.ca_der_len, &ch), 0);
    memset(&info, 0x5a, sizeof(info));
    assert_int_equal(mdshm_chain_info(ch, 1, &info), MDSHM_ENOTFOUND);
    assert_null(info.subject);
    assert_null(info.names);
    assert_int_equal(info.n_names, 0);
    assert_int_equal(mdshm_chain_info(ch, 0, NULL), -EINVAL);
    assert_int_equal(mdshm_chain_info(NULL, 0, &info), -EINVAL);
    assert_int_equal(mdshm_chain_count(NULL), 0);
    mdshm_chain_free(ch);
    mdshm_chain_free(NULL);
}

static void test_chain_load(void **state)
{
    char path[128];
    char *pem = cat3(fx.leaf_pem, fx.ca_pem, "");
    mdshm_chain_t *ch = NULL;

    (void)state;
    snprintf(path, sizeof(path), "%s/chain.pem", fx.dir);
    write_file(path, pem, strlen(pem), 0644);
    assert_int_equal(mdshm_chain_load(path, &ch), 0);
    assert_int_equal(mdshm_chain_count(ch), 2);
    mdshm_chain_free(ch);

    /* A parse error names the file. */
    write_file(path, "junk", 4, 0644);
    ch = (mdshm_chain_t *)&ch;
    assert_int_equal(mdshm_chain_load(path, &ch), MDSHM_EBADINPUT);
    assert_null(ch);
    assert_int_equal(logcap.n_err, 1);
    assert_true(logged(path));
    unlink(path);

    log_reset();
    assert_int_equal(mdshm_chain_load(path, &ch), -ENOENT);
    assert_true(logged(path));
    assert_int_equal(mdshm_chain_load(fx.dir, &ch), MDSHM_EBADINPUT);
    free(pem);
}

/* ------------------------------------------------------------------------
 * Keys
 * ---------------------------------------------------------------------- */

static void check_key(EVP_PKEY *orig, const char *spec)
{
    static const enum key_fmt fmts[] = {PEM_PKCS8, PEM_TRAD, DER_PKCS8,
                                        DER_TRAD};
    size_t p8len;
    unsigned char *p8 = pkcs8_der(orig, &p8len);

    for (size_t f = 0; f < 4; f++) {
        size_t len;
        unsigned char *enc = key_enc(orig, fmts[f], &len);
        mdshm__pkey_t *k = NULL;
        mdshm_buf_t der;
        const unsigned char *p;
        PKCS8_PRIV_KEY_INFO *info;
        EVP_PKEY *back;

        assert_int_equal(mdshm__pkey_parse(enc, len, &k), 0);
        assert_string_equal(mdshm__pkey_spec(k), spec);
        assert_int_equal(mdshm__pkey_der(k, &der), 0);
        /* The DER is PKCS#8 of the same key. */
        p = der.p;
        info = d2i_PKCS8_PRIV_KEY_INFO(NULL, &p, (long)der.n);
        assert_non_null(info);
        assert_ptr_equal(p, der.p + der.n);
        back = EVP_PKCS82PKEY(info);
        assert_non_null(back);
        assert_int_equal(EVP_PKEY_eq(back, orig), 1);
        assert_int_equal(der.n, p8len);
        assert_memory_equal(der.p, p8, p8len);
        EVP_PKEY_free(back);
        PKCS8_PRIV_KEY_INFO_free(info);
        mdshm__pkey_free(k);
        OPENSSL_cleanse(enc, len);
        free(enc);
    }
    OPENSSL_cleanse(p8, p8len);
    free(p8);
    assert_int_equal(logcap.n_err, 0);
}

static void test_pkey_specs(void **state)
{
    (void)state;
    check_key(fx.rsa2048, "rsa2048");
    check_key(fx.rsa3072, "rsa3072");
    check_key(fx.p256, "secp256r1");
    check_key(fx.p384, "secp384r1");
}

static void test_pkey_ec_params_block(void **state)
{
    BIO *b = BIO_new(BIO_s_mem());
    size_t len;
    char *pem;
    mdshm__pkey_t *k = NULL;

    (void)state;
    assert_int_equal(PEM_write_bio_Parameters(b, fx.p384), 1);
    assert_int_equal(PEM_write_bio_PrivateKey_traditional(
                         b, fx.p384, NULL, NULL, 0, NULL, NULL),
                     1);
    pem = bio_string(b, &len);
    assert_non_null(strstr(pem, "EC PARAMETERS"));
    assert_int_equal(mdshm__pkey_parse(pem, len, &k), 0);
    assert_string_equal(mdshm__pkey_spec(k), "secp384r1");
    mdshm__pkey_free(k);
    free(pem);
}

static void check_unsupported(EVP_PKEY *key, const char *name)
{
    static const enum key_fmt fmts[] = {PEM_PKCS8, DER_PKCS8};
    for (size_t f = 0; f < 2; f++) {
        size_t len;
        unsigned char *enc = key_enc(key, fmts[f], &len);
        mdshm__pkey_t *k = (mdshm__pkey_t *)&k;
        log_reset();
        assert_int_equal(mdshm__pkey_parse(enc, len, &k), MDSHM_EUNSUPPORTED);
        assert_null(k);
        assert_int_equal(logcap.n_err, 1);
        assert_int_equal(logcap.last_err, MDSHM_EUNSUPPORTED);
        assert_true(logged(name));
        free(enc);
    }
}

static void test_pkey_unsupported(void **state)
{
    (void)state;
    check_unsupported(fx.rsa1024, "rsa1024");
    check_unsupported(fx.p521, "secp521r1");
    check_unsupported(fx.ed25519, "ED25519");
}

/* P-256 with its curve spelled out (explicit parameters) is refused. */
static void test_pkey_ec_explicit(void **state)
{
    EVP_PKEY *k = EVP_PKEY_dup(fx.p256);
    char enc[32] = "";

    (void)state;
    assert_non_null(k);
    assert_int_equal(EVP_PKEY_set_utf8_string_param(
                         k, OSSL_PKEY_PARAM_EC_ENCODING,
                         OSSL_PKEY_EC_ENCODING_EXPLICIT),
                     1);
    assert_int_equal(EVP_PKEY_get_utf8_string_param(
                         k, OSSL_PKEY_PARAM_EC_ENCODING, enc, sizeof(enc),
                         NULL),
                     1);
    assert_string_equal(enc, "explicit");
    check_unsupported(k, "explicit curve parameters");
    EVP_PKEY_free(k);
}

/* Encrypted keys in the three forms OpenSSL writes them. */
static int parse_encrypted(void)
{
    BIO *b;
    char *s;
    size_t len;
    int bad = 0;
    mdshm__pkey_t *k;

    b = BIO_new(BIO_s_mem());
    PEM_write_bio_PKCS8PrivateKey(b, fx.p256, EVP_aes_256_cbc(), NULL, 0,
                                  NULL, (void *)"secret");
    s = bio_string(b, &len);
    bad |= !strstr(s, "ENCRYPTED PRIVATE KEY");
    bad |= mdshm__pkey_parse(s, len, &k) != MDSHM_EUNSUPPORTED;
    free(s);

    b = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey_traditional(b, fx.rsa2048, EVP_aes_128_cbc(),
                                         NULL, 0, NULL, (void *)"secret");
    s = bio_string(b, &len);
    bad |= !strstr(s, "Proc-Type: 4,ENCRYPTED");
    bad |= mdshm__pkey_parse(s, len, &k) != MDSHM_EUNSUPPORTED;
    free(s);

    b = BIO_new(BIO_s_mem());
    i2d_PKCS8PrivateKey_bio(b, fx.p384, EVP_aes_256_cbc(), NULL, 0, NULL,
                            (void *)"secret");
    s = bio_string(b, &len);
    bad |= mdshm__pkey_parse(s, len, &k) != MDSHM_EUNSUPPORTED;
    free(s);
    return bad;
}

static void test_pkey_encrypted(void **state)
{
    pid_t pid;
    int status;

    (void)state;
    assert_int_equal(parse_encrypted(), 0);
    assert_int_equal(logcap.n_err, 3);
    assert_true(logged("encrypted"));
    assert_false(logged("secret"));

    /* Without a controlling terminal or stdin, and with a deadline: a
     * pass phrase prompt would fail or hang here. */
    pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int fd = open("/dev/null", O_RDWR);
        setsid();
        dup2(fd, 0);
        alarm(20);
        _exit(parse_encrypted() ? 1 : 0);
    }
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
}

static void test_pkey_garbage(void **state)
{
    size_t len, plen;
    unsigned char *der = pkcs8_der(fx.p256, &len);
    unsigned char *buf = malloc(len + 1);
    char *cert_only = fx.leaf_pem;
    unsigned char *pem = key_enc(fx.p256, PEM_PKCS8, &plen);
    mdshm__pkey_t *k;

    (void)state;
    k = (mdshm__pkey_t *)&k;
    assert_int_equal(mdshm__pkey_parse(NULL, 0, &k), MDSHM_EBADINPUT);
    assert_null(k);
    assert_int_equal(mdshm__pkey_parse("junk", 4, &k), MDSHM_EBADINPUT);
    assert_int_equal(mdshm__pkey_parse(NULL, 3, &k), -EINVAL);
    assert_int_equal(mdshm__pkey_parse(der, len, NULL), -EINVAL);
    assert_int_equal(
        mdshm__pkey_parse(cert_only, strlen(cert_only), &k), MDSHM_EBADINPUT);
    assert_int_equal(mdshm__pkey_parse(fx.leaf_der, fx.leaf_der_len, &k),
                     MDSHM_EBADINPUT);
    for (size_t n = 0; n < len; n++) {
        k = (mdshm__pkey_t *)&k;
        assert_int_equal(mdshm__pkey_parse(der, n, &k), MDSHM_EBADINPUT);
        assert_null(k);
    }
    memcpy(buf, der, len);
    buf[len] = 0;
    assert_int_equal(mdshm__pkey_parse(buf, len + 1, &k), MDSHM_EBADINPUT);
    /* PEM with a corrupted body */
    pem[30] = pem[30] == 'A' ? 'B' : 'A';
    pem[31] = '*';
    assert_int_equal(mdshm__pkey_parse(pem, plen, &k), MDSHM_EBADINPUT);
    assert_false(logged("MI")); /* no base64 key material in the log */
    assert_int_equal(ERR_peek_error(), 0);
    free(buf);
    free(der);
    free(pem);
}

static void test_pkey_load_perms(void **state)
{
    static const struct {
        mode_t mode;
        int rv;
    } cases[] = {{0644, MDSHM_EPERM}, {0640, MDSHM_EPERM},
                 {0604, MDSHM_EPERM}, {0610, MDSHM_EPERM},
                 {0600, 0},           {0400, 0}};
    char path[128], expect[512];
    size_t len;
    unsigned char *pem = key_enc(fx.rsa2048, PEM_PKCS8, &len);

    (void)state;
    snprintf(path, sizeof(path), "%s/key.pem", fx.dir);
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        mdshm__pkey_t *k = (mdshm__pkey_t *)&k;
        log_reset();
        write_file(path, pem, len, cases[i].mode);
        assert_int_equal(mdshm__pkey_load(path, &k), cases[i].rv);
        if (cases[i].rv) {
            assert_null(k);
            assert_int_equal(logcap.n_err, 1);
            snprintf(expect, sizeof(expect),
                     "private key %s is accessible by group or others "
                     "(mode %04o); run: chmod 600 %s",
                     path, (unsigned)cases[i].mode, path);
            assert_true(logged(expect));
        } else {
            assert_non_null(k);
            assert_string_equal(mdshm__pkey_spec(k), "rsa2048");
            assert_int_equal(logcap.n_err, 0);
        }
        mdshm__pkey_free(k);
    }
    /* errors name the file */
    log_reset();
    write_file(path, "junk", 4, 0600);
    {
        mdshm__pkey_t *k = NULL;
        assert_int_equal(mdshm__pkey_load(path, &k), MDSHM_EBADINPUT);
        assert_true(logged(path));
        unlink(path);
        assert_int_equal(mdshm__pkey_load(path, &k), -ENOENT);
        assert_int_equal(mdshm__pkey_load(fx.dir, &k), MDSHM_EBADINPUT);
        assert_null(k);
    }
    free(pem);
}

static void test_pkey_matches(void **state)
{
    mdshm_chain_t *leaf = NULL, *ca = NULL;
    mdshm__pkey_t *k2048 = NULL, *k2048b = NULL, *kp256 = NULL;
    size_t len;
    unsigned char *enc;

    (void)state;
    assert_int_equal(mdshm_chain_parse(fx.leaf_pem, strlen(fx.leaf_pem),
                                       &leaf),
                     0);
    assert_int_equal(mdshm_chain_parse(fx.ca_der, fx.ca_der_len, &ca), 0);
    enc = key_enc(fx.rsa2048, DER_PKCS8, &len);
    assert_int_equal(mdshm__pkey_parse(enc, len, &k2048), 0);
    free(enc);
    enc = key_enc(fx.rsa2048b, PEM_TRAD, &len);
    assert_int_equal(mdshm__pkey_parse(enc, len, &k2048b), 0);
    free(enc);
    enc = key_enc(fx.p256, PEM_PKCS8, &len);
    assert_int_equal(mdshm__pkey_parse(enc, len, &kp256), 0);
    free(enc);

    assert_int_equal(mdshm__pkey_matches(k2048, leaf), 0);
    assert_int_equal(mdshm__pkey_matches(k2048b, leaf), MDSHM_EMISMATCH);
    assert_int_equal(mdshm__pkey_matches(kp256, leaf), MDSHM_EMISMATCH);
    assert_int_equal(mdshm__pkey_matches(kp256, ca), 0);
    assert_int_equal(mdshm__pkey_matches(k2048, ca), MDSHM_EMISMATCH);
    assert_int_equal(mdshm__pkey_matches(NULL, ca), -EINVAL);
    assert_int_equal(logcap.n_err, 0);
    assert_int_equal(ERR_peek_error(), 0);
    mdshm__pkey_free(k2048);
    mdshm__pkey_free(k2048b);
    mdshm__pkey_free(kp256);
    mdshm_chain_free(leaf);
    mdshm_chain_free(ca);
}

static void test_der_pair_matches(void **state)
{
    size_t l1, l2, l3, lt;
    unsigned char *k1 = pkcs8_der(fx.rsa2048, &l1);
    unsigned char *k2 = pkcs8_der(fx.rsa2048b, &l2);
    unsigned char *k3 = pkcs8_der(fx.p256, &l3);
    unsigned char *kt = key_enc(fx.rsa2048, DER_TRAD, &lt);
    mdshm_buf_t leaf = {fx.leaf_der, fx.leaf_der_len};
    mdshm_buf_t ca = {fx.ca_der, fx.ca_der_len};
    mdshm_buf_t b1 = {k1, l1}, b2 = {k2, l2}, b3 = {k3, l3}, bt = {kt, lt};

    (void)state;
    assert_int_equal(mdshm__der_pair_matches(leaf, b1), 0);
    assert_int_equal(mdshm__der_pair_matches(leaf, bt), 0);
    assert_int_equal(mdshm__der_pair_matches(ca, b3), 0);
    assert_int_equal(mdshm__der_pair_matches(leaf, b2), MDSHM_EMISMATCH);
    assert_int_equal(mdshm__der_pair_matches(leaf, b3), MDSHM_EMISMATCH);
    assert_int_equal(mdshm__der_pair_matches(ca, b1), MDSHM_EMISMATCH);
    assert_int_equal(logcap.n_err, 0);

    /* Torn sets: either half cut short or swapped with garbage. */
    assert_int_equal(mdshm__der_pair_matches((mdshm_buf_t){k1, l1}, b1),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm__der_pair_matches(leaf, (mdshm_buf_t){k1, l1 - 1}),
                     MDSHM_EBADINPUT);
    assert_int_equal(
        mdshm__der_pair_matches((mdshm_buf_t){fx.leaf_der, leaf.n - 1}, b1),
        MDSHM_EBADINPUT);
    assert_int_equal(mdshm__der_pair_matches(leaf, (mdshm_buf_t){NULL, 0}),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm__der_pair_matches((mdshm_buf_t){NULL, 0}, b1),
                     MDSHM_EBADINPUT);
    assert_int_equal(mdshm__der_pair_matches(leaf, leaf), MDSHM_EBADINPUT);
    assert_int_equal(mdshm__der_pair_matches((mdshm_buf_t){NULL, 3}, b1),
                     -EINVAL);
    assert_int_equal(ERR_peek_error(), 0);

    /* Repeated use stays leak-free (LeakSanitizer) and quick. */
    for (int i = 0; i < 200; i++) {
        assert_int_equal(mdshm__der_pair_matches(leaf, b1), 0);
        assert_int_equal(mdshm__der_pair_matches(leaf, b3), MDSHM_EMISMATCH);
    }
    free(k1);
    free(k2);
    free(k3);
    free(kt);
}

static void check_fingerprint(EVP_PKEY *orig, const char *spec)
{
    unsigned char *spki = NULL, want[32], fp[32], dfp[32];
    int n = i2d_PUBKEY(orig, &spki);
    size_t len;
    unsigned char *der = pkcs8_der(orig, &len);
    const char *type = NULL;
    mdshm__pkey_t *k = NULL;
    mdshm_buf_t kd;

    assert_true(n > 0);
    sha256(spki, (size_t)n, want);
    OPENSSL_free(spki);
    assert_int_equal(mdshm__pkey_parse(der, len, &k), 0);
    assert_int_equal(mdshm__pkey_fingerprint(k, fp), 0);
    assert_memory_equal(fp, want, 32);
    assert_int_equal(mdshm__pkey_der(k, &kd), 0);
    assert_int_equal(mdshm_pkey_der_fingerprint(kd.p, kd.n, &type, dfp), 0);
    assert_string_equal(type, spec);
    assert_memory_equal(dfp, want, 32);
    mdshm__pkey_free(k);
    free(der);
}

static void test_fingerprints(void **state)
{
    unsigned char a[32], b[32];
    const char *type = "x";
    size_t len;
    unsigned char *der;
    mdshm__pkey_t *k = NULL;

    (void)state;
    check_fingerprint(fx.rsa2048, "rsa2048");
    check_fingerprint(fx.rsa3072, "rsa3072");
    check_fingerprint(fx.p256, "secp256r1");
    check_fingerprint(fx.p384, "secp384r1");

    /* Different keys, different fingerprints. */
    der = pkcs8_der(fx.rsa2048, &len);
    assert_int_equal(mdshm_pkey_der_fingerprint(der, len, &type, a), 0);
    free(der);
    der = pkcs8_der(fx.rsa2048b, &len);
    assert_int_equal(mdshm_pkey_der_fingerprint(der, len, &type, b), 0);
    assert_memory_not_equal(a, b, 32);
    assert_int_equal(logcap.n_err, 0);

    /* Garbage and unsupported keys: nothing filled in. */
    memset(a, 0x5a, sizeof(a));
    assert_int_equal(mdshm_pkey_der_fingerprint(der, len - 1, &type, a),
                     MDSHM_EBADINPUT);
    assert_null(type);
    memset(b, 0, sizeof(b));
    assert_memory_equal(a, b, 32);
    assert_int_equal(mdshm_pkey_der_fingerprint("junk", 4, &type, a),
                     MDSHM_EBADINPUT);
    free(der);
    der = pkcs8_der(fx.ed25519, &len);
    type = "x";
    assert_int_equal(mdshm_pkey_der_fingerprint(der, len, &type, a),
                     MDSHM_EUNSUPPORTED);
    assert_null(type);
    assert_int_equal(mdshm_pkey_der_fingerprint(der, len, NULL, a), -EINVAL);
    assert_int_equal(mdshm__pkey_fingerprint(NULL, a), -EINVAL);
    assert_int_equal(mdshm__pkey_fingerprint(k, a), -EINVAL);
    assert_int_equal(ERR_peek_error(), 0);
    free(der);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_chain_pem_two, test_setup),
        cmocka_unit_test_setup(test_chain_pem_skips_other_blocks, test_setup),
        cmocka_unit_test_setup(test_chain_der_single, test_setup),
        cmocka_unit_test_setup(test_chain_der_trailing, test_setup),
        cmocka_unit_test_setup(test_chain_garbage, test_setup),
        cmocka_unit_test_setup(test_chain_der_prefixes, test_setup),
        cmocka_unit_test_setup(test_chain_pem_prefixes, test_setup),
        cmocka_unit_test_setup(test_chain_der_mutations, test_setup),
        cmocka_unit_test_setup(test_chain_too_big, test_setup),
        cmocka_unit_test_setup(test_info_leaf, test_setup),
        cmocka_unit_test_setup(test_info_ca, test_setup),
        cmocka_unit_test_setup(test_info_cn_fallback, test_setup),
        cmocka_unit_test_setup(test_info_bounds, test_setup),
        cmocka_unit_test_setup(test_chain_load, test_setup),
        cmocka_unit_test_setup(test_pkey_specs, test_setup),
        cmocka_unit_test_setup(test_pkey_ec_params_block, test_setup),
        cmocka_unit_test_setup(test_pkey_unsupported, test_setup),
        cmocka_unit_test_setup(test_pkey_ec_explicit, test_setup),
        cmocka_unit_test_setup(test_pkey_encrypted, test_setup),
        cmocka_unit_test_setup(test_pkey_garbage, test_setup),
        cmocka_unit_test_setup(test_pkey_load_perms, test_setup),
        cmocka_unit_test_setup(test_pkey_matches, test_setup),
        cmocka_unit_test_setup(test_der_pair_matches, test_setup),
        cmocka_unit_test_setup(test_fingerprints, test_setup),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
