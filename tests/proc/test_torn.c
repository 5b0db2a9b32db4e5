/*
 * test_torn.c -- no torn certificate sets under concurrent updates.
 *
 * One leader process installs MD "example.test" (names example.test and
 * *.example.test) and then activates NUPDATES certificate sets for
 * example.test/secp256r1, cycling through NPAIRS real P-256 key +
 * certificate pairs, one fenced leader write per update.  Meanwhile
 * NREADERS worker processes loop: read_begin, SNI lookup of
 * "WWW.Example.Test" (wildcard, any case), get the active set, check that
 * key and leaf certificate match (mdshm__der_pair_matches) and are exactly
 * the pair the leader wrote with that update number, that gen never goes
 * backwards, read_end.  Each reader reports its counts over a pipe.
 */
#include "proc_util.h"

#define NPAIRS 4
#define NUPDATES 1000
#define NREADERS 8
#define KEEP_ARCHIVED 3
#define MDNAME "example.test"
#define SPEC "secp256r1"

static pu_pair_t pairs[NPAIRS];

/* ---- leader ------------------------------------------------------------ */

static int md_fn(mdshm__wtxn_t *w, void *baton)
{
    mdshm_md_rec_t md;

    (void)baton;
    memset(&md, 0, sizeof(md));
    md.name = pu_buf(MDNAME);
    md.state = MDSHM_MD_COMPLETE;
    md.renew_mode = 1;
    md.n_names = 2;
    md.names[0] = pu_buf("example.test");
    md.names[1] = pu_buf("*.example.test");
    md.n_ca_urls = 1;
    md.ca_urls[0] = pu_buf("https://acme.invalid/directory");
    md.n_key_specs = 1;
    md.key_specs[0] = pu_buf(SPEC);
    md.renew_window = pu_buf("33%");
    md.warn_window = pu_buf("10%");
    return mdshm__w_put_md(w, &md);
}

struct install {
    unsigned i;       /* update number */
    uint64_t gen;     /* stamped by the library */
};

static int install_fn(mdshm__wtxn_t *w, void *baton)
{
    struct install *in = baton;
    const pu_pair_t *p = &pairs[in->i % NPAIRS];
    mdshm_certset_rec_t cs;
    char serial[32];
    int rv;

    memset(&cs, 0, sizeof(cs));
    snprintf(serial, sizeof(serial), "%X", in->i);
    cs.md = pu_buf(MDNAME);
    cs.key_spec = pu_buf(SPEC);
    cs.n_chain = 1;
    cs.chain[0].p = p->cert;
    cs.chain[0].n = p->cert_len;
    cs.pkey.p = p->key;
    cs.pkey.n = p->key_len;
    cs.not_before = p->not_before;
    cs.not_after = p->not_after;
    cs.sha256.p = p->sha256;
    cs.sha256.n = 32;
    cs.issuer = pu_buf("CN=example.test");
    cs.serial = pu_buf(serial); /* the update number: readers check it */
    rv = mdshm__w_install_certset(w, &cs, KEEP_ARCHIVED);
    if (rv == 0)
        in->gen = cs.gen;
    return rv;
}

static int leader_main(const char *dir, int out)
{
    mdshm_store_t *st = NULL;
    mdshm__candidate_t *c = NULL;
    struct install in = {0, 0};
    unsigned errors = 0;
    int first_err = 0, rv;

    rv = pu_open(dir, false, false, 0, 0, &st);
    if (rv == 0)
        rv = mdshm__candidate_create(st, NULL, &c);
    if (rv == 0) {
        rv = mdshm__candidate_try(c);
        rv = rv == 1 ? 0 : rv == 0 ? MDSHM_EBUSY : rv;
    }
    if (rv == 0)
        rv = mdshm__leader_write(c, md_fn, NULL);
    if (rv < 0) {
        pu_send(out, "LEADERFAIL %d", rv);
        _exit(1);
    }
    pu_send(out, "LEADER %llu", (unsigned long long)mdshm__candidate_term(c));
    for (unsigned i = 0; i < NUPDATES; i++) {
        in.i = i;
        rv = mdshm__leader_write(c, install_fn, &in);
        if (rv < 0) {
            if (!errors++)
                first_err = rv;
        }
        mdshm__candidate_tick(c, NULL);
    }
    pu_send(out, "DONE %llu %u %d", (unsigned long long)in.gen, errors,
            first_err);
    _exit(0);
}

/* ---- readers ----------------------------------------------------------- */

