/* request.h -- request files in <store>/requests (core/request.c): any
 * process writes them, the leader's drive reads and deletes them. */
#ifndef MDSHM_REQUEST_H
#define MDSHM_REQUEST_H

#include "internal.h"

/* A renewal request: renew-<sha256(md)>, text "renew <md> <ms>". */
#define MDSHM__RENEW_REQ_PREFIX "renew-"

/* <store>/requests (created 0700 if missing), malloc'ed. */
MDSHM_HIDDEN int mdshm__request_dir(mdshm_store_t *st, char **out);
/* Write @p data as <store>/requests/@p name, atomically (rename), from any
 * process and thread. */
MDSHM_HIDDEN int mdshm__request_put(mdshm_store_t *st, const char *name,
                                    const void *data, size_t len);
/* The request file name for MD @p md: @p prefix and the SHA-256 of the
 * name in hex (any valid name fits NAME_MAX; the file's text names the
 * MD). */
MDSHM_HIDDEN int mdshm__request_name(const char *prefix, const char *md,
                                     char *out, size_t size);
/* The MD named by the request file @p path, whose text is "@p verb <md>"
 * (then a space or newline), into @p md (a valid name).  Only a regular
 * file is read.  @return 0, MDSHM_EBADINPUT, file errors. */
MDSHM_HIDDEN int mdshm__request_md(const char *path, const char *verb,
                                   char md[MDSHM_MAX_NAME_LEN + 1]);
/* The MD @p given names: an MD name, or a DNS name an MD serves, into @p md.
 * @return 0, MDSHM_ENOTFOUND, MDSHM_EBADINPUT (not a name), store errors. */
MDSHM_HIDDEN int mdshm__request_resolve(mdshm_store_t *st, const char *given,
                                        char *md, size_t size);

#endif
