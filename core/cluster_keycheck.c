/* cluster_keycheck.c -- the key check (cluster.h; docs/cluster.md, "A
 * wrong key file"): P"keycheck" says which key-encryption key the cluster
 * uses, so that a host with another key file never becomes cluster leader
 * (it would write values every other host refuses). */
#include "cluster.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#define CHECK_LABEL "mdshm cluster key check"

int mdshm__cluster_keycheck_value(const mdshm__cluster_kek_t *kek,
                                  char out[MDSHM__KEYCHECK_LEN + 1])
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int n = 0;

    if (!HMAC(EVP_sha256(), kek->key, MDSHM__KEK_LEN,
              (const unsigned char *)CHECK_LABEL, strlen(CHECK_LABEL), mac,
              &n) || n != 32)
        return MDSHM_ECRYPTO;
    out[0] = '1';
    out[1] = ':';
    mdshm__hex(kek->id, MDSHM__KEK_ID_LEN, out + 2);
    out[2 + 2 * MDSHM__KEK_ID_LEN] = ':';
    mdshm__hex(mac, n, out + 3 + 2 * MDSHM__KEK_ID_LEN);
    out[MDSHM__KEYCHECK_LEN] = 0;
    return 0;
}

/* "key id X here, Y in the cluster" from a key check value. */
static void mismatch_why(const mdshm__cluster_kek_t *kek, const char *seen,
                         size_t len, char *why, size_t whysize)
{
    char mine[2 * MDSHM__KEK_ID_LEN + 1];
    int idlen = 2 * MDSHM__KEK_ID_LEN;
    bool parsed = len == MDSHM__KEYCHECK_LEN && !memcmp(seen, "1:", 2) &&
                  seen[2 + idlen] == ':';

    mdshm__hex(kek->id, MDSHM__KEK_ID_LEN, mine);
    if (parsed)
        snprintf(why, whysize, "key id %s here, %.*s in the cluster", mine,
                 idlen, seen + 2);
    else
        snprintf(why, whysize, "key id %s here; the cluster's key check "
                 "is of another format", mine);
}

/* The first record under P"data/" into @r (none: @r->n 0). */
static int first_record(mdshm__etcd_t *c, const char *prefix,
                        mdshm__etcd_range_resp_t *r)
{
    mdshm__etcd_range_req_t rq = {.limit = 1};
    char *data = NULL;
    int rv = mdshm__cluster_key_data(prefix, &data);

    if (rv == 0)
        rv = mdshm__etcd_range_prefix(c, data, &rq, r);
    free(data);
    return rv;
}

/* Whether @kek opens the first data record (0 also when there is none). */
static int opens_data(mdshm__etcd_t *c, const char *prefix,
                      const mdshm__cluster_kek_t *kek, char *why,
                      size_t whysize)
{
    mdshm__etcd_range_resp_t r;
    uint8_t *plain = NULL;
    size_t plen = 0;
    char detail[256];
    int rv;

    memset(&r, 0, sizeof(r));
    rv = first_record(c, prefix, &r);
    if (rv < 0 || !r.n)
        goto out;
    rv = mdshm__cluster_open(kek, r.kvs[0].key, r.kvs[0].key_len,
                             r.kvs[0].value, r.kvs[0].value_len, &plain,
                             &plen, detail, sizeof(detail));
    if (rv == MDSHM_EMISMATCH) {
        char mine[2 * MDSHM__KEK_ID_LEN + 1], theirs[2 * MDSHM__KEK_ID_LEN + 1];
        mdshm__hex(kek->id, MDSHM__KEK_ID_LEN, mine);
        mdshm__hex(r.kvs[0].value + 1, MDSHM__KEK_ID_LEN, theirs);
        snprintf(why, whysize, "key id %s here, %s in the cluster's records",
                 mine, theirs);
    } else if (rv < 0) {
        snprintf(why, whysize, "%.*s does not open: %s",
                 (int)r.kvs[0].key_len, (const char *)r.kvs[0].key, detail);
    }
out:
    if (plain)
        OPENSSL_cleanse(plain, plen);
    free(plain);
    mdshm__etcd_range_resp_clear(&r);
    return rv;
}

int mdshm__cluster_keycheck_settle(mdshm__etcd_t *c, const char *prefix,
                                   const mdshm__cluster_kek_t *kek,
                                   const void *seen, size_t seen_len,
                                   char *why, size_t whysize)
{
    char value[MDSHM__KEYCHECK_LEN + 1], *key = NULL;
    mdshm__etcd_cmp_t absent = {.target = MDSHM__ETCD_CMP_CREATE,
                                .result = MDSHM__ETCD_EQUAL};
    mdshm__etcd_op_t put = {.type = MDSHM__ETCD_OP_PUT};
    mdshm__etcd_txn_t t = {&absent, 1, &put, 1, NULL, 0};
    mdshm__etcd_txn_resp_t r;
    int rv;

    if (whysize)
        why[0] = 0;
    memset(&r, 0, sizeof(r));
    if (seen) {
        mismatch_why(kek, seen, seen_len, why, whysize);
        return MDSHM_EMISMATCH;
    }
    rv = opens_data(c, prefix, kek, why, whysize);
    if (rv < 0)
        return rv;
    if ((rv = mdshm__cluster_keycheck_value(kek, value)) < 0 ||
        (rv = mdshm__cluster_key_keycheck(prefix, &key)) < 0)
        goto out;
    /* created only if absent: when two hosts with different keys start an
     * empty cluster, the first one's key is the cluster's */
    absent.key = put.key = key;
    absent.key_len = put.key_len = strlen(key);
    put.value = value;
    put.value_len = MDSHM__KEYCHECK_LEN;
    rv = mdshm__etcd_txn(c, &t, &r);
    if (rv == 0 && r.succeeded)
        MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "cluster: wrote the key check %s "
                  "(key id %.*s): hosts with another key-encryption file "
                  "will not lead", key, 2 * MDSHM__KEK_ID_LEN, value + 2);
out:
    mdshm__etcd_txn_resp_clear(&r);
    free(key);
    return rv;
}
