/* mod_md.h -- reading a store written by Apache's mod_md (MDStoreDir), for
 * mdshm_import_mod_md().  The layout and formats are mod_md 2.6's
 * (../shared/reference/MOD_MD.md §3): md_store.json (the 48-byte key
 * that encrypts private keys outside domains/), accounts/<id>/account.json
 * + account.pem, domains/<md>/md.json + pubcert[.<spec>].pem +
 * privkey[.<spec>].pem, ocsp/<md>/ocsp-*.json.
 *
 * Everything is opened O_RDONLY | O_NOFOLLOW: the import never changes
 * mod_md's files.  Every error is logged naming the file. */
#ifndef MDSHM_MOD_MD_H
#define MDSHM_MOD_MD_H

#include "cert_install.h"
#include "internal.h"

/* One file read whole: data is NUL-terminated, malloc'ed. */
typedef struct mdshm__mm_file {
    char *data;
    size_t len;
} mdshm__mm_file_t;

/* mod_md's store: its directory (an open fd) and the key of md_store.json. */
typedef struct mdshm__mm_store {
    int dirfd;
    const char *dir;  /* for messages */
    uint8_t *key;     /* passphrase of encrypted keys */
    size_t key_len;
} mdshm__mm_store_t;

/* An account of accounts/<id>/. */
typedef struct mdshm__mm_account {
    char id[128];
    char *ca_url, *url, *status, *agreement, *eab_kid;
    size_t n_contacts;
    char *contacts[MDSHM_MAX_LIST];
    mdshm__pkey_t *key;
} mdshm__mm_account_t;

/* One certificate set of domains/<md>/. */
typedef struct mdshm__mm_set {
    mdshm_chain_t *chain;
    mdshm__pkey_t *key;
    mdshm_cert_info_t info;
    char *ari_id;
    char file[64];    /* pubcert file name, for messages */
    mdshm_buf_t ocsp; /* a valid DER response from ocsp/<md>/, or empty
                         (malloc'ed) */
    uint32_t ocsp_status;
    int64_t ocsp_this, ocsp_next; /* unix seconds */
} mdshm__mm_set_t;

/* One MD of domains/<md>/ with its active sets. */
typedef struct mdshm__mm_md {
    char name[MDSHM_MAX_MDNAME_LEN + 1];
    size_t n_names;
    char *names[MDSHM_MAX_NAMES];
    size_t n_contacts;
    char *contacts[MDSHM_MAX_LIST];
    size_t n_ca_urls;
    char *ca_urls[MDSHM_MAX_LIST];
    char *agreement, *renew_window, *warn_window;
    uint32_t renew_mode;
    bool must_staple, transitive, stapling;
    size_t n_sets;
    mdshm__mm_set_t sets[MDSHM_MAX_LIST];
} mdshm__mm_md_t;

/* Open @dir and read md_store.json.  MDSHM_ENOTFOUND if @dir holds no
 * md_store.json (not a mod_md store). */
MDSHM_HIDDEN int mdshm__mm_open(mdshm__mm_store_t *s, const char *dir);
MDSHM_HIDDEN void mdshm__mm_close(mdshm__mm_store_t *s);

/* Read @rel (below the store) whole, at most 4 MiB. */
MDSHM_HIDDEN int mdshm__mm_read(const mdshm__mm_store_t *s, const char *rel,
                                mdshm__mm_file_t *f);

/* A private key in PEM, encrypted (PKCS#8, the store's key as passphrase)
 * or plain; @rel names it in messages. */
MDSHM_HIDDEN int mdshm__mm_pkey(const mdshm__mm_store_t *s, const char *rel,
                                const mdshm__mm_file_t *f,
                                mdshm__pkey_t **out);

/* accounts/<id>/: 0, or <0 (logged). */
MDSHM_HIDDEN int mdshm__mm_account_read(const mdshm__mm_store_t *s,
                                        const char *id,
                                        mdshm__mm_account_t *a);
MDSHM_HIDDEN void mdshm__mm_account_clear(mdshm__mm_account_t *a);

/* domains/<md>/: md.json and every set whose key matches its certificate
 * (a mismatch, an unreadable or malformed file fail the whole MD).
 * An MD without a certificate yet has n_sets 0. */
MDSHM_HIDDEN int mdshm__mm_md_read(const mdshm__mm_store_t *s,
                                   const char *md, mdshm__mm_md_t *m);
MDSHM_HIDDEN void mdshm__mm_md_clear(mdshm__mm_md_t *m);

/* The entries of directory @rel (below the store), sorted, without "."
 * and "..", malloc'ed (free each and the vector).  An absent directory
 * gives 0 entries. */
MDSHM_HIDDEN int mdshm__mm_list(const mdshm__mm_store_t *s, const char *rel,
                                char ***names, size_t *n);
MDSHM_HIDDEN void mdshm__mm_list_free(char **names, size_t n);

#endif
