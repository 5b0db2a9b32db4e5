/* mod_md_read.c -- read a mod_md store (the contract is in mod_md.h).
 * Read only: every file is opened O_RDONLY below the store's directory
 * fd, links are not followed. */
#define MDSHM__CONFIG_INTERNALS /* mdshm__parse_name */
#include "acme.h" /* mdshm__ari_cert_id */
#include "config.h"
#include "mod_md.h"
#include "ocsp.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#define MM_FILE_MAX (4u << 20)

int mdshm__mm_read(const mdshm__mm_store_t *s, const char *rel,
                   mdshm__mm_file_t *f)
{
    struct stat sb;
    ssize_t got;
    int fd, rv = 0;

    f->data = NULL;
    f->len = 0;
    fd = openat(s->dirfd, rel, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY);
    if (fd < 0) {
        rv = -errno;
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "mod_md store %s: cannot open %s",
                  s->dir, rel);
        return rv;
    }
    if (fstat(fd, &sb) < 0 || !S_ISREG(sb.st_mode) ||
        (uint64_t)sb.st_size > MM_FILE_MAX) {
        rv = MDSHM_EBADINPUT;
        MDSHM_LOG(MDSHM_LOG_ERR, rv,
                  "mod_md store %s: %s is not a regular file of at most "
                  "%u bytes", s->dir, rel, MM_FILE_MAX);
        goto out;
    }
    f->data = malloc((size_t)sb.st_size + 1);
    if (!f->data) {
        rv = -ENOMEM;
        goto out;
    }
    while (f->len < (size_t)sb.st_size) {
        got = read(fd, f->data + f->len, (size_t)sb.st_size - f->len);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            rv = got < 0 ? -errno : MDSHM_EBADINPUT;
            MDSHM_LOG(MDSHM_LOG_ERR, rv, "mod_md store %s: cannot read %s",
                      s->dir, rel);
            goto out;
        }
        f->len += (size_t)got;
    }
    f->data[f->len] = 0;
out:
    if (rv < 0) {
        free(f->data);
        f->data = NULL;
    }
    close(fd);
    return rv;
}

static int read_json(const mdshm__mm_store_t *s, const char *rel,
                     json_t **out)
{
    mdshm__mm_file_t f;
    json_error_t err;
    int rv;

    *out = NULL;
    rv = mdshm__mm_read(s, rel, &f);
    if (rv < 0)
        return rv;
    *out = json_loadb(f.data, f.len, JSON_REJECT_DUPLICATES, &err);
    free(f.data);
    if (!*out || !json_is_object(*out)) {
        json_decref(*out);
        *out = NULL;
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT,
                  "mod_md store %s: %s is not a JSON object (line %d: %s)",
                  s->dir, rel, err.line, err.text);
        return MDSHM_EBADINPUT;
    }
    return 0;
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int mdshm__mm_list(const mdshm__mm_store_t *s, const char *rel,
                   char ***names, size_t *n)
{
    DIR *d;
    int fd, rv = 0;
    size_t cap = 0;

    *names = NULL;
    *n = 0;
    fd = openat(s->dirfd, rel,
                O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT)
            return 0;
        rv = -errno;
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "mod_md store %s: cannot open "
                  "directory %s", s->dir, rel);
        return rv;
    }
    d = fdopendir(fd);
    if (!d) {
        rv = -errno;
        close(fd);
        return rv;
    }
    for (struct dirent *e; (e = readdir(d));) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (*n == cap) {
            char **v = realloc(*names, (cap ? cap * 2 : 8) * sizeof(*v));
            if (!v) {
                rv = -ENOMEM;
                break;
            }
            *names = v;
            cap = cap ? cap * 2 : 8;
        }
        if (!((*names)[*n] = strdup(e->d_name))) {
            rv = -ENOMEM;
            break;
        }
        (*n)++;
    }
    closedir(d);
    if (rv < 0) {
        mdshm__mm_list_free(*names, *n);
        *names = NULL;
        *n = 0;
        return rv;
    }
    if (*n)
        qsort(*names, *n, sizeof(**names), name_cmp);
    return 0;
}

void mdshm__mm_list_free(char **names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}

