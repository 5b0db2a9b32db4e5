/* drive_sync.c -- the configuration into the store, by the new leader:
 * nothing is written until the whole configuration is valid (design.md),
 * then it is written in fenced transactions of SYNC_CHUNK MDs each.  One
 * transaction for 100,000 MDs held LMDB's only writer slot for seconds,
 * and the heartbeat waited behind it.  Each MD's names are released and
 * claimed in the same transaction, so a name is never served by nobody;
 * a sync cut short is redone by the next leader (unchanged MDs are not
 * rewritten, so that costs reads only).
 *
 *  - Every configured MD is written with mdshm__w_put_md (definition and
 *    name mappings); its state and renew-at are kept.  An unchanged MD is
 *    not rewritten, so a restart does not bump every gen.
 *  - A name that moves from one MD to another is released first.
 *  - An MD that is no longer configured keeps its certificates (workers go
 *    on serving it) but is marked manual: nothing renews it.  If all its
 *    names moved to other MDs, its record goes.
 *  - MDs with MDCertificateFile get the files' certificate sets installed
 *    when they differ from the stored ones.  Files are read before the
 *    transaction (a write callback must not block).
 */
#include "drive.h"

#include "cert_install.h"
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define SYNC_CHUNK 1024

struct stored {
    char *name;
    size_t n_names;
    char **names;
};

struct static_set {
    mdshm_chain_t *chain;
    mdshm__pkey_t *key;
};

struct sync {
    mdshm_drive_t *d;
    size_t n_stored, cap_stored;
    struct stored *stored;
    struct static_set **sets; /* per configured MD: NULL or cert_files.n */
    mdshm_record_t *rec, *old;
    const char **cfg_names;   /* every configured name, sorted */
    size_t n_cfg_names;
    size_t from, to;          /* the chunk a transaction writes */
    int err;
};

static void stored_free(struct sync *s)
{
    for (size_t i = 0; i < s->n_stored; i++) {
        free(s->stored[i].name);
        for (size_t j = 0; j < s->stored[i].n_names; j++)
            free(s->stored[i].names[j]);
        free(s->stored[i].names);
    }
    free(s->stored);
    s->stored = NULL;
    s->n_stored = s->cap_stored = 0;
}

static int list_fn(void *baton, mdshm_db_t db, mdshm_buf_t key,
                   mdshm_buf_t val)
{
    struct sync *s = baton;
    struct stored *st, *grown;
    const mdshm_md_rec_t *md = &s->rec->u.md;

    (void)db;
    if (mdshm_record_decode(MDSHM_REC_MD, val.p, val.n, s->rec) < 0)
        return 0; /* a corrupt MD: left alone, mdshm check reports it */
    if (s->n_stored == s->cap_stored) {
        size_t cap = s->cap_stored ? 2 * s->cap_stored : 64;
        if (!(grown = realloc(s->stored, cap * sizeof(*grown))))
            return s->err = -ENOMEM;
        s->stored = grown;
        s->cap_stored = cap;
    }
    st = &s->stored[s->n_stored];
    memset(st, 0, sizeof(*st));
    if (!(st->name = mdshm__bufdup(key, false)))
        return s->err = -ENOMEM;
    s->n_stored++;
    if (md->n_names && !(st->names = calloc(md->n_names, sizeof(char *))))
        return s->err = -ENOMEM;
    for (uint32_t i = 0; i < md->n_names; i++) {
        if (!(st->names[i] = mdshm__bufdup(md->names[i], false)))
            return s->err = -ENOMEM;
        st->n_names = i + 1;
    }
    return 0;
}

static int list_read(mdshm_reader_t *rd, void *baton)
{
    struct sync *s = baton;
    int rv = mdshm_read_foreach(rd, MDSHM_DB_MDS, list_fn, s);

    return rv < 0 ? rv : s->err;
}

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* s->cfg_names: sorted once, so that retiring k MDs costs k log n. */
static int cfg_names_build(struct sync *s)
{
    const mdshm_config_t *cfg = s->d->cfg;
    size_t n = 0;

    for (size_t i = 0; i < mdshm_config_md_count(cfg); i++)
        n += mdshm__config_md(cfg, i)->names.n;
    if (!(s->cfg_names = malloc((n ? n : 1) * sizeof(*s->cfg_names))))
        return -ENOMEM;
    for (size_t i = 0; i < mdshm_config_md_count(cfg); i++) {
        const mdshm__config_md_t *cm = mdshm__config_md(cfg, i);
        for (size_t j = 0; j < cm->names.n; j++)
            s->cfg_names[s->n_cfg_names++] = cm->names.v[j];
    }
    qsort(s->cfg_names, s->n_cfg_names, sizeof(*s->cfg_names), str_cmp);
    return 0;
}

