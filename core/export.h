/* export.h -- an MD's certificate sets as PEM files (export.c): the
 * writer behind mdshm_export() and MDExportDir. */
#ifndef MDSHM_EXPORT_H
#define MDSHM_EXPORT_H

#include "internal.h"

/* mdshm_export() into @dir, or into @dir/@sub when @sub is not NULL (the
 * drive: MDExportDir/<md>); @sub is created if missing and checked like
 * @dir.  Same returns as mdshm_export(). */
MDSHM_HIDDEN int mdshm__export_to(mdshm_store_t *st, const char *md,
                                  const char *dir, const char *sub);

#endif
