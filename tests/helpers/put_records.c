/* put_records.c -- test helper: add one record of every ACME-side type for
 * an imported MD, through the public API (leader write), so that the CLI's
 * output of every record type can be tested.
 *
 *   put_records STORE MD [DETAIL]
 *
 * Reads mds/MD and its first certificate set, then writes, in one fenced
 * transaction:
 *   ocsp/<sha256 hex of the leaf>   a fake response (not verified here)
 *   ocsp/crl-<sha256 hex>           a CRL outcome: revoked
 *   challenges/http-01/tok-<MD>     for the MD's first name
 *   jobs/MD                         with two log entries (DETAIL, when
 *                                   given, as its last detail and error:
 *                                   arbitrary text for escaping tests)
 *   staging/MD/<spec>               with the set's key and chain
 *   accounts/acct-test              with the set's key
 *   meta/cluster                    a cluster status (cluster mode)
 * Exit 0, 1 on failure (printed), 2 on bad usage.
 */
#include "shm.h" /* the store's write side (internal) */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/sha.h>

struct put {
    const char *md;
    const char *detail; /* NULL: the default texts */
    char spec[64];
    char sha_hex[65];
    char token[300];
    char name[300];
    uint8_t *chain0; /* copies: the views die with the read */
    size_t chain0_len;
    uint8_t *pkey;
    size_t pkey_len;
};

static mdshm_buf_t sbuf(const char *s)
{
    mdshm_buf_t b = {(const uint8_t *)s, strlen(s)};
    return b;
}