int mdshm__mm_open(mdshm__mm_store_t *s, const char *dir)
{
    json_t *j = NULL;
    const char *key;
    int rv;

    memset(s, 0, sizeof(*s));
    s->dir = dir;
    s->dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (s->dirfd < 0) {
        rv = -errno;
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "cannot open mod_md store %s", dir);
        return rv;
    }
    if (faccessat(s->dirfd, "md_store.json", F_OK, 0) < 0) {
        rv = MDSHM_ENOTFOUND;
        MDSHM_LOG(MDSHM_LOG_ERR, rv,
                  "%s is not a mod_md store (no md_store.json)", dir);
        goto out;
    }
    rv = read_json(s, "md_store.json", &j);
    if (rv < 0)
        goto out;
    /* The key is the passphrase of the keys mod_md encrypts (accounts/,
     * archive/, staging/): base64url of 48 random bytes. */
    key = json_string_value(json_object_get(j, "key"));
    if (!key || mdshm__b64url_decode(key, strlen(key), &s->key,
                                     &s->key_len) < 0 || s->key_len == 0) {
        rv = MDSHM_EBADINPUT;
        MDSHM_LOG(MDSHM_LOG_ERR, rv,
                  "mod_md store %s: md_store.json has no valid \"key\"",
                  dir);
        goto out;
    }
out:
    json_decref(j);
    if (rv < 0)
        mdshm__mm_close(s);
    return rv;
}

void mdshm__mm_close(mdshm__mm_store_t *s)
{
    if (s->dirfd >= 0)
        close(s->dirfd);
    s->dirfd = -1;
    if (s->key)
        OPENSSL_cleanse(s->key, s->key_len);
    free(s->key);
    s->key = NULL;
}

struct pass {
    const uint8_t *p;
    size_t n;
};

static int pass_cb(char *buf, int size, int rwflag, void *u)
{
    const struct pass *pw = u;

    (void)rwflag;
    if (!pw || pw->n > (size_t)size)
        return -1;
    memcpy(buf, pw->p, pw->n);
    return (int)pw->n;
}

int mdshm__mm_pkey(const mdshm__mm_store_t *s, const char *rel,
                   const mdshm__mm_file_t *f, mdshm__pkey_t **out)
{
    struct pass pw = {s->key, s->key_len};
    EVP_PKEY *pk = NULL;
    PKCS8_PRIV_KEY_INFO *p8 = NULL;
    unsigned char *der = NULL;
    BIO *bio;
    int len, rv;

    *out = NULL;
    bio = BIO_new_mem_buf(f->data, (int)f->len);
    if (!bio)
        return -ENOMEM;
    /* Plain keys ignore the callback; encrypted ones (PKCS#8,
     * AES-256-CBC) take the store key. */
    pk = PEM_read_bio_PrivateKey(bio, NULL, pass_cb, &pw);
    BIO_free(bio);
    if (!pk)
        return mdshm__ossl_fail(MDSHM_EBADINPUT, rel,
                                "mod_md store %s: %s: not a private key "
                                "this store's key decrypts",
                                s->dir, rel);
    p8 = EVP_PKEY2PKCS8(pk);
    len = p8 ? i2d_PKCS8_PRIV_KEY_INFO(p8, &der) : -1;
    if (len <= 0) {
        rv = mdshm__ossl_fail(-ENOMEM, rel, "cannot encode %s", rel);
        goto out;
    }
    /* Through the common parser: the same key types as everywhere. */
    rv = mdshm__pkey_parse(der, (size_t)len, out);
    if (rv < 0)
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "mod_md store %s: %s: unsupported key",
                  s->dir, rel);
out:
    if (der)
        OPENSSL_clear_free(der, (size_t)(len > 0 ? len : 0));
    PKCS8_PRIV_KEY_INFO_free(p8);
    EVP_PKEY_free(pk);
    return rv;
}

static int read_pkey(const mdshm__mm_store_t *s, const char *rel,
                     mdshm__pkey_t **out)
{
    mdshm__mm_file_t f;
    int rv = mdshm__mm_read(s, rel, &f);

    if (rv < 0)
        return rv;
    rv = mdshm__mm_pkey(s, rel, &f, out);
    OPENSSL_clear_free(f.data, f.len);
    return rv;
}

/* A copy of string member @k of @o; NULL if absent.  -ENOMEM, or
 * MDSHM_EBADINPUT when present but not a string. */
static int str_member(const json_t *o, const char *k, char **out)
{
    const json_t *v = json_object_get(o, k);

    *out = NULL;
    if (!v || json_is_null(v))
        return 0;
    if (!json_is_string(v))
        return MDSHM_EBADINPUT;
    *out = strdup(json_string_value(v));
    return *out ? 0 : -ENOMEM;
}

