/* config_include.c -- which files an Include or IncludeOptional names, as
 * httpd has them, so that a conf.d layout works (docs/configuration.md
 * "Include").  Reading them is the parser's (mdshm__cfg_include in
 * config_parse.c); this file only expands a name, and calls no parser
 * function (tests/check-layers.sh).
 *
 *   Include PATH          the file, or every file a wildcard (*, ?, [...])
 *                         matches, in byte order of their names; a
 *                         wildcard that matches nothing, or a missing
 *                         file, is an error
 *   IncludeOptional PATH  the same, but matching nothing is fine
 *
 * A relative PATH is relative to the directory of the file that holds the
 * directive (so a configuration moves with its conf.d).  Directories a
 * wildcard matches are skipped; a directory named without one is an error.
 * Each file comes with its identity (device, inode): the parser refuses a
 * file it is reading already (a cycle), whatever name leads to it.
 */
#define MDSHM__CONFIG_INTERNALS
#include "config.h"

#include <errno.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static bool has_wildcard(const char *s)
{
    return strpbrk(s, "*?[") != NULL;
}

/* @pattern made relative to the directory of @file; malloc'ed. */
static char *resolve(const char *file, const char *pattern)
{
    const char *slash = strrchr(file, '/');
    size_t dlen;
    char *out;

    if (pattern[0] == '/' || !slash)
        return strdup(pattern); /* absolute, or the including file is in
                                   the current directory */
    dlen = (size_t)(slash - file) + 1; /* with the '/' */
    out = malloc(dlen + strlen(pattern) + 1);
    if (out) {
        memcpy(out, file, dlen);
        strcpy(out + dlen, pattern);
    }
    return out;
}

static int path_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Append @path (copied) with its identity; a glob's directories are
 * skipped, a named one is @msg. */
static int add(mdshm__cfg_inc_t *inc, const char *path, bool matched,
               char *msg, size_t size)
{
    mdshm__cfg_inc_file_t *f;
    struct stat sb;
    int err = stat(path, &sb) < 0 ? errno : 0;

    if (!err && S_ISDIR(sb.st_mode)) {
        if (!matched)
            snprintf(msg, size, "is a directory: name its files, e.g. "
                                "%s/*.conf", path);
        return matched ? 0 : -1;
    }
    f = realloc(inc->files, (inc->n + 1) * sizeof(*f));
    if (!f)
        return -ENOMEM;
    inc->files = f;
    f = &inc->files[inc->n];
    memset(f, 0, sizeof(*f));
    if (!(f->path = strdup(path)))
        return -ENOMEM;
    f->err = err;
    if (!err) {
        f->dev = (unsigned long)sb.st_dev;
        f->ino = (unsigned long)sb.st_ino;
    }
    inc->n++;
    return 0;
}

int mdshm__cfg_include_expand(const char *including, const char *pattern,
                              bool optional, mdshm__cfg_inc_t *inc,
                              char *msg, size_t size)
{
    glob_t g;
    int grv, rv = 0;

    memset(inc, 0, sizeof(*inc));
    msg[0] = 0;
    if (!(inc->pattern = resolve(including, pattern)))
        return -ENOMEM;
    if (!has_wildcard(inc->pattern)) {
        struct stat sb;

        if (optional && stat(inc->pattern, &sb) < 0 && errno == ENOENT)
            return 0;
        return add(inc, inc->pattern, false, msg, size);
    }
    memset(&g, 0, sizeof(g));
    /* GLOB_NOSORT and strcmp: the order must not depend on the locale */
    grv = glob(inc->pattern, GLOB_NOSORT, NULL, &g);
    if (grv == GLOB_NOMATCH) {
        if (!optional) {
            snprintf(msg, size, "matches no file (IncludeOptional allows "
                                "that)");
            rv = -1;
        }
    } else if (grv == GLOB_NOSPACE) {
        rv = -ENOMEM;
    } else if (grv != 0) {
        snprintf(msg, size, "names a directory that cannot be read");
        rv = -1;
    } else {
        qsort(g.gl_pathv, g.gl_pathc, sizeof(*g.gl_pathv), path_cmp);
        for (size_t i = 0; i < g.gl_pathc && rv == 0; i++)
            rv = add(inc, g.gl_pathv[i], true, msg, size);
    }
    globfree(&g);
    return rv;
}

void mdshm__cfg_include_free(mdshm__cfg_inc_t *inc)
{
    for (size_t i = 0; i < inc->n; i++)
        free(inc->files[i].path);
    free(inc->files);
    free(inc->pattern);
    memset(inc, 0, sizeof(*inc));
}