static int64_t now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int write_fn(mdshm__wtxn_t *w, void *baton)
{
    static const uint8_t der[] = {0x30, 0x03, 0x0a, 0x01, 0x00};
    struct put *p = baton;
    mdshm_record_t *rec = calloc(1, sizeof(*rec));
    char key[600];
    int64_t t = now_ms();
    int rv, n;

    if (!rec)
        return -12;

    rec->type = MDSHM_REC_OCSP;
    rec->u.ocsp.der.p = der;
    rec->u.ocsp.der.n = sizeof(der);
    rec->u.ocsp.status = 0;
    rec->u.ocsp.this_update = t / 1000 - 3600;
    rec->u.ocsp.next_update = t / 1000 + 86400;
    rec->u.ocsp.fetched_ms = t;
    rec->u.ocsp.renew_at_ms = t + 43200000;
    rec->u.ocsp.responder_url = sbuf("http://ocsp.test/");
    rv = mdshm__w_put(w, MDSHM_DB_OCSP, p->sha_hex, 64, rec);
    if (rv < 0)
        goto out;

    memset(rec, 0, sizeof(*rec));
    rec->type = MDSHM_REC_CRL;
    rec->u.crl.status = 1;
    rec->u.crl.revoked_at = t / 1000 - 60;
    rec->u.crl.reason = 1;
    rec->u.crl.url = sbuf("http://crl.test/1.crl");
    rec->u.crl.md = sbuf(p->md);
    rec->u.crl.this_update = t / 1000 - 3600;
    rec->u.crl.next_update = t / 1000 + 86400;
    rec->u.crl.fetched_ms = t;
    rec->u.crl.next_fetch_ms = t + 43200000;
    rec->u.crl.etag = sbuf("\"v1\"");
    rec->u.crl.last_modified = sbuf("Sun, 06 Dec 2026 16:00:00 GMT");
    memcpy(key, "crl-", 4);
    memcpy(key + 4, p->sha_hex, 64);
    rv = mdshm__w_put(w, MDSHM_DB_OCSP, key, MDSHM__CRL_KEY_LEN, rec);
    if (rv < 0)
        goto out;

    memset(rec, 0, sizeof(*rec));
    rec->type = MDSHM_REC_CHALLENGE;
    rec->u.challenge.type = sbuf("http-01");
    rec->u.challenge.name = sbuf(p->name);
    rec->u.challenge.token = sbuf(p->token + strlen("http-01/"));
    rec->u.challenge.key_authz = sbuf("tok.thumbprint");
    rec->u.challenge.created_ms = t;
    rv = mdshm__w_put(w, MDSHM_DB_CHALLENGES, p->token, strlen(p->token),
                     rec);
    if (rv < 0)
        goto out;

    memset(rec, 0, sizeof(*rec));
    rec->type = MDSHM_REC_JOB;
    rec->u.job.md = sbuf(p->md);
    rec->u.job.errors = 1;
    rec->u.job.next_run_ms = t + 60000;
    rec->u.job.last_status = MDSHM_EBUSY;
    rec->u.job.last_problem = sbuf("urn:ietf:params:acme:error:rateLimited");
    rec->u.job.last_detail = sbuf("too many \"requests\"\n\x01");
    rec->u.job.last_run_ms = t - 1000;
    rec->u.job.n_log = 2;
    rec->u.job.log[0].when_ms = t - 2000;
    rec->u.job.log[0].type = sbuf("progress");
    rec->u.job.log[0].detail = sbuf("order created");
    rec->u.job.log[1].when_ms = t - 1000;
    rec->u.job.log[1].type = sbuf("error");
    rec->u.job.log[1].detail = sbuf("rate limited");
    if (p->detail)
        rec->u.job.last_detail = rec->u.job.log[1].detail = sbuf(p->detail);
    rv = mdshm__w_put(w, MDSHM_DB_JOBS, p->md, strlen(p->md), rec);
    if (rv < 0)
        goto out;

    memset(rec, 0, sizeof(*rec));
    rec->type = MDSHM_REC_STAGING;
    rec->u.staging.md = sbuf(p->md);
    rec->u.staging.key_spec = sbuf(p->spec);
    rec->u.staging.state = 3;
    rec->u.staging.pkey.p = p->pkey;
    rec->u.staging.pkey.n = p->pkey_len;
    rec->u.staging.n_chain = 1;
    rec->u.staging.chain[0].p = p->chain0;
    rec->u.staging.chain[0].n = p->chain0_len;
    rec->u.staging.account_id = sbuf("acct-test");
    rec->u.staging.order_url = sbuf("https://acme.test/order/1");
    rec->u.staging.n_authz = 1;
    rec->u.staging.authz_urls[0] = sbuf("https://acme.test/authz/1");
    rec->u.staging.created_ms = t;
    rec->u.staging.updated_ms = t;
    n = mdshm_key_certset(key, sizeof(key), p->md, strlen(p->md), p->spec,
                          strlen(p->spec));
    rv = n < 0 ? n
               : mdshm__w_put(w, MDSHM_DB_STAGING, key, (size_t)n, rec);
    if (rv < 0)
        goto out;

    memset(rec, 0, sizeof(*rec));
    rec->type = MDSHM_REC_ACCOUNT;
    rec->u.account.ca_url = sbuf("https://acme.test/directory");
    rec->u.account.url = sbuf("https://acme.test/acct/1");
    rec->u.account.status = sbuf("valid");
    rec->u.account.pkey.p = p->pkey;
    rec->u.account.pkey.n = p->pkey_len;
    rec->u.account.n_contacts = 1;
    rec->u.account.contacts[0] = sbuf("mailto:admin@test");
    rec->u.account.created_ms = t;
    rv = mdshm__w_put(w, MDSHM_DB_ACCOUNTS, "acct-test", 9, rec);
    if (rv < 0)
        goto out;

    memset(rec, 0, sizeof(*rec));
    rec->type = MDSHM_REC_CLUSTER;
    rec->u.cluster.host = sbuf("host-a");
    rec->u.cluster.role = sbuf("follower");
    rec->u.cluster.leader = sbuf("host-b");
    rec->u.cluster.term = 7;
    rec->u.cluster.applied_rev = 41;
    rec->u.cluster.seen_rev = 42;
    rec->u.cluster.etcd = sbuf("ok");
    rec->u.cluster.endpoint = sbuf("http://127.0.0.1:2379");
    rec->u.cluster.last_error = sbuf("none yet");
    rec->u.cluster.fenced = 1;
    rec->u.cluster.updated_ms = t;
    rv = mdshm__w_put(w, MDSHM_DB_META, "cluster", 7, rec);
out:
    free(rec);
    return rv;
}

