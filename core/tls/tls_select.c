/* tls_select.c -- the certificate set for a server name and the client's
 * signature algorithms, from the worker's cache (tls_cache.c). */
#include "tls.h"

#include <string.h>

/* ECDSA if the client accepts the EC key's scheme, else RSA, else
 * whatever there is. */
static const mdshm__tls_set_t *choose(const mdshm__tls_md_t *md,
                                      const mdshm__tls_sigalgs_t *sigalgs)
{
    const mdshm__tls_set_t *rsa = NULL;

    for (size_t i = 0; i < md->n_sets; i++) {
        const mdshm__tls_set_t *s = &md->sets[i];
        if (s->sigalg) {
            if (mdshm__tls_sigalgs_has(sigalgs, s->sigalg))
                return s;
        } else if (!rsa) {
            rsa = s;
        }
    }
    return rsa ? rsa : &md->sets[0];
}

int mdshm__tls_select(mdshm_tls_worker_t *w, const char *name, size_t len,
                      const mdshm__tls_sigalgs_t *sigalgs,
                      mdshm_tls_cert_t *out)
{
    mdshm__tls_md_t *md = NULL;
    const mdshm__tls_set_t *s;
    int rv = 0;

    memset(out, 0, sizeof(*out));
    if (len == 0 || !w->rd) /* no store: mdshm_tls_attach_fallback */
        return MDSHM_TLS_UNMANAGED;
    rv = mdshm_read_begin(w->rd);
    if (rv == 0) {
        rv = mdshm__tls_cache_lookup(w, name, len, &md);
        mdshm_read_end(w->rd);
    }
    if (rv < 0) {
        /* the store is unavailable: keep serving what we had */
        w->n_errors++;
        if (mdshm__tls_cache_peek(w, name, len, &md) < 0)
            return rv;
    }
    if (!md)
        return MDSHM_TLS_UNMANAGED;
    if (md->n_sets == 0)
        return MDSHM_TLS_PENDING;
    s = choose(md, sigalgs);
    out->leaf = s->leaf;
    out->chain = s->chain;
    out->pkey = s->pkey;
    out->md = md->name;
    out->key_spec = s->spec;
    return MDSHM_TLS_SERVED;
}

int mdshm_tls_cert_select(mdshm_tls_worker_t *w, const char *name,
                          size_t len, const uint16_t *sigalgs,
                          size_t n_sigalgs, mdshm_tls_cert_t *out)
{
    mdshm__tls_sigalgs_t sa = {sigalgs, NULL, NULL, n_sigalgs};
    char norm[MDSHM_MAX_NAME_LEN + 1];

    if (out)
        memset(out, 0, sizeof(*out));
    if (!w || !out || (!name && len) || (!sigalgs && n_sigalgs))
        return MDSHM_EBADINPUT;
    w->n_handshakes++;
    len = name ? mdshm__tls_name_norm(name, len, norm) : 0;
    return mdshm__tls_select(w, norm, len, &sa, out);
}
