/* tls_cache.c -- the per-worker cache of parsed certificate sets.
 *
 * Two maps: SNI name -> MD (NULL: not managed) and MD name -> MD.  The
 * name map is valid for one meta/gen: when the gen moves, it is emptied
 * and every name is resolved again on its next handshake (a few µs), and
 * an MD is re-checked against the store once per gen; a set is parsed
 * again only if its own gen changed.  While the gen stays, a handshake
 * costs one hash lookup and no decoding.
 *
 * Staples ride along: every write of OCSP records raises meta/gen (the
 * store does it), so the re-check of an MD also reads the staple of each
 * set and copies it when its record's gen changed.  While the gen stays,
 * the cache knows what the store has. */
#include "tls.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/ec.h>
#include <openssl/evp.h>

static uint64_t hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static size_t slot(const mdshm__tls_map_t *m, const char *k, size_t n,
                   bool *found)
{
    size_t i = (size_t)hash(k, n) & (m->cap - 1);

    for (;; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i]) {
            *found = false;
            return i;
        }
        if (strncmp(m->keys[i], k, n) == 0 && m->keys[i][n] == '\0') {
            *found = true;
            return i;
        }
    }
}

static bool map_get(const mdshm__tls_map_t *m, const char *k, size_t n,
                    void **val)
{
    bool found = false;
    size_t i;

    if (!m->cap)
        return false;
    i = slot(m, k, n, &found);
    if (found)
        *val = m->vals[i];
    return found;
}

static void map_clear(mdshm__tls_map_t *m, bool free_vals);

static int map_put(mdshm__tls_map_t *m, const char *k, size_t n, void *val)
{
    bool found;
    size_t i;

    if (!m->cap) {
        m->cap = 64;
        m->keys = calloc(m->cap, sizeof(*m->keys));
        m->vals = calloc(m->cap, sizeof(*m->vals));
        if (!m->keys || !m->vals) {
            mdshm__tls_map_free(m, false);
            return -ENOMEM;
        }
    } else if ((m->n + 1) * 4 > m->cap * 3) { /* grow at 75 % */
        mdshm__tls_map_t g = {m->cap * 2, 0, NULL, NULL};
        g.keys = calloc(g.cap, sizeof(*g.keys));
        g.vals = calloc(g.cap, sizeof(*g.vals));
        if (!g.keys || !g.vals) {
            free(g.keys);
            free(g.vals);
            return -ENOMEM;
        }
        for (size_t j = 0; j < m->cap; j++) {
            if (!m->keys[j])
                continue;
            i = slot(&g, m->keys[j], strlen(m->keys[j]), &found);
            g.keys[i] = m->keys[j];
            g.vals[i] = m->vals[j];
            g.n++;
        }
        free(m->keys);
        free(m->vals);
        *m = g;
    }
    i = slot(m, k, n, &found);
    if (!found) {
        if (!(m->keys[i] = strndup(k, n)))
            return -ENOMEM;
        m->n++;
    }
    m->vals[i] = val;
    return 0;
}

static void set_clear(mdshm__tls_set_t *s)
{
    X509_free(s->leaf);
    sk_X509_pop_free(s->chain, X509_free);
    EVP_PKEY_free(s->pkey);
    memset(s, 0, sizeof(*s));
}

static void md_free(mdshm__tls_md_t *md)
{
    if (!md)
        return;
    for (size_t i = 0; i < md->n_sets; i++)
        set_clear(&md->sets[i]);
    free(md->name);
    free(md);
}

static void map_clear(mdshm__tls_map_t *m, bool free_vals)
{
    for (size_t i = 0; i < m->cap; i++) {
        if (m->keys[i]) {
            free(m->keys[i]);
            m->keys[i] = NULL;
            if (free_vals)
                md_free(m->vals[i]);
            m->vals[i] = NULL;
        }
    }
    m->n = 0;
}

void mdshm__tls_map_free(mdshm__tls_map_t *m, bool free_vals)
{
    if (m->keys)
        map_clear(m, free_vals);
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof(*m));
}