/* Strings of array member @k into @v (at most @max). */
static int str_array(const json_t *o, const char *k, char **v, size_t max,
                     size_t *n)
{
    const json_t *a = json_object_get(o, k), *e;
    size_t i;

    *n = 0;
    if (!a)
        return 0;
    if (!json_is_array(a) || json_array_size(a) > max)
        return MDSHM_EBADINPUT;
    json_array_foreach(a, i, e) {
        if (!json_is_string(e))
            return MDSHM_EBADINPUT;
        if (!(v[*n] = strdup(json_string_value(e))))
            return -ENOMEM;
        (*n)++;
    }
    return 0;
}

static void free_strs(char **v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(v[i]);
}

void mdshm__mm_account_clear(mdshm__mm_account_t *a)
{
    free(a->ca_url);
    free(a->url);
    free(a->status);
    free(a->agreement);
    free(a->eab_kid);
    free_strs(a->contacts, a->n_contacts);
    mdshm__pkey_free(a->key);
    memset(a, 0, sizeof(*a));
}

int mdshm__mm_account_read(const mdshm__mm_store_t *s, const char *id,
                           mdshm__mm_account_t *a)
{
    char rel[512];
    json_t *j = NULL;
    int rv;

    memset(a, 0, sizeof(*a));
    if (strlen(id) >= sizeof(a->id))
        return MDSHM_EBADINPUT;
    memcpy(a->id, id, strlen(id) + 1);
    snprintf(rel, sizeof(rel), "accounts/%s/account.json", id);
    rv = read_json(s, rel, &j);
    if (rv < 0)
        return rv;
    if ((rv = str_member(j, "ca-url", &a->ca_url)) < 0 ||
        (rv = str_member(j, "url", &a->url)) < 0 ||
        (rv = str_member(j, "status", &a->status)) < 0 ||
        (rv = str_member(j, "agreement", &a->agreement)) < 0 ||
        (rv = str_array(j, "contact", a->contacts, MDSHM_MAX_LIST,
                        &a->n_contacts)) < 0)
        goto bad;
    if (json_is_object(json_object_get(j, "eab")) &&
        (rv = str_member(json_object_get(j, "eab"), "kid", &a->eab_kid)) < 0)
        goto bad;
    if (!a->ca_url || !a->url || !a->status) {
        rv = MDSHM_EBADINPUT;
        goto bad;
    }
    snprintf(rel, sizeof(rel), "accounts/%s/account.pem", id);
    rv = read_pkey(s, rel, &a->key);
    goto out;
bad:
    if (rv == MDSHM_EBADINPUT)
        MDSHM_LOG(MDSHM_LOG_ERR, rv,
                  "mod_md store %s: %s: \"ca-url\", \"url\" and \"status\" "
                  "must be strings, \"contact\" a list of strings",
                  s->dir, rel);
out:
    json_decref(j);
    if (rv < 0)
        mdshm__mm_account_clear(a);
    return rv;
}

static void set_clear(mdshm__mm_set_t *set)
{
    mdshm_chain_free(set->chain);
    mdshm__pkey_free(set->key);
    free(set->ari_id);
    free((void *)set->ocsp.p);
    memset(set, 0, sizeof(*set));
}

void mdshm__mm_md_clear(mdshm__mm_md_t *m)
{
    free_strs(m->names, m->n_names);
    free_strs(m->contacts, m->n_contacts);
    free_strs(m->ca_urls, m->n_ca_urls);
    free(m->agreement);
    free(m->renew_window);
    free(m->warn_window);
    for (size_t i = 0; i < m->n_sets; i++)
        set_clear(&m->sets[i]);
    memset(m, 0, sizeof(*m));
}

/* pubcert[.<spec>].pem and its privkey[.<spec>].pem: one set. */
static int read_set(const mdshm__mm_store_t *s, const char *md,
                    const char *cert_file, mdshm__mm_set_t *set)
{
    char rel[600], krel[600];
    mdshm__mm_file_t f;
    mdshm_buf_t leaf;
    int rv;

    snprintf(set->file, sizeof(set->file), "%s", cert_file);
    snprintf(rel, sizeof(rel), "domains/%s/%s", md, cert_file);
    snprintf(krel, sizeof(krel), "domains/%s/privkey%s", md,
             cert_file + strlen("pubcert"));
    rv = mdshm__mm_read(s, rel, &f);
    if (rv < 0)
        return rv;
    rv = mdshm_chain_parse(f.data, f.len, &set->chain);
    free(f.data);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "mod_md store %s: %s: not a "
                  "certificate chain", s->dir, rel);
        return rv;
    }
    rv = mdshm_chain_info(set->chain, 0, &set->info);
    if (rv < 0)
        return rv;
    rv = read_pkey(s, krel, &set->key);
    if (rv < 0)
        return rv;
    rv = mdshm__pkey_matches(set->key, set->chain);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "mod_md store %s: the key in %s does "
                  "not belong to the certificate in %s", s->dir, krel, rel);
        return rv;
    }
    rv = mdshm_chain_der(set->chain, 0, &leaf);
    if (rv < 0)
        return rv;
    /* Without an AKI there is no ARI id: renewal by window only. */
    if (mdshm__ari_cert_id(leaf.p, leaf.n, &set->ari_id) == -ENOMEM)
        return -ENOMEM;
    return 0;
}