struct rstats {
    unsigned long lookups, notyet, mismatches, torn, nonmono, distinct,
        errors;
    int first_err;
    uint64_t last_gen, last_meta;
};

static void rerr(struct rstats *s, int rv)
{
    if (!s->errors++)
        s->first_err = rv;
}

/* One read.  Returns 1 if a certificate set was checked. */
static int read_once(mdshm_reader_t *rd, struct rstats *s, uint64_t *gen_out,
                     uint64_t *meta_out)
{
    static const char sni[] = "WWW.Example.Test";
    mdshm_buf_t md;
    mdshm_record_t rec;
    char key[600];
    bool wild = false;
    uint64_t meta = 0;
    int rv, klen, checked = 0;

    rv = mdshm_read_begin(rd);
    if (rv < 0) {
        rerr(s, rv);
        return 0;
    }
    rv = mdshm_lookup_sni(rd, sni, sizeof(sni) - 1, &md, &wild);
    if (rv == MDSHM_ENOTFOUND) {
        s->notyet++;
        goto end;
    }
    if (rv < 0 || !wild || !pu_buf_eq(md, MDNAME, strlen(MDNAME))) {
        rerr(s, rv < 0 ? rv : MDSHM_ECORRUPT);
        goto end;
    }
    klen = mdshm_key_certset(key, sizeof(key), (const char *)md.p, md.n,
                             SPEC, strlen(SPEC));
    if (klen < 0) {
        rerr(s, klen);
        goto end;
    }
    rv = mdshm_read_get(rd, MDSHM_DB_CERTS, key, (size_t)klen, &rec);
    if (rv == MDSHM_ENOTFOUND) {
        s->notyet++;
        goto end;
    }
    if (rv < 0) {
        rerr(s, rv);
        goto end;
    }
    const mdshm_certset_rec_t *cs = &rec.u.certset;
    s->lookups++;
    checked = 1;
    if (cs->n_chain != 1 || cs->pkey.n == 0 ||
        mdshm__der_pair_matches(cs->chain[0], cs->pkey) != 0)
        s->mismatches++;
    {
        /* The exact pair of the update number in the serial field. */
        char ser[32];
        unsigned long upd;
        snprintf(ser, sizeof(ser), "%.*s", (int)cs->serial.n,
                 (const char *)cs->serial.p);
        upd = strtoul(ser, NULL, 16);
        const pu_pair_t *p = &pairs[upd % NPAIRS];
        if (cs->serial.n == 0 || !pu_buf_eq(cs->md, MDNAME, strlen(MDNAME)) ||
            !pu_buf_eq(cs->key_spec, SPEC, strlen(SPEC)) || cs->n_chain != 1 ||
            !pu_buf_eq(cs->chain[0], p->cert, p->cert_len) ||
            !pu_buf_eq(cs->pkey, p->key, p->key_len) ||
            !pu_buf_eq(cs->sha256, p->sha256, 32))
            s->torn++;
    }
    rv = mdshm_read_gen(rd, &meta);
    if (rv < 0)
        rerr(s, rv);
    if (cs->gen < s->last_gen || meta < s->last_meta || meta < cs->gen)
        s->nonmono++;
    if (cs->gen != s->last_gen)
        s->distinct++;
    s->last_gen = cs->gen;
    s->last_meta = meta;
    *gen_out = cs->gen;
    *meta_out = meta;
end:
    mdshm_read_end(rd);
    return checked;
}

static int reader_main(const char *dir, int out, int stopfd)
{
    mdshm_store_t *st = NULL;
    mdshm_reader_t *rd = NULL;
    struct rstats s;
    uint64_t gen = 0, meta = 0;
    int rv;

    memset(&s, 0, sizeof(s));
    rv = pu_open(dir, false, true, 0, 0, &st);
    if (rv == 0)
        rv = mdshm_reader_create(st, &rd);
    if (rv < 0) {
        pu_send(out, "READERFAIL %d", rv);
        _exit(1);
    }
    pu_send(out, "READY %ld", (long)getpid());
    for (unsigned long it = 0;; it++) {
        if ((it & 7) == 0) {
            struct pollfd pfd = {stopfd, POLLIN, 0};
            if (poll(&pfd, 1, 0) > 0)
                break;
        }
        read_once(rd, &s, &gen, &meta);
    }
    /* The leader is done: this read must see its last set. */
    gen = meta = 0;
    read_once(rd, &s, &gen, &meta);
    pu_send(out, "R %ld %lu %lu %lu %lu %lu %lu %lu %d %llu %llu",
            (long)getpid(), s.lookups, s.notyet, s.mismatches, s.torn,
            s.nonmono, s.distinct, s.errors, s.first_err,
            (unsigned long long)gen, (unsigned long long)meta);
    _exit(0);
}