void mdshm__tls_cache_free(mdshm_tls_worker_t *w)
{
    mdshm__tls_map_free(&w->names, false);
    mdshm__tls_map_free(&w->mds, true);
}

static void free_staple(void *parent, void *ptr, CRYPTO_EX_DATA *ad,
                        int idx, long argl, void *argp)
{
    mdshm__tls_staple_t *st = ptr;

    (void)parent, (void)ad, (void)idx, (void)argl, (void)argp;
    if (st)
        free(st->der);
    free(st);
}

static int g_x509_idx = -1, g_ssl_idx = -1;

int mdshm__tls_ssl_idx(void)
{
    return g_ssl_idx;
}

int mdshm__tls_x509_idx(void)
{
    return g_x509_idx;
}

/* Called in the parent (mdshm_tls_init) before any worker thread. */
int mdshm__tls_indexes_init(void)
{
    if (g_x509_idx < 0)
        g_x509_idx = X509_get_ex_new_index(0, NULL, NULL, NULL, free_staple);
    if (g_ssl_idx < 0)
        g_ssl_idx = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);
    if (g_x509_idx < 0 || g_ssl_idx < 0)
        return mdshm__ossl_fail(MDSHM_ECRYPTO, "OpenSSL",
                                "no ex_data index");
    return 0;
}

/* TLS 1.3 signature scheme an EC key needs (RFC 8446 4.2.3). */
static uint16_t ec_sigalg(EVP_PKEY *pk)
{
    char group[32];
    size_t n = 0;

    if (EVP_PKEY_get_base_id(pk) != EVP_PKEY_EC ||
        !EVP_PKEY_get_utf8_string_param(pk, "group", group, sizeof(group),
                                        &n))
        return 0;
    if (strcmp(group, "prime256v1") == 0)
        return 0x0403;
    if (strcmp(group, "secp384r1") == 0)
        return 0x0503;
    if (strcmp(group, "secp521r1") == 0)
        return 0x0603;
    return 0;
}

/* Parse certset @cs into @s (owned copies: the views die with the read). */
static int set_parse(mdshm_tls_worker_t *w, const mdshm_certset_rec_t *cs,
                     mdshm__tls_set_t *s)
{
    mdshm__tls_set_t n = {0};
    const unsigned char *p;
    mdshm__tls_staple_t *st = NULL;

    if (cs->n_chain == 0 || cs->sha256.n != 32 ||
        cs->key_spec.n >= sizeof(n.spec))
        return MDSHM_ECORRUPT;
    memcpy(n.spec, cs->key_spec.p, cs->key_spec.n);
    n.gen = cs->gen;
    p = cs->chain[0].p;
    if (!(n.leaf = d2i_X509(NULL, &p, (long)cs->chain[0].n)))
        goto bad;
    if (!(n.chain = sk_X509_new_null()))
        goto bad;
    for (uint32_t i = 1; i < cs->n_chain; i++) {
        X509 *x;
        p = cs->chain[i].p;
        if (!(x = d2i_X509(NULL, &p, (long)cs->chain[i].n)))
            goto bad;
        if (!sk_X509_push(n.chain, x)) {
            X509_free(x);
            goto bad;
        }
    }
    p = cs->pkey.p;
    if (!(n.pkey = d2i_AutoPrivateKey(NULL, &p, (long)cs->pkey.n)))
        goto bad;
    if (X509_check_private_key(n.leaf, n.pkey) != 1)
        goto bad;
    n.sigalg = ec_sigalg(n.pkey);
    /* the staple, found from the leaf (md_refresh fills it in) */
    if (!(st = calloc(1, sizeof(*st))))
        goto bad;
    memcpy(st->sha, cs->sha256.p, 32);
    if (!X509_set_ex_data(n.leaf, g_x509_idx, st)) {
        free(st);
        goto bad;
    }
    w->n_parses++;
    set_clear(s);
    *s = n;
    return 0;
bad:
    set_clear(&n);
    return mdshm__ossl_fail(MDSHM_ECORRUPT, "certset",
                            "%.*s/%.*s does not parse", (int)cs->md.n,
                            (const char *)cs->md.p, (int)cs->key_spec.n,
                            (const char *)cs->key_spec.p);
}

