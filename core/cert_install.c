/* cert_install.c -- install a certificate set and archive the one it
 * replaces, for import, the sync of static MDs and activation (the
 * contract is in cert_install.h). */
#include "cert_install.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

int mdshm__cert_set_of_files(mdshm__cert_set_t *set, mdshm_cert_info_t *info,
                             const char *md, const mdshm_chain_t *chain,
                             const mdshm__pkey_t *key)
{
    int rv;

    memset(set, 0, sizeof(*set));
    rv = mdshm_chain_info(chain, 0, info);
    if (rv < 0)
        return rv == MDSHM_ENOTFOUND ? MDSHM_EBADINPUT : rv;
    set->md = md;
    set->key_spec = mdshm__pkey_spec(key);
    set->leaf = info;
    set->n_chain = mdshm_chain_count(chain);
    if (set->n_chain > MDSHM_MAX_CHAIN) /* mdshm_chain_parse refuses it */
        return MDSHM_EBADINPUT;
    for (size_t i = 0; i < set->n_chain; i++) {
        rv = mdshm_chain_der(chain, i, &set->chain[i]);
        if (rv < 0)
            return rv;
    }
    rv = mdshm__pkey_der(key, &set->pkey);
    if (rv < 0)
        return rv;
    set->is_static = true;
    return 0;
}

mdshm_md_state_t mdshm__cert_static_state(int64_t not_after, int64_t now_ms)
{
    bool past = not_after < INT64_MAX / 1000 && not_after * 1000 < now_ms;

    return past ? MDSHM_MD_EXPIRED : MDSHM_MD_COMPLETE;
}

static void set_record(const mdshm__cert_set_t *set, mdshm_certset_rec_t *cs)
{
    const mdshm_cert_info_t *leaf = set->leaf;

    memset(cs, 0, sizeof(*cs));
    cs->md = mdshm__sbuf(set->md);
    cs->key_spec = mdshm__sbuf(set->key_spec);
    cs->n_chain = (uint32_t)set->n_chain;
    memcpy(cs->chain, set->chain, set->n_chain * sizeof(set->chain[0]));
    cs->pkey = set->pkey;
    cs->not_before = leaf->not_before;
    cs->not_after = leaf->not_after;
    cs->sha256.p = leaf->sha256;
    cs->sha256.n = sizeof(leaf->sha256);
    cs->issuer = mdshm__sbuf(leaf->issuer);
    cs->serial = mdshm__sbuf(leaf->serial);
    cs->ocsp_url = mdshm__sbuf(leaf->ocsp_url);
    cs->ari_id = mdshm__sbuf(set->ari_id);
    cs->is_static = set->is_static;
    cs->must_staple_requested = set->must_staple_requested;
}

/* 1 if the active set at @key is what @cs would write, but for its
 * stamps.  Compared encoded, so that every field counts, fields added
 * later too: comparing the leaf alone missed a corrected intermediate. */
static int same_as_active(mdshm__wtxn_t *w, const char *key, size_t klen,
                          const mdshm_certset_rec_t *cs)
{
    mdshm_record_t *cur = malloc(sizeof(*cur));
    mdshm_record_t *want = malloc(sizeof(*want));
    uint8_t *a = NULL, *b = NULL;
    size_t la = 0, lb = 0;
    int rv;

    if (!cur || !want) {
        rv = -ENOMEM;
        goto out;
    }
    rv = mdshm__w_get(w, MDSHM_DB_CERTS, key, klen, cur);
    if (rv == MDSHM_ENOTFOUND || rv == MDSHM_ECORRUPT) {
        rv = 0; /* nothing to keep: a corrupt set is replaced */
        goto out;
    }
    if (rv < 0)
        goto out;
    memset(want, 0, sizeof(*want));
    want->type = MDSHM_REC_CERTSET;
    want->u.certset = *cs;
    want->u.certset.gen = cur->u.certset.gen;
    want->u.certset.installed_ms = cur->u.certset.installed_ms;
    rv = mdshm__record_encode(cur, &a, &la);
    if (rv < 0)
        goto out;
    rv = mdshm__record_encode(want, &b, &lb);
    if (rv < 0)
        goto out;
    rv = la == lb && memcmp(a, b, la) == 0;
out:
    free(a);
    free(b);
    free(cur);
    free(want);
    return rv;
}

int mdshm__cert_set_install(mdshm__wtxn_t *w, const mdshm__cert_set_t *set)
{
    mdshm_certset_rec_t cs;
    char key[600];
    int klen, rv;

    if (!set->md || !set->key_spec || !set->leaf || set->n_chain == 0 ||
        set->n_chain > MDSHM_MAX_CHAIN || set->pkey.n == 0)
        return MDSHM_EBADINPUT;
    klen = mdshm_key_certset(key, sizeof(key), set->md, strlen(set->md),
                             set->key_spec, strlen(set->key_spec));
    if (klen < 0)
        return klen;
    set_record(set, &cs);
    rv = same_as_active(w, key, (size_t)klen, &cs);
    if (rv != 0)
        return rv; /* 1: already active, or an error */
    /* The store archives the active set, keeps the newest
     * MDSHM__ARCHIVE_KEEP, raises meta/gen and stamps gen and
     * installed_ms, all in @w. */
    return mdshm__w_install_certset(w, &cs, MDSHM__ARCHIVE_KEEP);
}
