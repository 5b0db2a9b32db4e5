/* cert_install.h -- the one way a certificate set becomes active.
 *
 * Three writers install sets: `mdshm import` (core/import.c), the sync
 * of an MD with MDCertificateFile (core/drive/drive_sync.c) and the
 * activation of a renewal (core/drive/drive_activate.c).  They all go
 * through mdshm__cert_set_install, inside their own fenced write, so the
 * record they write, the archive depth and "unchanged: write nothing"
 * are the same for all three (docs/store.md, "Installing a certificate
 * set").
 *
 * What stays with the callers, because it differs on purpose:
 *  - the MD record (import takes names from the certificate, the sync
 *    from the configuration, activation sets complete and renew-at) and
 *    so the names, which mdshm__w_put_md writes;
 *  - checking that the key belongs to the leaf (each says which file or
 *    which staging set is wrong, and activation drops a bad staging);
 *  - staging records (only activation has them), events and the job log
 *    (only a renewal raises renewed/installed: static files are the
 *    operator's own action), log lines (they name files or specs).
 * OCSP records are nobody's here: the drive's OCSP pass walks `certs`,
 * fetches for a new leaf (keyed by its digest) and lets the responses of
 * replaced sets age out (MDStaplingKeepResponse). */
#ifndef MDSHM_CERT_INSTALL_H
#define MDSHM_CERT_INSTALL_H

#include "internal.h"

/* Archived sets kept per <md>/<keyspec>: the newest ones, older ones are
 * deleted by the install that would exceed it. */
#define MDSHM__ARCHIVE_KEEP 5

/* A set to install.  Everything is a view: nothing is copied before the
 * write, and nothing here needs to live longer than the call. */
typedef struct mdshm__cert_set {
    const char *md;
    const char *key_spec;
    const mdshm_cert_info_t *leaf; /* of chain[0]: dates, digest, issuer,
                                      serial, OCSP URL */
    size_t n_chain;                     /* 1..MDSHM_MAX_CHAIN */
    mdshm_buf_t chain[MDSHM_MAX_CHAIN]; /* DER, leaf first */
    mdshm_buf_t pkey;                   /* PKCS#8 DER; the caller has
                                           checked it is the leaf's */
    /* What the writers differ in, each set by the one it concerns: */
    bool is_static;             /* from files (import, MDCertificateFile):
                                   never renewed by ACME */
    const char *ari_id;         /* renewal: the leaf's ARI id, or NULL */
    bool must_staple_requested; /* renewal: the CSR asked for must-staple */
} mdshm__cert_set_t;

/* A static set from loaded files: @set views @chain and @key (which must
 * outlive it) and @info, which receives the leaf's details.
 * @return 0, MDSHM_EBADINPUT (an empty chain), <0 from the chain. */
MDSHM_HIDDEN int mdshm__cert_set_of_files(mdshm__cert_set_t *set,
                                          mdshm_cert_info_t *info,
                                          const char *md,
                                          const mdshm_chain_t *chain,
                                          const mdshm__pkey_t *key);

/* The state of an MD of static sets whose earliest leaf ends at
 * @not_after (unix seconds): expired once that has passed, else complete.
 * One rule for import and the sync, as mod_md has it. */
MDSHM_HIDDEN mdshm_md_state_t mdshm__cert_static_state(int64_t not_after,
                                                       int64_t now_ms);

/* Install @set as the active set of @set->md / @set->key_spec, inside the
 * caller's write @w:
 *  - if the active set has the same content (chain, key and every field;
 *    only gen and installed_ms may differ), nothing is written: a restart
 *    or a repeated import neither fills the archive with copies nor
 *    raises meta/gen for the set (workers keep their parsed copy);
 *  - otherwise the active set moves to archive/<md>/<keyspec>/<seq>, the
 *    newest MDSHM__ARCHIVE_KEEP archived sets stay and older ones go,
 *    meta/gen is raised and stamped into the new record (gen), and
 *    installed_ms is now.  A corrupt active set is replaced (archived as
 *    it is).
 * The MD record, its names, staging and events are the caller's (above).
 * @return 0 installed, 1 already active (nothing written), MDSHM_EBADINPUT
 *         (no chain or key, more than MDSHM_MAX_CHAIN, no md/spec/leaf),
 *         or a store error (the write must then be abandoned). */
MDSHM_HIDDEN int mdshm__cert_set_install(mdshm__wtxn_t *w,
                                         const mdshm__cert_set_t *set);

/* The imports' write (import.c): take leadership for one fenced write of
 * @fn and step down after.  MDSHM_EBUSY (logged, naming the leader) if a
 * live leader runs; else mdshm__leader_write()'s result. */
MDSHM_HIDDEN int mdshm__import_write(mdshm_store_t *st,
                                     const mdshm_candidate_opts_t *copts,
                                     mdshm__write_fn *fn, void *baton);

#endif