/* Fill @p from mds/MD and certs/MD/<first spec>. */
static int load(mdshm_store_t *st, struct put *p)
{
    mdshm_reader_t *rd = NULL;
    mdshm_record_t *rec = calloc(1, sizeof(*rec));
    const mdshm_certset_rec_t *cs = &rec->u.certset;
    unsigned char md[SHA256_DIGEST_LENGTH];
    char key[600];
    int rv, n;

    if (!rec)
        return -12;
    rv = mdshm_reader_create(st, &rd);
    if (rv == 0)
        rv = mdshm_read_begin(rd);
    if (rv < 0)
        goto out;
    rv = mdshm_read_get(rd, MDSHM_DB_MDS, p->md, strlen(p->md), rec);
    if (rv == 0 && (rec->u.md.n_key_specs == 0 || rec->u.md.n_names == 0))
        rv = MDSHM_EBADINPUT;
    if (rv == 0) {
        snprintf(p->spec, sizeof(p->spec), "%.*s",
                 (int)rec->u.md.key_specs[0].n,
                 (const char *)rec->u.md.key_specs[0].p);
        snprintf(p->name, sizeof(p->name), "%.*s", (int)rec->u.md.names[0].n,
                 (const char *)rec->u.md.names[0].p);
        snprintf(p->token, sizeof(p->token), "http-01/tok-%s", p->md);
        n = mdshm_key_certset(key, sizeof(key), p->md, strlen(p->md),
                              p->spec, strlen(p->spec));
        rv = n < 0 ? n
                   : mdshm_read_get(rd, MDSHM_DB_CERTS, key, (size_t)n, rec);
    }
    if (rv == 0 && cs->n_chain == 0)
        rv = MDSHM_EBADINPUT;
    if (rv == 0) {
        p->chain0 = malloc(cs->chain[0].n);
        p->pkey = malloc(cs->pkey.n);
        if (!p->chain0 || !p->pkey) {
            rv = -12;
        } else {
            memcpy(p->chain0, cs->chain[0].p, cs->chain[0].n);
            p->chain0_len = cs->chain[0].n;
            memcpy(p->pkey, cs->pkey.p, cs->pkey.n);
            p->pkey_len = cs->pkey.n;
            SHA256(p->chain0, p->chain0_len, md);
            for (int i = 0; i < 32; i++)
                sprintf(p->sha_hex + 2 * i, "%02x", md[i]);
        }
    }
    mdshm_read_end(rd);
out:
    mdshm_reader_destroy(rd);
    free(rec);
    return rv;
}

int main(int argc, char **argv)
{
    struct put p;
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *c = NULL;
    int rv;

    if (argc != 3 && argc != 4) {
        fprintf(stderr, "usage: put_records STORE MD [DETAIL]\n");
        return 2;
    }
    memset(&p, 0, sizeof(p));
    p.md = argv[2];
    p.detail = argc == 4 ? argv[3] : NULL;
    rv = mdshm_store_open(argv[1], NULL, &st);
    if (rv == 0)
        rv = load(st, &p);
    if (rv == 0)
        rv = mdshm__candidate_create(st, NULL, &c);
    if (rv == 0) {
        rv = mdshm__candidate_try(c);
        if (rv == 0)
            rv = MDSHM_EBUSY;
    }
    if (rv > 0)
        rv = mdshm__leader_write(c, write_fn, &p);
    if (rv < 0)
        fprintf(stderr, "put_records: %s: %s\n", argv[2], mdshm_strerror(rv));
    else
        printf("%s\n", p.sha_hex);
    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
    free(p.chain0);
    free(p.pkey);
    return rv < 0 ? 1 : 0;
}