static bool is_cert_file(const char *n)
{
    size_t l = strlen(n);

    return strncmp(n, "pubcert", 7) == 0 && l >= 11 &&
           strcmp(n + l - 4, ".pem") == 0 && (l == 11 || n[7] == '.');
}

static int md_json(const mdshm__mm_store_t *s, const char *rel, json_t *j,
                   mdshm__mm_md_t *m)
{
    const json_t *ca = json_object_get(j, "ca"), *v;
    int rv;

    if ((rv = str_array(j, "domains", m->names, MDSHM_MAX_NAMES,
                        &m->n_names)) < 0 ||
        (rv = str_array(j, "contacts", m->contacts, MDSHM_MAX_LIST,
                        &m->n_contacts)) < 0 ||
        (rv = str_member(j, "renew-window", &m->renew_window)) < 0 ||
        (rv = str_member(j, "warn-window", &m->warn_window)) < 0)
        goto out;
    if (json_is_object(ca)) {
        if ((rv = str_array(ca, "urls", m->ca_urls, MDSHM_MAX_LIST,
                            &m->n_ca_urls)) < 0 ||
            (rv = str_member(ca, "agreement", &m->agreement)) < 0)
            goto out;
        if (m->n_ca_urls == 0 &&
            json_is_string(json_object_get(ca, "url"))) {
            m->ca_urls[0] =
                strdup(json_string_value(json_object_get(ca, "url")));
            if (!m->ca_urls[0])
                return -ENOMEM;
            m->n_ca_urls = 1;
        }
    }
    v = json_object_get(j, "renew-mode");
    m->renew_mode = json_is_integer(v) && json_integer_value(v) >= 0 &&
                            json_integer_value(v) <= 2
                        ? (uint32_t)json_integer_value(v)
                        : 1;
    m->must_staple = json_is_true(json_object_get(j, "must-staple"));
    m->stapling = json_is_true(json_object_get(j, "stapling"));
    v = json_object_get(j, "transitive");
    m->transitive = !v || json_is_true(v) ||
                    (json_is_integer(v) && json_integer_value(v) != 0);
    if (m->n_names == 0)
        rv = MDSHM_EBADINPUT;
    /* They become store keys and SNI lookups: the configuration's rules
     * and normal form, as for names from MDomain. */
    for (size_t i = 0; i < m->n_names && rv == 0; i++) {
        char norm[MDSHM_MAX_NAME_LEN + 1];
        const char *why = mdshm__parse_name(m->names[i], norm);

        if (why) {
            MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EBADINPUT, "mod_md store %s: %s: "
                      "name '%.300s': %s", s->dir, rel, m->names[i], why);
            return MDSHM_EBADINPUT;
        }
        free(m->names[i]);
        if (!(m->names[i] = strdup(norm)))
            return -ENOMEM; /* the caller clears m: no NULL is freed twice */
    }
out:
    if (rv == MDSHM_EBADINPUT)
        MDSHM_LOG(MDSHM_LOG_ERR, rv,
                  "mod_md store %s: %s: \"domains\" must be a non-empty "
                  "list of names (at most %d), \"contacts\" and \"ca\" "
                  "lists of strings", s->dir, rel, MDSHM_MAX_NAMES);
    return rv;
}

/* The response of ocsp/<md>/@file for the set it verifies for (leaf and
 * issuer, not expired, good or revoked), if any.  Responses are a cache:
 * one that does not verify is skipped (the drive fetches a new one), it
 * does not fail the MD. */