static bool configured_name(const struct sync *s, const char *name)
{
    return bsearch(&name, s->cfg_names, s->n_cfg_names,
                   sizeof(*s->cfg_names), str_cmp) != NULL;
}

/* ---- checks and static files, before the transaction -------------------- */

static int check_md(const mdshm__config_md_t *cm)
{
    const char *what = NULL;

    if (cm->names.n == 0 || cm->names.n > MDSHM_MAX_NAMES)
        what = "names (1 to 100)";
    else if (cm->s.ca_urls.n > MDSHM_MAX_LIST)
        what = "CA URLs (8 at most)";
    else if (cm->s.contacts.n > MDSHM_MAX_LIST)
        what = "contacts (8 at most)";
    else if (cm->s.key_specs.n > MDSHM_MAX_LIST || cm->s.key_specs.n == 0)
        what = "key specs (1 to 8)";
    else if (cm->cert_files.n > MDSHM_MAX_LIST ||
             cm->cert_files.n != cm->key_files.n)
        what = "certificate and key files (pairs, 8 at most)";
    if (what) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT, "%s:%d: MD %s: too many "
                  "or too few %s", cm->file, cm->line, cm->name, what);
        return MDSHM_EBADINPUT;
    }
    return 0;
}

static void sets_free(struct sync *s)
{
    const mdshm_config_t *cfg = s->d->cfg;

    if (!s->sets)
        return;
    for (size_t i = 0; i < mdshm_config_md_count(cfg); i++) {
        const mdshm__config_md_t *cm = mdshm__config_md(cfg, i);
        if (!s->sets[i])
            continue;
        for (size_t j = 0; j < cm->cert_files.n; j++) {
            mdshm_chain_free(s->sets[i][j].chain);
            mdshm__pkey_free(s->sets[i][j].key);
        }
        free(s->sets[i]);
    }
    free(s->sets);
    s->sets = NULL;
}

static int load_static(struct sync *s, size_t i,
                       const mdshm__config_md_t *cm)
{
    struct static_set *set = calloc(cm->cert_files.n, sizeof(*set));
    int rv = 0;

    if (!set)
        return -ENOMEM;
    s->sets[i] = set;
    for (size_t j = 0; j < cm->cert_files.n && rv == 0; j++) {
        const char *cf = cm->cert_files.v[j], *kf = cm->key_files.v[j];
        const mdshm__config_file_t *pre =
            cm->preloaded && cm->preloaded[j].key ? &cm->preloaded[j] : NULL;

        if (pre) /* read by the process that configured us (httpd's root) */
            rv = mdshm_chain_parse(pre->cert, pre->cert_len, &set[j].chain);
        else
            rv = mdshm_chain_load(cf, &set[j].chain);
        if (rv == 0)
            rv = pre ? mdshm__pkey_parse(pre->key, pre->key_len, &set[j].key)
                     : mdshm__pkey_load(kf, &set[j].key);
        if (rv < 0)
            MDSHM_LOG(MDSHM_LOG_ERR, rv, "MD %s: cannot load %s / %s",
                      cm->name, cf, kf);
        else if ((rv = mdshm__pkey_matches(set[j].key, set[j].chain)) < 0)
            MDSHM_LOG(MDSHM_LOG_ERR, rv, "MD %s: the key in %s does not "
                      "belong to the certificate in %s", cm->name, kf, cf);
    }
    /* A configured file that cannot be used is a configuration error. */
    return rv < 0 && rv != -ENOMEM ? MDSHM_EBADINPUT : rv;
}

/* ---- the transaction ---------------------------------------------------- */

