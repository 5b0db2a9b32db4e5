/* check.c -- walk every page of the store file (shm/store_walk.c), then
 * decode every record; for certificate sets also check that the key
 * matches the leaf and the stored fingerprint is the leaf's. */
#include "internal.h"

#include <errno.h>
#include <openssl/sha.h>
#include <stdlib.h>
#include <string.h>

struct check {
    mdshm_check_fn *fn;
    void *baton;
    size_t records, corrupt;
};

static int certset_consistent(const mdshm_certset_rec_t *cs)
{
    unsigned char md[SHA256_DIGEST_LENGTH];

    if (cs->n_chain == 0 || cs->pkey.n == 0)
        return MDSHM_ECORRUPT;
    if (cs->sha256.n == sizeof(md)) {
        SHA256(cs->chain[0].p, cs->chain[0].n, md);
        if (memcmp(md, cs->sha256.p, sizeof(md)) != 0)
            return MDSHM_ECORRUPT;
    }
    if (mdshm__der_pair_matches(cs->chain[0], cs->pkey) != 0)
        return MDSHM_ECORRUPT;
    return 0;
}

static int check_one(void *baton, mdshm_db_t db, mdshm_buf_t key,
                     mdshm_buf_t val)
{
    struct check *ck = baton;
    mdshm_record_t *rec = malloc(sizeof(*rec));
    int type, rv;

    if (!rec)
        return -ENOMEM;
    ck->records++;
    type = mdshm_record_type(db, key.p, key.n);
    rv = type < 0 ? MDSHM_ECORRUPT
                  : mdshm_record_decode((mdshm_rec_type_t)type, val.p, val.n,
                                        rec);
    if (rv == 0 && type == MDSHM_REC_CERTSET)
        rv = certset_consistent(&rec->u.certset);
    if (rv < 0) {
        ck->corrupt++;
        if (ck->fn)
            ck->fn(ck->baton, db, key, rv);
    }
    free(rec);
    return 0;
}

static int check_all_fn(mdshm_reader_t *rd, void *baton)
{
    int rv = 0;

    for (int db = 0; db < MDSHM_DB_COUNT && rv == 0; db++)
        rv = mdshm_read_foreach(rd, (mdshm_db_t)db, check_one, baton);
    return rv;
}

int mdshm_store_check(mdshm_store_t *st, mdshm_check_fn *fn, void *baton,
                      size_t *n_records, size_t *n_corrupt)
{
    struct check ck = {fn, baton, 0, 0};
    int rv;

    unsigned long n_pages;

    if (n_records)
        *n_records = 0;
    if (n_corrupt)
        *n_corrupt = 0;
    /* the pages first: LMDB would follow a damaged one blindly */
    if ((rv = mdshm__store_walk(st, MDSHM__WALK_ALL, &n_pages)) < 0)
        return rv;
    rv = mdshm__read_once(st, check_all_fn, &ck);
    if (rv == 0 && ck.corrupt)
        rv = MDSHM_ECORRUPT;
    if (n_records)
        *n_records = ck.records;
    if (n_corrupt)
        *n_corrupt = ck.corrupt;
    return rv;
}