static int read_ocsp(const mdshm__mm_store_t *s, const char *md,
                     const char *file, mdshm__mm_md_t *m)
{
    char rel[600];
    json_t *j = NULL;
    const char *b64;
    uint8_t *der = NULL;
    size_t len = 0;
    int rv;

    snprintf(rel, sizeof(rel), "ocsp/%s/%s", md, file);
    rv = read_json(s, rel, &j);
    if (rv < 0)
        return rv == -ENOMEM ? rv : 0;
    b64 = json_string_value(json_object_get(j, "response"));
    if (!b64 || mdshm__b64url_decode(b64, strlen(b64), &der, &len) < 0 ||
        len == 0 || len > MDSHM__OCSP_MAX_RESP)
        goto out;
    for (size_t i = 0; i < m->n_sets; i++) {
        mdshm__mm_set_t *set = &m->sets[i];
        mdshm__ocsp_cert_t c = {0};
        mdshm__ocsp_result_t res;
        mdshm_buf_t leaf, issuer;

        if (set->ocsp.n || mdshm_chain_count(set->chain) < 2 ||
            mdshm_chain_der(set->chain, 0, &leaf) < 0 ||
            mdshm_chain_der(set->chain, 1, &issuer) < 0 ||
            mdshm__ocsp_cert_load(leaf.p, leaf.n, issuer.p, issuer.n, &c) < 0)
            continue;
        rv = mdshm__ocsp_verify(&c, NULL, der, len, mdshm__now_ms() / 1000,
                                false, &res);
        mdshm__ocsp_cert_clear(&c);
        if (rv == -ENOMEM)
            goto out;
        if (rv < 0)
            continue;
        set->ocsp = (mdshm_buf_t){der, len};
        set->ocsp_status = res.status;
        set->ocsp_this = res.this_update;
        set->ocsp_next = res.next_update;
        der = NULL;
        break;
    }
    if (der)
        MDSHM_LOG(MDSHM_LOG_INFO, 0, "mod_md store %s: %s: no valid "
                  "response for a certificate of %s: not imported", s->dir,
                  rel, md);
    rv = 0;
out:
    free(der);
    json_decref(j);
    return rv == -ENOMEM ? rv : 0;
}

static int read_ocsps(const mdshm__mm_store_t *s, const char *md,
                      mdshm__mm_md_t *m)
{
    char rel[600], **files = NULL;
    size_t n = 0;
    int rv;

    snprintf(rel, sizeof(rel), "ocsp/%s", md);
    if (mdshm__mm_list(s, rel, &files, &n) < 0)
        return 0; /* a cache: the drive fetches what is missing */
    rv = 0;
    for (size_t i = 0; i < n && rv == 0; i++)
        if (strncmp(files[i], "ocsp-", 5) == 0)
            rv = read_ocsp(s, md, files[i], m);
    mdshm__mm_list_free(files, n);
    return rv;
}

int mdshm__mm_md_read(const mdshm__mm_store_t *s, const char *md,
                      mdshm__mm_md_t *m)
{
    char rel[600], **files = NULL;
    size_t n_files = 0;
    json_t *j = NULL;
    const char *name;
    int rv;

    memset(m, 0, sizeof(*m));
    snprintf(rel, sizeof(rel), "domains/%s/md.json", md);
    rv = read_json(s, rel, &j);
    if (rv < 0)
        return rv;
    name = json_string_value(json_object_get(j, "name"));
    if (!name || strcmp(name, md) != 0 ||
        strlen(name) > MDSHM_MAX_MDNAME_LEN || strchr(name, '/') ||
        name[0] == '.') {
        rv = MDSHM_EBADINPUT;
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "mod_md store %s: %s: \"name\" is not "
                  "the directory's name %s", s->dir, rel, md);
        goto out;
    }
    memcpy(m->name, name, strlen(name) + 1);
    rv = md_json(s, rel, j, m);
    if (rv < 0)
        goto out;
    snprintf(rel, sizeof(rel), "domains/%s", md);
    rv = mdshm__mm_list(s, rel, &files, &n_files);
    if (rv < 0)
        goto out;
    /* Only real certificates: fallback-pubcert*.pem are mod_md's
     * self-signed placeholders. */
    for (size_t i = 0; i < n_files && rv == 0; i++) {
        if (!is_cert_file(files[i]))
            continue;
        if (m->n_sets == MDSHM_MAX_LIST) {
            rv = MDSHM_ETOOBIG;
            break;
        }
        rv = read_set(s, md, files[i], &m->sets[m->n_sets++]);
    }
    if (rv == 0)
        rv = read_ocsps(s, md, m);
out:
    mdshm__mm_list_free(files, n_files);
    json_decref(j);
    if (rv < 0)
        mdshm__mm_md_clear(m);
    return rv;
}