/* Release names a configured MD claims from the MD that had them. */
static int release_names(mdshm__wtxn_t *w, struct sync *s,
                         const mdshm__config_md_t *cm)
{
    for (size_t j = 0; j < cm->names.n; j++) {
        const char *n = cm->names.v[j];
        const mdshm_name_rec_t *ent = &s->rec->u.name;
        int rv = mdshm__w_get(w, MDSHM_DB_NAMES, n, strlen(n), s->rec);

        if (rv == MDSHM_ENOTFOUND)
            continue;
        if (rv < 0 && rv != MDSHM_ECORRUPT)
            return rv;
        if (rv == 0 && ent->md.n == strlen(cm->name) &&
            memcmp(ent->md.p, cm->name, ent->md.n) == 0)
            continue;
        if (rv == 0)
            MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "name %s moves from MD %.*s to %s",
                      n, (int)ent->md.n, (const char *)ent->md.p, cm->name);
        rv = mdshm__w_del(w, MDSHM_DB_NAMES, n, strlen(n));
        if (rv < 0)
            return rv;
    }
    return 0;
}

/* An MD that is no longer configured: keep it, renew nothing. */
static int retire(mdshm__wtxn_t *w, struct sync *s, const struct stored *st)
{
    mdshm_md_rec_t *md = &s->old->u.md;
    uint8_t *buf = NULL;
    const char *keep[MDSHM_MAX_NAMES];
    uint32_t n = 0;
    int rv;

    for (size_t j = 0; j < st->n_names && n < MDSHM_MAX_NAMES; j++)
        if (!configured_name(s, st->names[j]))
            keep[n++] = st->names[j];
    if (n == 0) {
        MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "MD %s: all names now belong to "
                  "other MDs; its record is removed", st->name);
        rv = mdshm__w_del(w, MDSHM_DB_MDS, st->name, strlen(st->name));
        return rv == MDSHM_ENOTFOUND ? 0 : rv;
    }
    rv = mdshm__w_get(w, MDSHM_DB_MDS, st->name, strlen(st->name), s->rec);
    if (rv < 0)
        return rv == MDSHM_ENOTFOUND || rv == MDSHM_ECORRUPT ? 0 : rv;
    if (s->rec->u.md.renew_mode == MDSHM__RENEW_MANUAL &&
        s->rec->u.md.n_names == n)
        return 0; /* retired before */
    rv = mdshm__rec_clone(s->rec, s->old, &buf);
    if (rv < 0)
        return rv;
    MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "MD %s is no longer configured: its "
              "certificates stay, nothing renews them", st->name);
    md->renew_mode = MDSHM__RENEW_MANUAL;
    md->n_names = n;
    for (uint32_t j = 0; j < n; j++)
        md->names[j] = mdshm__sbuf(keep[j]);
    rv = mdshm__w_put_md(w, md);
    free(buf);
    return rv;
}

/* mdshm__cert_set_install writes nothing for a set already active: a
 * restart rewrites no set and archives no copy. */
static int put_static_sets(mdshm__wtxn_t *w, const mdshm__config_md_t *cm,
                           const struct static_set *set)
{
    for (size_t j = 0; j < cm->cert_files.n; j++) {
        mdshm__cert_set_t cs;
        mdshm_cert_info_t info;
        int rv = mdshm__cert_set_of_files(&cs, &info, cm->name,
                                          set[j].chain, set[j].key);

        if (rv < 0)
            return rv;
        rv = mdshm__cert_set_install(w, &cs);
        if (rv < 0)
            return rv;
        if (rv == 0)
            MDSHM_LOG(MDSHM_LOG_NOTICE, 0, "MD %s: installed %s from %s",
                      cm->name, cs.key_spec, cm->cert_files.v[j]);
    }
    return 0;
}

/* Build the record of a configured MD over the stored one's state. */
/* Whether tls-alpn-01 may be chosen for @cm (drive_challenge.c's
 * choice): named in MDCAChallenges, or, without that list, port 443
 * mapped. */
static bool acme_tls_1(const mdshm__config_global_t *g,
                       const mdshm__config_md_t *cm)
{
    if (!cm->s.challenges.n)
        return g->port_https != 0;
    for (size_t i = 0; i < cm->s.challenges.n; i++)
        if (!strcmp(cm->s.challenges.v[i], "tls-alpn-01"))
            return true;
    return false;
}

