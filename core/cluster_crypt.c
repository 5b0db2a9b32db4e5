/* cluster_crypt.c -- what cluster mode keeps secret: the key-encryption
 * key shared by the hosts, and the AES-256-GCM sealing of every value it
 * writes to etcd (etcd stores values in plain text; docs/cluster.md,
 * "Encryption").  Secret files (the key, etcd's password) are checked the
 * same way. */
#include "cluster.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

int mdshm__cluster_secret_read(const char *path, const char *what, size_t max,
                               uint8_t **out, size_t *outlen)
{
    struct stat sb;
    uid_t me = geteuid();
    int rv = 0, fd;

    *out = NULL;
    *outlen = 0;
    fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | O_NOFOLLOW);
    if (fd < 0) {
        rv = -errno;
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "%s %s: cannot open it%s", what, path,
                  rv == -ELOOP ? " (a symbolic link: name the file itself)"
                               : "");
        return rv;
    }
    if (fstat(fd, &sb) < 0) {
        rv = -errno;
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "%s %s: cannot stat it", what, path);
        goto out;
    }
    if (!S_ISREG(sb.st_mode)) {
        rv = MDSHM_EBADINPUT;
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "%s %s is not a regular file", what,
                  path);
        goto out;
    }
    if (sb.st_uid != me && sb.st_uid != 0) {
        rv = MDSHM_EPERM;
        MDSHM_LOG(MDSHM_LOG_ERR, rv,
                  "%s %s belongs to uid %ld, not to this process's user "
                  "(uid %ld) or root; run: chown %ld %s",
                  what, path, (long)sb.st_uid, (long)me, (long)me, path);
        goto out;
    }
    if (sb.st_mode & 077) {
        rv = MDSHM_EPERM;
        MDSHM_LOG(MDSHM_LOG_ERR, rv,
                  "%s %s is accessible by group or others (mode %04o); "
                  "run: chmod 600 %s",
                  what, path, (unsigned)(sb.st_mode & 07777), path);
        goto out;
    }
    if ((uint64_t)sb.st_size > max) {
        rv = MDSHM_ETOOBIG;
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "%s %s is larger than %zu bytes", what,
                  path, max);
        goto out;
    }
    rv = mdshm__read_fd(fd, (size_t)sb.st_size, true, out, outlen);
    if (rv < 0)
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "%s %s: cannot read it", what, path);
out:
    close(fd);
    return rv;
}

int mdshm__cluster_kek_set(mdshm__cluster_kek_t *kek,
                           const uint8_t key[MDSHM__KEK_LEN])
{
    uint8_t md[SHA256_DIGEST_LENGTH];

    memcpy(kek->key, key, MDSHM__KEK_LEN);
    if (!SHA256(key, MDSHM__KEK_LEN, md))
        return MDSHM_ECRYPTO;
    memcpy(kek->id, md, MDSHM__KEK_ID_LEN);
    return 0;
}

void mdshm__cluster_kek_clear(mdshm__cluster_kek_t *kek)
{
    OPENSSL_cleanse(kek, sizeof(*kek));
}

