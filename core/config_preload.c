/* config_preload.c -- a static MD's certificate and key files, read by the
 * process that may read them.  httpd's root parent parses the
 * configuration and forks children that run as httpd's User: a key only
 * root can read (0600 root, as mod_md and mod_ssl expect it) is read here,
 * before the fork, and the leading child's drive uses the copy. */
#define MDSHM__CONFIG_INTERNALS
#include "config.h"
#include "internal.h"

#include <errno.h>
#include <stdlib.h>

#include <openssl/crypto.h>

#define CERT_FILE_MAX (1u << 20) /* mdshm_chain_load's limit */

static void files_free(mdshm__config_file_t *f)
{
    free(f->cert);
    if (f->key)
        OPENSSL_clear_free(f->key, f->key_len + 1);
    f->cert = f->key = NULL;
}

void mdshm__config_preload_free(mdshm_config_t *cfg)
{
    for (size_t i = 0; cfg && i < cfg->n_mds; i++) {
        mdshm__config_md_t *m = &cfg->mds[i];

        for (size_t j = 0; m->preloaded && j < m->cert_files.n; j++)
            files_free(&m->preloaded[j]);
        free(m->preloaded);
        m->preloaded = NULL;
    }
}

/* Both files of pair @j, or neither (logged). */
static int read_pair(const mdshm__config_md_t *m, size_t j,
                     mdshm__config_file_t *f)
{
    const char *cf = m->cert_files.v[j], *kf = m->key_files.v[j];
    int rv = mdshm__read_file(cf, CERT_FILE_MAX, &f->cert, &f->cert_len);

    if (rv < 0)
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "MD %s: cannot read %s", m->name, cf);
    else
        rv = mdshm__pkey_read_file(kf, &f->key, &f->key_len);
    if (rv < 0)
        files_free(f);
    return rv == -ENOMEM ? rv : 0;
}

int mdshm__config_preload_static(mdshm_config_t *cfg)
{
    int rv = 0;

    for (size_t i = 0; cfg && i < cfg->n_mds && rv == 0; i++) {
        mdshm__config_md_t *m = &cfg->mds[i];

        if (!m->cert_files.n || m->preloaded ||
            m->cert_files.n != m->key_files.n)
            continue;
        m->preloaded = calloc(m->cert_files.n, sizeof(*m->preloaded));
        if (!m->preloaded)
            return -ENOMEM;
        for (size_t j = 0; j < m->cert_files.n && rv == 0; j++)
            rv = read_pair(m, j, &m->preloaded[j]);
    }
    return rv;
}