/* ---- parent ------------------------------------------------------------ */

int main(void)
{
    mdshm_store_t *st = NULL;
    pid_t readers[NREADERS], leader = -1;
    int rep[2], stop[2], rv, nready = 0;
    pu_lines_t lr;
    char line[512];
    unsigned long long final_gen = 0;
    bool leader_ok = false;

    pu_init("test_torn", 55);
    const char *dir = pu_mkdtemp();
    if (!pu_ok(dir != NULL, "fresh store directory"))
        return pu_done();
    for (int i = 0; i < NPAIRS; i++) {
        char cn[32];
        snprintf(cn, sizeof(cn), "example.test #%d", i);
        if (pu_gen_pair(cn, "DNS:example.test,DNS:*.example.test", 1000 + i,
                        &pairs[i]) < 0) {
            pu_ok(false, "generate P-256 pair %d", i);
            return pu_done();
        }
    }
    pu_ok(true, "%d P-256 key/certificate pairs generated", NPAIRS);
    /* The parent creates the store and closes it before forking. */
    rv = pu_open(dir, true, false, 0, 0, &st);
    mdshm_store_close(st);
    st = NULL;
    if (!pu_ok(rv == 0, "store created (%s)", pu_err(rv)))
        goto out;
    if (pu_pipe(rep) < 0 || pu_pipe(stop) < 0) {
        pu_ok(false, "pipes");
        goto out;
    }
    pu_lines_init(&lr, rep[0]);

    for (int i = 0; i < NREADERS; i++) {
        readers[i] = pu_fork();
        if (readers[i] == 0) {
            close(rep[0]);
            close(stop[1]);
            reader_main(dir, rep[1], stop[0]);
        }
    }
    while (nready < NREADERS && pu_recv(&lr, line, sizeof(line), 10000) == 1) {
        if (strncmp(line, "READY ", 6) == 0)
            nready++;
        else
            pu_diag("reader: %s", line);
    }
    if (!pu_ok(nready == NREADERS, "%d readers attached (%d ready)", NREADERS,
               nready))
        goto out;

    int64_t t0 = pu_mono_ms();
    leader = pu_fork();
    if (leader == 0) {
        close(rep[0]);
        close(stop[0]);
        close(stop[1]);
        leader_main(dir, rep[1]);
    }
    close(rep[1]);
    rep[1] = -1;
    while (pu_recv(&lr, line, sizeof(line), 45000) == 1) {
        unsigned long long g;
        unsigned errs;
        int ferr;
        if (sscanf(line, "DONE %llu %u %d", &g, &errs, &ferr) == 3) {
            leader_ok = errs == 0;
            final_gen = g;
            pu_ok(errs == 0,
                  "leader: %d certificate set updates in %lld ms, %u failed "
                  "(first %s), last gen %llu",
                  NUPDATES, (long long)(pu_mono_ms() - t0), errs,
                  pu_err(ferr), g);
            break;
        }
        pu_diag("leader: %s", line);
        if (strncmp(line, "LEADERFAIL", 10) == 0)
            break;
    }
    if (!leader_ok && final_gen == 0) {
        pu_ok(false, "leader finished its updates");
        goto out;
    }
    if (write(stop[1], "x", 1) != 1) {
        pu_ok(false, "stop readers");
        goto out;
    }

    int nrep = 0;
    unsigned long tot_lookups = 0, tot_mism = 0, tot_torn = 0, tot_nonmono = 0,
                  tot_err = 0, min_distinct = ~0ul, min_lookups = ~0ul;
    bool final_ok = true;
    while (nrep < NREADERS && pu_recv(&lr, line, sizeof(line), 15000) == 1) {
        long pid;
        unsigned long lk, ny, mm, tn, nm, di, er;
        int fe;
        unsigned long long g, m;
        if (sscanf(line, "R %ld %lu %lu %lu %lu %lu %lu %lu %d %llu %llu",
                   &pid, &lk, &ny, &mm, &tn, &nm, &di, &er, &fe, &g,
                   &m) != 11) {
            pu_diag("child: %s", line);
            continue;
        }
        nrep++;
        pu_diag("reader %ld: %lu lookups (%lu before the first set), %lu "
                "mismatched, %lu torn, %lu gen regressions, %lu distinct "
                "gens, %lu errors (first %s), final gen %llu meta %llu",
                pid, lk, ny, mm, tn, nm, di, er, pu_err(fe), g, m);
        tot_lookups += lk;
        tot_mism += mm;
        tot_torn += tn;
        tot_nonmono += nm;
        tot_err += er;
        if (di < min_distinct)
            min_distinct = di;
        if (lk < min_lookups)
            min_lookups = lk;
        if (g != final_gen || m != final_gen)
            final_ok = false;
    }
    pu_ok(nrep == NREADERS, "all %d readers reported (%d)", NREADERS, nrep);
    pu_ok(tot_mism == 0, "no key/certificate mismatch in %lu lookups (%lu)",
          tot_lookups, tot_mism);
    pu_ok(tot_torn == 0, "no torn set: every set is exactly one written "
                         "update (%lu torn)",
          tot_torn);
    pu_ok(tot_nonmono == 0, "gen never went backwards (%lu regressions)",
          tot_nonmono);
    pu_ok(tot_err == 0, "readers had no errors (%lu)", tot_err);
    pu_ok(nrep == NREADERS && min_lookups > 0,
          "every reader did lookups (min %lu)", min_lookups);
    pu_ok(nrep == NREADERS && min_distinct > 1,
          "every reader saw more than one gen (min %lu)", min_distinct);
    pu_ok(nrep == NREADERS && final_ok,
          "final read of every reader sees the leader's last gen %llu",
          final_gen);

    {
        int bad = 0;
        for (int i = 0; i < NREADERS; i++)
            if (!pu_exited_ok(pu_reap(readers[i], 5000)))
                bad++;
        if (!pu_exited_ok(pu_reap(leader, 5000)))
            bad++;
        leader = -1;
        pu_ok(bad == 0, "all children exited with status 0 (%d did not)",
              bad);
    }

    /* The store as the parent sees it afterwards. */
    rv = pu_open(dir, false, true, 0, 0, &st);
    if (rv == 0) {
        mdshm_reader_t *rd = NULL;
        mdshm_record_t rec;
        uint64_t meta = 0;
        char key[64];
        int klen = mdshm_key_certset(key, sizeof(key), MDNAME,
                                     strlen(MDNAME), SPEC, strlen(SPEC));
        rv = mdshm_reader_create(st, &rd);
        if (rv == 0)
            rv = mdshm_read_begin(rd);
        if (rv == 0) {
            rv = mdshm_read_get(rd, MDSHM_DB_CERTS, key, (size_t)klen, &rec);
            if (rv == 0)
                mdshm_read_gen(rd, &meta);
            pu_ok(rv == 0 && rec.u.certset.gen == final_gen &&
                      meta == final_gen &&
                      pu_buf_eq(rec.u.certset.chain[0],
                                pairs[(NUPDATES - 1) % NPAIRS].cert,
                                pairs[(NUPDATES - 1) % NPAIRS].cert_len),
                  "store: active set is update %d with gen %llu (meta/gen "
                  "%llu)",
                  NUPDATES - 1, (unsigned long long)rec.u.certset.gen,
                  (unsigned long long)meta);
            mdshm_read_end(rd);
        } else {
            pu_ok(false, "final read (%s)", pu_err(rv));
        }
        mdshm_reader_destroy(rd);
        mdshm_store_stats_t ss;
        rv = mdshm_store_stats(st, &ss);
        pu_ok(rv == 0 && ss.entries[MDSHM_DB_ARCHIVE] == KEEP_ARCHIVED &&
                  ss.entries[MDSHM_DB_CERTS] == 1 &&
                  ss.entries[MDSHM_DB_NAMES] == 2,
              "store: %llu archived sets (keep %d), %llu active, %llu names",
              (unsigned long long)ss.entries[MDSHM_DB_ARCHIVE], KEEP_ARCHIVED,
              (unsigned long long)ss.entries[MDSHM_DB_CERTS],
              (unsigned long long)ss.entries[MDSHM_DB_NAMES]);
        size_t nrec = 0, ncorrupt = 0;
        rv = mdshm_store_check(st, NULL, NULL, &nrec, &ncorrupt);
        pu_ok(rv == 0 && ncorrupt == 0, "store check: %zu records, %zu corrupt",
              nrec, ncorrupt);
        mdshm_store_close(st);
    } else {
        pu_ok(false, "reopen store (%s)", pu_err(rv));
    }

out:
    for (int i = 0; i < NPAIRS; i++)
        pu_pair_free(&pairs[i]);
    return pu_done();
}
