/* put_ocsp.c -- test helper: store an OCSP response (a DER file, e.g. made
 * by `openssl ocsp`) for the first certificate set of an MD, through the
 * fenced leader path.
 *
 *   put_ocsp STORE MD RESPONSE.der NEXT_UPDATE_UNIX_S
 *
 * Takes leadership for the write (fails if a live leader runs).  Prints the
 * sha256 hex key of the record.  Exit 0, 1 on failure, 2 on bad usage.
 */
#include "shm.h" /* the store's write side (internal) */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct put {
    const char *md;
    uint8_t sha[32];
    uint8_t *der;
    size_t der_len;
    int64_t next_update;
};

static int write_fn(mdshm__wtxn_t *w, void *baton)
{
    struct put *p = baton;
    mdshm_record_t rec;
    char key[65];
    int64_t t = (int64_t)time(NULL);

    memset(&rec, 0, sizeof(rec));
    rec.type = MDSHM_REC_OCSP;
    rec.u.ocsp.der.p = p->der;
    rec.u.ocsp.der.n = p->der_len;
    rec.u.ocsp.status = 0;
    rec.u.ocsp.this_update = t - 60;
    rec.u.ocsp.next_update = p->next_update;
    rec.u.ocsp.fetched_ms = t * 1000;
    rec.u.ocsp.renew_at_ms = p->next_update * 1000 - 3600000;
    rec.u.ocsp.responder_url.p = (const uint8_t *)"http://ocsp.test/";
    rec.u.ocsp.responder_url.n = strlen("http://ocsp.test/");
    mdshm_key_ocsp(key, p->sha);
    return mdshm__w_put(w, MDSHM_DB_OCSP, key, 64, &rec);
}

static int load(mdshm_store_t *st, struct put *p)
{
    mdshm_reader_t *rd = NULL;
    mdshm_record_t *rec = calloc(1, sizeof(*rec));
    char spec[64], key[600];
    int rv, n;

    if (!rec)
        return -12;
    if ((rv = mdshm_reader_create(st, &rd)) == 0)
        rv = mdshm_read_begin(rd);
    if (rv == 0)
        rv = mdshm_read_get(rd, MDSHM_DB_MDS, p->md, strlen(p->md), rec);
    if (rv == 0 && rec->u.md.n_key_specs == 0)
        rv = MDSHM_EBADINPUT;
    if (rv == 0) {
        snprintf(spec, sizeof(spec), "%.*s", (int)rec->u.md.key_specs[0].n,
                 (const char *)rec->u.md.key_specs[0].p);
        n = mdshm_key_certset(key, sizeof(key), p->md, strlen(p->md), spec,
                              strlen(spec));
        rv = n < 0 ? n
                   : mdshm_read_get(rd, MDSHM_DB_CERTS, key, (size_t)n, rec);
    }
    if (rv == 0 && rec->u.certset.sha256.n != 32)
        rv = MDSHM_ECORRUPT;
    if (rv == 0)
        memcpy(p->sha, rec->u.certset.sha256.p, 32);
    if (rd)
        mdshm_read_end(rd);
    mdshm_reader_destroy(rd);
    free(rec);
    return rv;
}

static int read_file(const char *path, uint8_t **out, size_t *len)
{
    FILE *f = fopen(path, "rb");
    uint8_t *b = malloc(MDSHM_MAX_BIN);
    size_t n;

    if (!f || !b) {
        if (f)
            fclose(f);
        free(b);
        return -1;
    }
    n = fread(b, 1, MDSHM_MAX_BIN, f);
    fclose(f);
    *out = b;
    *len = n;
    return n > 0 ? 0 : -1;
}

int main(int argc, char **argv)
{
    struct put p;
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *c = NULL;
    char hex[65];
    int rv;

    if (argc != 5) {
        fprintf(stderr, "usage: put_ocsp STORE MD RESPONSE.der NEXT_UPDATE\n");
        return 2;
    }
    memset(&p, 0, sizeof(p));
    p.md = argv[2];
    p.next_update = strtoll(argv[4], NULL, 10);
    if (read_file(argv[3], &p.der, &p.der_len) < 0) {
        fprintf(stderr, "put_ocsp: cannot read %s\n", argv[3]);
        return 1;
    }
    rv = mdshm_store_open(argv[1], NULL, &st);
    if (rv == 0)
        rv = load(st, &p);
    if (rv == 0)
        rv = mdshm__candidate_create(st, NULL, &c);
    if (rv == 0 && (rv = mdshm__candidate_try(c)) == 0)
        rv = MDSHM_EBUSY;
    if (rv > 0)
        rv = mdshm__leader_write(c, write_fn, &p);
    if (rv < 0) {
        fprintf(stderr, "put_ocsp: %s: %s\n", argv[2], mdshm_strerror(rv));
    } else {
        mdshm_key_ocsp(hex, p.sha);
        printf("%s\n", hex);
    }
    mdshm__candidate_destroy(c);
    mdshm_store_close(st);
    free(p.der);
    return rv < 0 ? 1 : 0;
}
