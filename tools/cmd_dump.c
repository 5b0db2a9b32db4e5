/* cmd_dump.c -- mdshm dump [--json] [MD...]: every record of every
 * database in readable form, from one read snapshot.
 *
 * With MD names, only the records that belong to them: mds/<md>, names
 * whose value is <md>, certs/staging/archive keys "<md>/...", jobs/<md>,
 * ocsp records of the leaf certificates of those sets and challenges for
 * the MD's DNS names.  A record that does not decode is shown as corrupt
 * (with its size) and the dump goes on; in filtered mode a corrupt names
 * or challenges record cannot be attributed and is left out.
 */
#include "cli.h"
#include "emit.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct owned {     /* a string that belongs to filter MD number md */
    char *s;
    size_t md;
};

struct dump {
    emit_t *e;
    mdshm_reader_t *rd;
    mdshm_record_t *rec;   /* scratch for decoding */
    size_t n_md;           /* filter: 0 = everything */
    const char **md;
    size_t *matched;       /* records shown per filter MD */
    struct owned *names;   /* DNS names of the filter MDs */
    size_t n_names, cap_names;
    struct owned *shas;    /* leaf sha256 hex of their certificate sets */
    size_t n_shas, cap_shas;
    size_t n_corrupt;
    int err;               /* first allocation failure */
};

static int add_owned(struct dump *d, struct owned **v, size_t *n, size_t *cap,
                     const void *p, size_t len, size_t md)
{
    char *s;

    if (*n == *cap) {
        size_t nc = *cap ? 2 * *cap : 16;
        struct owned *nv = realloc(*v, nc * sizeof(*nv));
        if (!nv)
            return d->err = -ENOMEM;
        *v = nv;
        *cap = nc;
    }
    s = malloc(len + 1);
    if (!s)
        return d->err = -ENOMEM;
    memcpy(s, p, len);
    s[len] = 0;
    (*v)[*n].s = s;
    (*v)[(*n)++].md = md;
    return 0;
}

/* Filter MD whose name is the key, or -1. */
static int md_of_key(const struct dump *d, mdshm_buf_t key)
{
    for (size_t i = 0; i < d->n_md; i++)
        if (cli_buf_eq(key, d->md[i]))
            return (int)i;
    return -1;
}

/* Filter MD for a key "<md>/...", or -1. */
static int md_of_prefix(const struct dump *d, mdshm_buf_t key)
{
    for (size_t i = 0; i < d->n_md; i++) {
        size_t n = strlen(d->md[i]);
        if (key.n > n && key.p[n] == '/' && !memcmp(key.p, d->md[i], n))
            return (int)i;
    }
    return -1;
}

static int md_of_owned(const struct owned *v, size_t n, mdshm_buf_t s,
                       bool nocase)
{
    for (size_t i = 0; i < n; i++) {
        if (strlen(v[i].s) != s.n)
            continue;
        if (nocase ? !strncasecmp(v[i].s, (const char *)s.p, s.n)
                   : !memcmp(v[i].s, s.p, s.n))
            return (int)v[i].md;
    }
    return -1;
}

/* Pass 1: the leaf certificates of the filter MDs' sets. */
static int collect_shas(void *baton, mdshm_db_t db, mdshm_buf_t key,
                        mdshm_buf_t val)
{
    struct dump *d = baton;
    const mdshm_buf_t *leaf;
    unsigned char md[32];
    char hex[65];
    int type, owner = md_of_prefix(d, key);

    if (owner < 0)
        return 0;
    type = mdshm_record_type(db, key.p, key.n);
    if (type < 0 || mdshm_record_decode((mdshm_rec_type_t)type, val.p, val.n,
                                        d->rec) < 0)
        return 0;
    if (type == MDSHM_REC_CERTSET && d->rec->u.certset.n_chain)
        leaf = &d->rec->u.certset.chain[0];
    else if (type == MDSHM_REC_STAGING && d->rec->u.staging.n_chain)
        leaf = &d->rec->u.staging.chain[0];
    else
        return 0;
    if (cli_sha256(leaf->p, leaf->n, md) < 0)
        return 0;
    cli_hex(md, sizeof(md), hex);
    return add_owned(d, &d->shas, &d->n_shas, &d->cap_shas, hex, 64,
                     (size_t)owner) < 0 ? d->err : 0;
}

static int collect(struct dump *d)
{
    static const mdshm_db_t set_dbs[] = {MDSHM_DB_CERTS, MDSHM_DB_STAGING,
                                         MDSHM_DB_ARCHIVE};
    int rv;

    for (size_t i = 0; i < d->n_md; i++) {
        const mdshm_md_rec_t *m = &d->rec->u.md;
        mdshm_buf_t v;

        rv = mdshm_read_get_raw(d->rd, MDSHM_DB_MDS, d->md[i],
                                strlen(d->md[i]), &v);
        if (rv == MDSHM_ENOTFOUND)
            continue;
        if (rv < 0)
            return rv;
        if (mdshm_record_decode(MDSHM_REC_MD, v.p, v.n, d->rec) < 0)
            continue; /* shown as corrupt; its names stay unknown */
        for (uint32_t k = 0; k < m->n_names; k++) {
            rv = add_owned(d, &d->names, &d->n_names, &d->cap_names,
                           m->names[k].p, m->names[k].n, i);
            if (rv < 0)
                return rv;
        }
    }
    for (size_t i = 0; i < sizeof(set_dbs) / sizeof(set_dbs[0]); i++) {
        rv = mdshm_read_foreach(d->rd, set_dbs[i], collect_shas, d);
        if (rv < 0)
            return rv;
    }
    return 0;
}