static void staple_drop(mdshm__tls_staple_t *st)
{
    free(st->der);
    st->der = NULL;
    st->len = 0;
    st->next_update = 0;
    st->gen = 0;
}

void mdshm__tls_staple_none(mdshm__tls_staple_t *st)
{
    staple_drop(st);
    st->known = true;
}

/* The staple of set @s as the store has it in this read; copied only if
 * its record changed.  A record that does not read: keep what we had
 * (the status callback never staples it expired, and asks the store). */
static void staple_refresh(mdshm_tls_worker_t *w, const mdshm__tls_set_t *s,
                           int64_t now)
{
    mdshm__tls_staple_t *st = X509_get_ex_data(s->leaf, g_x509_idx);
    mdshm_buf_t der;
    int64_t next_update = 0;
    uint64_t gen = 0;
    uint8_t *copy;
    int rv;

    if (!st)
        return;
    rv = mdshm__staple_peek(w->rd, st->sha, now, &der, &next_update, &gen);
    if (rv == MDSHM_ENOTFOUND) { /* none, or expired */
        mdshm__tls_staple_none(st);
        return;
    }
    st->known = false;
    if (rv < 0)
        return;
    /* gen 0: written before records had one; compare nothing */
    if (st->der && gen && gen == st->gen && st->len == der.n) {
        st->known = true;
        return;
    }
    if (!(copy = malloc(der.n)))
        return;
    memcpy(copy, der.p, der.n);
    staple_drop(st);
    st->der = copy;
    st->len = der.n;
    st->next_update = next_update;
    st->gen = gen;
    st->known = true;
    w->n_staple_copies++;
}

static void staples_unknown(mdshm__tls_md_t *md)
{
    for (size_t i = 0; i < md->n_sets; i++) {
        mdshm__tls_staple_t *st =
            X509_get_ex_data(md->sets[i].leaf, g_x509_idx);
        if (st)
            st->known = false;
    }
}

/* Bring @md in line with the store (inside the caller's read). */
static void md_refresh(mdshm_tls_worker_t *w, mdshm__tls_md_t *md)
{
    mdshm__tls_set_t keep[MDSHM_MAX_LIST];
    size_t n_keep = 0, n_specs;
    char specs[MDSHM_MAX_LIST][24];
    char key[MDSHM_MAX_MDNAME_LEN + 32];
    bool used[MDSHM_MAX_LIST] = {false};
    int rv, klen;

    w->n_refreshes++;
    md->checked_gen = w->gen;
    rv = mdshm_read_get(w->rd, MDSHM_DB_MDS, md->name, strlen(md->name),
                        w->rec);
    if (rv < 0 && rv != MDSHM_ENOTFOUND) {
        /* unreadable (logged): keep serving what we had; the staples are
         * not checked now, so the status callback asks the store */
        staples_unknown(md);
        return;
    }
    n_specs = 0;
    if (rv == 0) {
        for (uint32_t i = 0; i < w->rec->u.md.n_key_specs; i++) {
            mdshm_buf_t b = w->rec->u.md.key_specs[i];
            if (b.n == 0 || b.n >= sizeof(specs[0]))
                continue;
            memcpy(specs[n_specs], b.p, b.n);
            specs[n_specs++][b.n] = '\0';
        }
    }
    for (size_t i = 0; i < n_specs; i++) {
        mdshm__tls_set_t s = {0};
        size_t old = md->n_sets;

        for (size_t j = 0; j < md->n_sets; j++) {
            if (!used[j] && strcmp(md->sets[j].spec, specs[i]) == 0) {
                old = j;
                break;
            }
        }
        klen = mdshm_key_certset(key, sizeof(key), md->name, strlen(md->name),
                                 specs[i], strlen(specs[i]));
        rv = klen < 0 ? klen
                      : mdshm_read_get(w->rd, MDSHM_DB_CERTS, key,
                                       (size_t)klen, w->rec);
        if (rv == 0 && old < md->n_sets &&
            md->sets[old].gen == w->rec->u.certset.gen) {
            keep[n_keep++] = md->sets[old]; /* unchanged: no parsing */
            used[old] = true;
        } else if (rv == 0 && set_parse(w, &w->rec->u.certset, &s) == 0) {
            keep[n_keep++] = s;
        } else if (rv != MDSHM_ENOTFOUND && old < md->n_sets) {
            /* a record that does not read or parse (logged): the workers
             * keep serving the set they had */
            keep[n_keep++] = md->sets[old];
            used[old] = true;
        }
    }
    for (size_t j = 0; j < md->n_sets; j++)
        if (!used[j])
            set_clear(&md->sets[j]);
    memcpy(md->sets, keep, n_keep * sizeof(keep[0]));
    md->n_sets = n_keep;
    for (size_t i = 0; i < n_keep; i++)
        staple_refresh(w, &md->sets[i], mdshm__tls_worker_now(w));
}