static int hexval(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static bool is_space(uint8_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int mdshm__cluster_kek_load(const char *path, mdshm__cluster_kek_t *kek)
{
    uint8_t *buf = NULL, key[MDSHM__KEK_LEN];
    size_t len = 0, a = 0, b;
    int rv;

    memset(kek, 0, sizeof(*kek));
    rv = mdshm__cluster_secret_read(path, "key-encryption file", 4096, &buf,
                                    &len);
    if (rv < 0)
        return rv;
    b = len;
    while (a < b && is_space(buf[a]))
        a++;
    while (b > a && is_space(buf[b - 1]))
        b--;
    rv = b - a == 2 * MDSHM__KEK_LEN ? 0 : MDSHM_EBADINPUT;
    for (size_t i = 0; rv == 0 && i < MDSHM__KEK_LEN; i++) {
        int hi = hexval(buf[a + 2 * i]), lo = hexval(buf[a + 2 * i + 1]);
        if (hi < 0 || lo < 0)
            rv = MDSHM_EBADINPUT;
        else
            key[i] = (uint8_t)(hi << 4 | lo);
    }
    if (rv < 0)
        MDSHM_LOG(MDSHM_LOG_ERR, rv,
                  "key-encryption file %s must hold 64 hexadecimal digits "
                  "(32 bytes; make one with: openssl rand -hex 32), not %zu "
                  "bytes of other text",
                  path, b - a);
    else
        rv = mdshm__cluster_kek_set(kek, key);
    OPENSSL_cleanse(key, sizeof(key));
    OPENSSL_cleanse(buf, len + 1);
    free(buf);
    return rv;
}

/* The 9 header bytes of a value for @ekey. */
static int seal_header(const mdshm__cluster_kek_t *kek, const void *ekey,
                       size_t eklen, uint8_t hdr[MDSHM__SEAL_HEADER])
{
    uint8_t md[SHA256_DIGEST_LENGTH];

    if (!SHA256(ekey, eklen, md))
        return MDSHM_ECRYPTO;
    hdr[0] = MDSHM__SEAL_VERSION;
    memcpy(hdr + 1, kek->id, MDSHM__KEK_ID_LEN);
    memcpy(hdr + 1 + MDSHM__KEK_ID_LEN, md, 4);
    return 0;
}

/* AES-256-GCM over @in (@n bytes) into @out with AAD = @hdr || @ekey;
 * @tag: written (@enc) or checked.  0, MDSHM_ECORRUPT (the tag does not
 * match), MDSHM_ECRYPTO. */
static int gcm(bool enc, const mdshm__cluster_kek_t *kek, const uint8_t *hdr,
               const void *ekey, size_t eklen, const uint8_t *nonce,
               const uint8_t *in, size_t n, uint8_t *out, uint8_t *tag)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0, rv = MDSHM_ECRYPTO;

    if (!ctx)
        return -ENOMEM;
    if (n > INT32_MAX || eklen > INT32_MAX)
        goto out;
    if (EVP_CipherInit_ex(ctx, EVP_aes_256_gcm(), NULL, NULL, NULL,
                          enc ? 1 : 0) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, MDSHM__SEAL_NONCE,
                            NULL) != 1 ||
        EVP_CipherInit_ex(ctx, NULL, NULL, kek->key, nonce, -1) != 1 ||
        EVP_CipherUpdate(ctx, NULL, &len, hdr, MDSHM__SEAL_HEADER) != 1 ||
        EVP_CipherUpdate(ctx, NULL, &len, ekey, (int)eklen) != 1)
        goto out;
    if (n && EVP_CipherUpdate(ctx, out, &len, in, (int)n) != 1)
        goto out;
    if (!enc && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG,
                                    MDSHM__SEAL_TAG, tag) != 1)
        goto out;
    if (EVP_CipherFinal_ex(ctx, out + len, &len) != 1) {
        rv = enc ? MDSHM_ECRYPTO : MDSHM_ECORRUPT;
        goto out;
    }
    if (enc && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG,
                                   MDSHM__SEAL_TAG, tag) != 1)
        goto out;
    rv = 0;
out:
    EVP_CIPHER_CTX_free(ctx);
    return rv;
}