static void md_record(const mdshm__config_global_t *g,
                      const mdshm__config_md_t *cm,
                      const struct static_set *set, mdshm_md_rec_t *md,
                      char win[2][MDSHM__FMT_SIZE])
{
    memset(md, 0, sizeof(*md));
    md->name = mdshm__sbuf(cm->name);
    md->state = MDSHM_MD_INCOMPLETE;
    md->renew_mode = (uint32_t)cm->s.renew_mode;
    md->n_names = (uint32_t)cm->names.n;
    for (size_t j = 0; j < cm->names.n; j++)
        md->names[j] = mdshm__sbuf(cm->names.v[j]);
    md->n_ca_urls = (uint32_t)cm->s.ca_urls.n;
    for (size_t j = 0; j < cm->s.ca_urls.n; j++)
        md->ca_urls[j] = mdshm__sbuf(cm->s.ca_urls.v[j]);
    md->n_contacts = (uint32_t)cm->s.contacts.n;
    for (size_t j = 0; j < cm->s.contacts.n; j++)
        md->contacts[j] = mdshm__sbuf(cm->s.contacts.v[j]);
    if (set) {
        int64_t end = INT64_MAX;

        /* a static MD has the key types of its files, and is expired
         * once one of them is (as import says) */
        md->n_key_specs = (uint32_t)cm->cert_files.n;
        for (size_t j = 0; j < cm->cert_files.n; j++) {
            mdshm_cert_info_t info;

            md->key_specs[j] = mdshm__sbuf(mdshm__pkey_spec(set[j].key));
            if (mdshm_chain_info(set[j].chain, 0, &info) == 0 &&
                info.not_after < end)
                end = info.not_after;
        }
        md->state = mdshm__cert_static_state(end, mdshm__now_ms());
    } else {
        md->n_key_specs = (uint32_t)cm->s.key_specs.n;
        for (size_t j = 0; j < cm->s.key_specs.n; j++)
            md->key_specs[j] = mdshm__sbuf(cm->s.key_specs.v[j]);
    }
    md->renew_window = mdshm__sbuf(
        mdshm__config_fmt_window(&cm->s.renew_window, win[0],
                                 MDSHM__FMT_SIZE));
    md->warn_window = mdshm__sbuf(
        mdshm__config_fmt_window(&cm->s.warn_window, win[1],
                                 MDSHM__FMT_SIZE));
    md->must_staple = cm->s.must_staple;
    md->is_static = cm->is_static;
    md->transitive = cm->s.members_auto;
    md->agreement = mdshm__sbuf(cm->s.ca_agreement);
    md->stapling = cm->s.stapling;
    md->profile_mandatory = cm->s.profile_mandatory;
    md->ari_renewals = cm->s.renew_via_ari;
    md->acme_tls_1 = !cm->is_static && acme_tls_1(g, cm);
    md->n_challenges = (uint32_t)cm->s.challenges.n;
    for (size_t j = 0; j < cm->s.challenges.n && j < MDSHM_MAX_LIST; j++)
        md->challenges[j] = mdshm__sbuf(cm->s.challenges.v[j]);
}

static bool same_record(const mdshm_record_t *a, const mdshm_record_t *b)
{
    uint8_t *ea = NULL, *eb = NULL;
    size_t la = 0, lb = 0;
    bool same = mdshm__record_encode(a, &ea, &la) == 0 &&
                mdshm__record_encode(b, &eb, &lb) == 0 && la == lb &&
                memcmp(ea, eb, la) == 0;

    free(ea);
    free(eb);
    return same;
}