static int md_get(mdshm_tls_worker_t *w, mdshm_buf_t name,
                  mdshm__tls_md_t **out)
{
    void *v = NULL;
    mdshm__tls_md_t *md;
    int rv;

    if (!map_get(&w->mds, (const char *)name.p, name.n, &v)) {
        if (!(md = calloc(1, sizeof(*md))) ||
            !(md->name = strndup((const char *)name.p, name.n))) {
            free(md);
            return -ENOMEM;
        }
        rv = map_put(&w->mds, md->name, name.n, md);
        if (rv < 0) {
            md_free(md);
            return rv;
        }
        md_refresh(w, md);
        v = md;
    }
    md = v;
    if (md->checked_gen != w->gen)
        md_refresh(w, md);
    *out = md;
    return 0;
}

/* The names map's value for a name whose record (names or md) does not
 * decode in this gen: never dereferenced, only compared. */
static mdshm__tls_md_t corrupt_name;

int mdshm__tls_cache_lookup(mdshm_tls_worker_t *w, const char *name,
                            size_t len, mdshm__tls_md_t **out)
{
    uint64_t gen = 0;
    void *v = NULL;
    mdshm_buf_t mdname;
    mdshm__tls_md_t *md = NULL;
    int rv;

    *out = NULL;
    rv = mdshm_read_gen(w->rd, &gen);
    if (rv < 0)
        return rv;
    if (!w->gen_known || gen != w->gen) {
        map_clear(&w->names, false);
        w->gen = gen;
        w->gen_known = true;
    }
    if (map_get(&w->names, name, len, &v)) {
        if (v == &corrupt_name)
            return MDSHM_ECORRUPT; /* logged once for this gen */
        *out = v; /* steady state: nothing decoded */
        return 0;
    }
    rv = mdshm_lookup_sni(w->rd, name, len, &mdname, NULL);
    if (rv == 0)
        rv = md_get(w, mdname, &md);
    if (rv == MDSHM_ECORRUPT) {
        /* Remembered until the store changes: a damaged record must not
         * be decoded and logged again on every handshake for the name. */
        if (w->names.n < MDSHM__TLS_MAX_NAMES)
            map_put(&w->names, name, len, &corrupt_name);
        return rv;
    }
    if (rv < 0 && rv != MDSHM_ENOTFOUND && rv != MDSHM_EBADINPUT)
        return rv;
    if (w->names.n >= MDSHM__TLS_MAX_NAMES)
        map_clear(&w->names, false);
    rv = map_put(&w->names, name, len, md);
    if (rv < 0)
        return rv;
    *out = md;
    return 0;
}

int mdshm__tls_cache_peek(mdshm_tls_worker_t *w, const char *name,
                          size_t len, mdshm__tls_md_t **out)
{
    void *v = NULL;

    *out = NULL;
    if (!map_get(&w->names, name, len, &v) || v == &corrupt_name)
        return MDSHM_ENOTFOUND;
    *out = v;
    return 0;
}