int mdshm__cluster_seal(const mdshm__cluster_kek_t *kek, const void *ekey,
                        size_t eklen, const void *plain, size_t n,
                        uint8_t **out, size_t *outlen)
{
    uint8_t *buf, *nonce, *ct;
    int rv;

    *out = NULL;
    *outlen = 0;
    if (n > MDSHM_MAX_RECORD)
        return MDSHM_ETOOBIG;
    buf = malloc(n + MDSHM__SEAL_OVERHEAD);
    if (!buf)
        return -ENOMEM;
    nonce = buf + MDSHM__SEAL_HEADER;
    ct = nonce + MDSHM__SEAL_NONCE;
    rv = seal_header(kek, ekey, eklen, buf);
    if (rv < 0)
        goto out;
    /* a fresh random nonce per value: a key seals far fewer than the 2^32
     * values NIST SP 800-38D allows random nonces for */
    if (RAND_bytes(nonce, MDSHM__SEAL_NONCE) != 1) {
        rv = MDSHM_ECRYPTO;
        goto out;
    }
    rv = gcm(true, kek, buf, ekey, eklen, nonce, plain, n, ct, ct + n);
    if (rv < 0)
        goto out;
    *out = buf;
    *outlen = n + MDSHM__SEAL_OVERHEAD;
    buf = NULL;
out:
    free(buf);
    return rv;
}

static void id_hex(const uint8_t id[MDSHM__KEK_ID_LEN], char *out)
{
    mdshm__hex(id, MDSHM__KEK_ID_LEN, out);
}

int mdshm__cluster_open(const mdshm__cluster_kek_t *kek, const void *ekey,
                        size_t eklen, const void *sealed, size_t n,
                        uint8_t **out, size_t *outlen, char *why,
                        size_t whysize)
{
    const uint8_t *s = sealed;
    uint8_t hdr[MDSHM__SEAL_HEADER], tag[MDSHM__SEAL_TAG], *buf = NULL;
    char have[2 * MDSHM__KEK_ID_LEN + 1], want[2 * MDSHM__KEK_ID_LEN + 1];
    size_t clen;
    int rv;

    *out = NULL;
    *outlen = 0;
    if (whysize)
        why[0] = 0;
    if (n < MDSHM__SEAL_OVERHEAD) {
        snprintf(why, whysize,
                 "truncated: %zu bytes, a sealed value has at least %d", n,
                 MDSHM__SEAL_OVERHEAD);
        return MDSHM_ECORRUPT;
    }
    if (s[0] != MDSHM__SEAL_VERSION) {
        snprintf(why, whysize,
                 "sealed in format version %u; this library reads version %d "
                 "(a newer mdshm wrote it: upgrade this host)",
                 s[0], MDSHM__SEAL_VERSION);
        return MDSHM_EVERSION;
    }
    if (memcmp(s + 1, kek->id, MDSHM__KEK_ID_LEN) != 0) {
        id_hex(s + 1, have);
        id_hex(kek->id, want);
        snprintf(why, whysize,
                 "sealed with key id %s, but this host's key has id %s: its "
                 "key-encryption file differs from the cluster's", have, want);
        return MDSHM_EMISMATCH;
    }
    rv = seal_header(kek, ekey, eklen, hdr);
    if (rv < 0)
        return rv;
    if (memcmp(s + 1 + MDSHM__KEK_ID_LEN, hdr + 1 + MDSHM__KEK_ID_LEN, 4)) {
        snprintf(why, whysize, "sealed for another etcd key: the value was "
                               "moved or copied, and is refused");
        return MDSHM_EBADINPUT;
    }
    clen = n - MDSHM__SEAL_OVERHEAD;
    memcpy(tag, s + n - MDSHM__SEAL_TAG, MDSHM__SEAL_TAG);
    buf = malloc(clen + 1);
    if (!buf)
        return -ENOMEM;
    rv = gcm(false, kek, s, ekey, eklen, s + MDSHM__SEAL_HEADER,
             s + MDSHM__SEAL_HEADER + MDSHM__SEAL_NONCE, clen, buf, tag);
    if (rv < 0) {
        if (rv == MDSHM_ECORRUPT)
            snprintf(why, whysize,
                     "authentication failed: the value was altered after it "
                     "was sealed");
        else
            snprintf(why, whysize, "AES-256-GCM failed");
        OPENSSL_cleanse(buf, clen + 1);
        free(buf);
        return rv;
    }
    buf[clen] = 0; /* text records (a password) read as strings */
    *out = buf;
    *outlen = clen;
    return 0;
}
