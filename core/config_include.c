/* config_include.c -- Include and IncludeOptional, as httpd has them, so
 * that a conf.d layout works (docs/configuration.md "Include").
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
 * The files are read where the directive stands, nested at most
 * MDSHM__MAX_INCLUDE_DEPTH deep; a file that is being read already (a
 * cycle) is refused by its identity (device and inode), not by its name.
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

/* Read one file named by the directive (or matched by its wildcard). */
static void include_one(mdshm__parser_t *p, const char *path, bool matched)
{
    struct stat sb;

    if (stat(path, &sb) < 0) {
        mdshm__cfg_error(p, "Include: cannot read %s: %s",
                         mdshm__cfg_q(p, path), strerror(errno));
        return;
    }
    if (S_ISDIR(sb.st_mode)) {
        if (!matched)
            mdshm__cfg_error(p, "Include: %s is a directory: name its "
                                "files, e.g. %s/*.conf",
                             mdshm__cfg_q(p, path), path);
        return;
    }
    mdshm__cfg_parse_file(p, path, (unsigned long)sb.st_dev,
                          (unsigned long)sb.st_ino);
}

void mdshm__cfg_include(mdshm__parser_t *p, const char *pattern,
                        bool optional)
{
    const char *file;
    int line, grv;
    glob_t g;
    char *path;

    if (!pattern[0]) {
        mdshm__cfg_error(p, "%s needs a file name or a wildcard",
                         p->dname);
        return;
    }
    mdshm__cfg_locate(p, p->line, &file, &line);
    path = resolve(file, pattern);
    if (!path) {
        p->oom = true;
        return;
    }
    if (!has_wildcard(path)) {
        struct stat sb;

        if (!(optional && stat(path, &sb) < 0 && errno == ENOENT))
            include_one(p, path, false);
        free(path);
        return;
    }
    memset(&g, 0, sizeof(g));
    /* GLOB_NOSORT and strcmp: the order must not depend on the locale */
    grv = glob(path, GLOB_NOSORT, NULL, &g);
    if (grv == GLOB_NOMATCH) {
        if (!optional)
            mdshm__cfg_error(p, "Include %s matches no file (IncludeOptional "
                                "allows that)", mdshm__cfg_q(p, path));
    } else if (grv == GLOB_NOSPACE) {
        p->oom = true;
    } else if (grv != 0) {
        mdshm__cfg_error(p, "Include %s: cannot read its directory",
                         mdshm__cfg_q(p, path));
    } else {
        qsort(g.gl_pathv, g.gl_pathc, sizeof(*g.gl_pathv), path_cmp);
        for (size_t i = 0; i < g.gl_pathc && !p->oom; i++)
            include_one(p, g.gl_pathv[i], true);
    }
    globfree(&g);
    free(path);
}