/* Which filter MD a decoded (@ok) or corrupt record belongs to; -1: none.
 * Without a filter every record is shown (returns 0). */
static int owner_of(struct dump *d, mdshm_db_t db, mdshm_buf_t key, bool ok)
{
    if (d->n_md == 0)
        return 0;
    switch (db) {
    case MDSHM_DB_MDS:
    case MDSHM_DB_JOBS:
        return md_of_key(d, key);
    case MDSHM_DB_CERTS:
    case MDSHM_DB_STAGING:
    case MDSHM_DB_ARCHIVE:
        return md_of_prefix(d, key);
    case MDSHM_DB_NAMES:
        return ok ? md_of_key(d, d->rec->u.name.md) : -1;
    case MDSHM_DB_OCSP:
        return md_of_owned(d->shas, d->n_shas, key, true);
    case MDSHM_DB_CHALLENGES:
        return ok ? md_of_owned(d->names, d->n_names,
                                d->rec->u.challenge.name, true)
                  : -1;
    default: /* meta, accounts: not per MD */
        return -1;
    }
}

static int dump_one(void *baton, mdshm_db_t db, mdshm_buf_t key,
                    mdshm_buf_t val)
{
    struct dump *d = baton;
    int type, rv, owner;
    char *k;

    type = mdshm_record_type(db, key.p, key.n);
    rv = type < 0 ? MDSHM_ECORRUPT
                  : mdshm_record_decode((mdshm_rec_type_t)type, val.p, val.n,
                                        d->rec);
    owner = owner_of(d, db, key, rv == 0);
    if (owner < 0)
        return 0;
    if (d->n_md)
        d->matched[owner]++;
    k = cli_escape(key.p, key.n);
    if (!k)
        return d->err = -ENOMEM;
    if (rv < 0) {
        d->n_corrupt++;
        emit_corrupt(d->e, k, rv, val.n);
    } else {
        emit_record(d->e, k, d->rec);
    }
    free(k);
    return 0;
}

static void dump_free(struct dump *d)
{
    for (size_t i = 0; i < d->n_names; i++)
        free(d->names[i].s);
    for (size_t i = 0; i < d->n_shas; i++)
        free(d->shas[i].s);
    free(d->names);
    free(d->shas);
    free(d->matched);
    free(d->rec);
    mdshm_reader_destroy(d->rd);
    emit_free(d->e);
}

int cmd_dump(cli_t *cli)
{
    struct dump d;
    mdshm_store_t *st = NULL;
    bool reading = false;
    int rv, rc = CLI_EXIT_ERROR;

    memset(&d, 0, sizeof(d));
    d.n_md = cli->n_pos;
    d.md = cli->pos;
    for (size_t i = 0; i < d.n_md; i++)
        if (!d.md[i][0] || strlen(d.md[i]) > MDSHM_MAX_MDNAME_LEN)
            return cli_usage_error(cli, "invalid MD name '%s'", d.md[i]);
    d.rec = malloc(sizeof(*d.rec));
    d.matched = calloc(d.n_md + 1, sizeof(*d.matched));
    d.e = cli_flag(cli, "--json") ? emit_json_new(stdout)
                                  : emit_text_new(stdout);
    if (!d.rec || !d.matched || !d.e) {
        cli_fail(-ENOMEM, "dump");
        goto out;
    }
    if (cli_store_open(cli, true, false, 0, 0, &st) < 0)
        goto out;
    rv = mdshm_reader_create(st, &d.rd);
    if (rv == 0)
        rv = mdshm_read_begin(d.rd);
    if (rv < 0) {
        cli_fail(rv, "cannot read store %s", cli->store_dir);
        goto out;
    }
    reading = true;
    rv = collect(&d);
    if (rv < 0) {
        cli_fail(rv, "cannot read store %s", cli->store_dir);
        goto out;
    }

    emit_str(d.e, "store", mdshm_store_dir(st));
    emit_obj(d.e, "databases");
    for (int db = 0; db < MDSHM_DB_COUNT; db++) {
        emit_obj(d.e, mdshm_db_name((mdshm_db_t)db));
        rv = mdshm_read_foreach(d.rd, (mdshm_db_t)db, dump_one, &d);
        emit_end(d.e);
        if (rv < 0) {
            cli_fail(rv, "cannot read database %s of store %s",
                     mdshm_db_name((mdshm_db_t)db), cli->store_dir);
            goto out;
        }
    }
    emit_end(d.e);
    mdshm_read_end(d.rd);
    reading = false;
    rv = emit_finish(d.e);
    if (rv < 0) {
        cli_fail(rv, "cannot write the dump");
        goto out;
    }
    rc = CLI_EXIT_OK;
    for (size_t i = 0; i < d.n_md; i++) {
        if (d.matched[i] == 0) {
            fprintf(stderr, "mdshm: dump: no records of MD '%s' in %s\n",
                    d.md[i], cli->store_dir);
            rc = CLI_EXIT_ERROR;
        }
    }
out:
    if (reading)
        mdshm_read_end(d.rd);
    dump_free(&d);
    mdshm_store_close(st);
    return rc;
}