static int put_configured(mdshm__wtxn_t *w, struct sync *s, size_t i,
                          const mdshm__config_md_t *cm)
{
    const struct static_set *set = s->sets[i];
    char win[2][MDSHM__FMT_SIZE];
    mdshm_md_rec_t *md = &s->rec->u.md;
    int rv;

    memset(s->rec, 0, sizeof(*s->rec));
    s->rec->type = MDSHM_REC_MD;
    md_record(s->d->g, cm, set, md, win);
    rv = mdshm__w_get(w, MDSHM_DB_MDS, cm->name, strlen(cm->name), s->old);
    if (rv == 0) {
        const mdshm_md_rec_t *o = &s->old->u.md;
        md->gen = o->gen;
        if (!set)
            md->state = o->state ? o->state : MDSHM_MD_INCOMPLETE;
        md->renew_at_ms = set ? 0 : o->renew_at_ms;
        if (same_record(s->rec, s->old))
            rv = 1;
    } else if (rv != MDSHM_ENOTFOUND && rv != MDSHM_ECORRUPT) {
        return rv;
    }
    if (rv != 1) {
        MDSHM_LOG(MDSHM_LOG_INFO, 0, "MD %s: definition written (%zu "
                  "name%s)", cm->name, cm->names.n,
                  cm->names.n == 1 ? "" : "s");
        rv = mdshm__w_put_md(w, md);
        if (rv < 0)
            return rv;
    }
    return set ? put_static_sets(w, cm, set) : 0;
}

/* Configured MDs [from, to). */
static int put_chunk_fn(mdshm__wtxn_t *w, void *baton)
{
    struct sync *s = baton;
    const mdshm_config_t *cfg = s->d->cfg;
    int rv;

    for (size_t i = s->from; i < s->to; i++) {
        const mdshm__config_md_t *cm = mdshm__config_md(cfg, i);
        if ((rv = release_names(w, s, cm)) < 0 ||
            (rv = put_configured(w, s, i, cm)) < 0)
            return rv;
    }
    return 0;
}

/* Stored MDs [from, to) that are no longer configured. */
static int retire_chunk_fn(mdshm__wtxn_t *w, void *baton)
{
    struct sync *s = baton;
    int rv;

    for (size_t k = s->from; k < s->to; k++) {
        if (mdshm__drive_queue_find(s->d, s->stored[k].name))
            continue;
        rv = retire(w, s, &s->stored[k]);
        if (rv < 0)
            return rv;
    }
    return 0;
}

/* @fn over [0, n) in chunks, each its own fenced transaction. */
static int write_chunks(struct sync *s, size_t n, mdshm__write_fn *fn)
{
    int rv;

    for (size_t from = 0; from < n; from += SYNC_CHUNK) {
        s->from = from;
        s->to = n - from < SYNC_CHUNK ? n : from + SYNC_CHUNK;
        rv = mdshm__leader_write(s->d->cand, fn, s);
        if (rv < 0)
            return rv;
    }
    return 0;
}

static int sync_write(struct sync *s)
{
    int rv;

    /* The configured MDs first: a name that moves is claimed by its new
     * MD before its old MD is retired. */
    rv = write_chunks(s, mdshm_config_md_count(s->d->cfg),
                      put_chunk_fn);
    if (rv < 0)
        return rv;
    return write_chunks(s, s->n_stored, retire_chunk_fn);
}

int mdshm__drive_sync(mdshm_drive_t *d)
{
    struct sync s;
    size_t n = mdshm_config_md_count(d->cfg);
    int rv = 0;

    memset(&s, 0, sizeof(s));
    s.d = d;
    s.rec = malloc(sizeof(*s.rec));
    s.old = malloc(sizeof(*s.old));
    s.sets = calloc(n ? n : 1, sizeof(*s.sets));
    if (!s.rec || !s.old || !s.sets) {
        rv = -ENOMEM;
        goto out;
    }
    for (size_t i = 0; i < n && rv == 0; i++) {
        const mdshm__config_md_t *cm = mdshm__config_md(d->cfg, i);
        if ((rv = check_md(cm)) == 0 && cm->cert_files.n)
            rv = load_static(&s, i, cm);
    }
    if (rv < 0)
        goto out;
    if ((rv = mdshm__read_once(d->st, list_read, &s)) < 0 ||
        (rv = cfg_names_build(&s)) < 0)
        goto out;
    rv = sync_write(&s);
    if (rv == 0)
        MDSHM_LOG(MDSHM_LOG_INFO, 0, "configuration written to store %s",
                  mdshm_store_dir(d->st));
    else
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "configuration not written to store "
                  "%s", mdshm_store_dir(d->st));
out:
    sets_free(&s);
    stored_free(&s);
    free(s.cfg_names);
    free(s.rec);
    free(s.old);
    return rv;
}
