/* export.c -- an MD's active certificate sets as PEM files, for programs
 * that read files (haproxy, postfix, dovecot): `mdshm export` and
 * MDExportDir (docs/operations.md, "Certificates for other programs").
 *
 * Layout of a directory DIR (the files are written once and never
 * changed; what changes is one symbolic link):
 *
 *   .set-N/                 one complete version: cert.pem, chain.pem,
 *                           fullchain.pem, privkey.pem of the first key
 *                           spec, and with several specs <spec>/ holding
 *                           the same four files of each
 *   current -> .set-N       switched by rename(2) of a new link: atomic
 *   cert.pem -> current/cert.pem   (and the other three, and <spec> ->
 *                           current/<spec>): stable names, made once
 *
 * Replacing four files one by one cannot be atomic: between two renames a
 * reader finds the new certificate next to the old key, in whatever order
 * they are renamed.  Here a reader resolves `current` once per path and
 * sees one whole version or the other; the previous version stays until
 * the next export, so a reader that opened some files just before the
 * switch still finds the rest of its version.
 *
 * Written as root (mdshm export by an operator) too, so no path is
 * followed after DIR itself: DIR is opened with O_NOFOLLOW, must belong
 * to us or root and be writable by nobody else; everything below is
 * relative to its descriptor, created with O_EXCL|O_NOFOLLOW.  An
 * exclusive flock on DIR keeps two exporters (the drive, the CLI) apart.
 */
#include "export.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#define SET_PREFIX ".set-"
#define CURRENT "current"
#define CURRENT_TMP ".current.tmp"

enum { F_CERT, F_CHAIN, F_FULLCHAIN, F_PRIVKEY, F_COUNT };

static const struct {
    const char *name;
    mode_t mode;
} files[F_COUNT] = {
    [F_CERT] = {"cert.pem", 0644},
    [F_CHAIN] = {"chain.pem", 0644},
    [F_FULLCHAIN] = {"fullchain.pem", 0644},
    [F_PRIVKEY] = {"privkey.pem", 0600},
};

/* The PEM texts of one key spec. */
struct pemset {
    char spec[32];
    char *text[F_COUNT];
    size_t len[F_COUNT];
};

struct export {
    const char *md;
    size_t n;
    struct pemset sets[MDSHM_MAX_LIST];
    mdshm_record_t rec;
};

/* ---- PEM --------------------------------------------------------------- */

/* Append one PEM block of @der to @s (malloc'ed, grown). */
static int pem_append(char **s, size_t *len, const char *label,
                      mdshm_buf_t der)
{
    size_t lines = (der.n + 47) / 48;
    size_t need = *len + 2 * (strlen(label) + 32) + lines * 66;
    char *p = realloc(*s, need + 1);
    size_t n = *len;

    if (!p)
        return -ENOMEM;
    *s = p;
    n += (size_t)sprintf(p + n, "-----BEGIN %s-----\n", label);
    for (size_t off = 0; off < der.n; off += 48) {
        int chunk = (int)(der.n - off < 48 ? der.n - off : 48);
        n += (size_t)EVP_EncodeBlock((unsigned char *)p + n, der.p + off,
                                     chunk);
        p[n++] = '\n';
    }
    n += (size_t)sprintf(p + n, "-----END %s-----\n", label);
    *len = n;
    return 0;
}

static void pemset_clear(struct pemset *ps)
{
    for (int f = 0; f < F_COUNT; f++) {
        if (ps->text[f])
            OPENSSL_cleanse(ps->text[f], ps->len[f]);
        free(ps->text[f]);
        ps->text[f] = NULL;
    }
}

static int pemset_fill(struct pemset *ps, const mdshm_certset_rec_t *cs)
{
    int rv = 0;

    for (uint32_t i = 0; i < cs->n_chain && rv == 0; i++) {
        rv = pem_append(&ps->text[F_FULLCHAIN], &ps->len[F_FULLCHAIN],
                        "CERTIFICATE", cs->chain[i]);
        if (rv == 0)
            rv = pem_append(i ? &ps->text[F_CHAIN] : &ps->text[F_CERT],
                            i ? &ps->len[F_CHAIN] : &ps->len[F_CERT],
                            "CERTIFICATE", cs->chain[i]);
    }
    if (rv == 0 && !ps->text[F_CHAIN] && !(ps->text[F_CHAIN] = strdup("")))
        rv = -ENOMEM;
    if (rv == 0)
        rv = pem_append(&ps->text[F_PRIVKEY], &ps->len[F_PRIVKEY],
                        "PRIVATE KEY", cs->pkey);
    return rv;
}

/* ---- reading the store --------------------------------------------------- */

static int load_fn(mdshm_reader_t *rd, void *baton)
{
    struct export *ex = baton;
    const char *specs[MDSHM_MAX_LIST];
    char key[MDSHM_MAX_MDNAME_LEN + 64];
    int rv, klen;

    for (size_t i = 0; i < MDSHM_MAX_LIST; i++)
        pemset_clear(&ex->sets[i]); /* a read may be retried */
    rv = mdshm_read_get(rd, MDSHM_DB_MDS, ex->md, strlen(ex->md), &ex->rec);
    if (rv == MDSHM_ENOTFOUND)
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "export: no MD %s in the store", ex->md);
    if (rv < 0)
        return rv;
    ex->n = ex->rec.u.md.n_key_specs;
    for (size_t i = 0; i < ex->n; i++) {
        mdshm_buf_t b = ex->rec.u.md.key_specs[i];
        if (b.n == 0 || b.n >= sizeof(ex->sets[i].spec) ||
            memchr(b.p, '/', b.n) || b.p[0] == '.')
            return MDSHM_ECORRUPT;
        memcpy(ex->sets[i].spec, b.p, b.n);
        ex->sets[i].spec[b.n] = 0;
        specs[i] = ex->sets[i].spec;
    }
    if (ex->n == 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_ENOTFOUND, "export: MD %s has no key "
                  "specs", ex->md);
        return MDSHM_ENOTFOUND;
    }
    for (size_t i = 0; i < ex->n; i++) {
        const mdshm_certset_rec_t *cs = &ex->rec.u.certset;
        klen = mdshm_key_certset(key, sizeof(key), ex->md, strlen(ex->md),
                                 specs[i], strlen(specs[i]));
        if (klen < 0)
            return klen;
        rv = mdshm_read_get(rd, MDSHM_DB_CERTS, key, (size_t)klen, &ex->rec);
        if (rv == MDSHM_ENOTFOUND)
            MDSHM_LOG(MDSHM_LOG_INFO, rv, "export: MD %s has no %s "
                      "certificate yet", ex->md, specs[i]);
        if (rv < 0)
            return rv;
        if (cs->n_chain == 0 || cs->pkey.n == 0)
            return MDSHM_ECORRUPT;
        /* the store installs matching pairs only; never export another */
        rv = mdshm__der_pair_matches(cs->chain[0], cs->pkey);
        if (rv < 0) {
            MDSHM_LOG(MDSHM_LOG_ERR, rv, "export: MD %s: the %s key does "
                      "not match its certificate", ex->md, specs[i]);
            return rv;
        }
        rv = pemset_fill(&ex->sets[i], cs);
        if (rv < 0)
            return rv;
    }
    return 0;
}

/* ---- the directory --------------------------------------------------------- */

/* A name we may create in a directory: one path component. */
static bool is_component(const char *s)
{
    return s && *s && strcmp(s, ".") && strcmp(s, "..") && !strchr(s, '/') &&
           strlen(s) <= MDSHM_MAX_MDNAME_LEN;
}

/* Open directory @name relative to @at (creating it 0755 if missing)
 * without following a link, and check that nobody else can change it. */
static int open_dir(int at, const char *name, const char *shown)
{
    struct stat sb;
    int fd, rv;

    if (mkdirat(at, name, 0755) < 0 && errno != EEXIST) {
        rv = -errno;
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "export: cannot create %s", shown);
        return rv;
    }
    fd = openat(at, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        rv = errno == ELOOP || errno == ENOTDIR ? MDSHM_EPERM : -errno;
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "export: %s is %s", shown,
                  rv == MDSHM_EPERM ? "not a directory (a symbolic link is "
                                      "refused)"
                                    : "not accessible");
        return rv;
    }
    if (fstat(fd, &sb) < 0) {
        rv = -errno;
        close(fd);
        return rv;
    }
    if ((sb.st_uid != geteuid() && sb.st_uid != 0) ||
        (sb.st_mode & (S_IWGRP | S_IWOTH))) {
        MDSHM_LOG(MDSHM_LOG_ERR, MDSHM_EPERM, "export: %s belongs to uid %ld "
                  "with mode %04o: it must belong to %s%ld%s and be "
                  "writable by nobody else (chown, chmod go-w)", shown,
                  (long)sb.st_uid, (unsigned)(sb.st_mode & 07777),
                  geteuid() ? "uid " : "root (uid ", (long)geteuid(),
                  geteuid() ? " or root" : ")");
        close(fd);
        return MDSHM_EPERM;
    }
    return fd;
}

/* Whether file @name in @dfd holds exactly @text. */
static bool same_file(int dfd, const char *name, const char *text, size_t len,
                      mode_t mode)
{
    char *buf = NULL;
    struct stat sb;
    bool same = false;
    ssize_t got;
    int fd = openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);

    if (fd < 0)
        return false;
    if (fstat(fd, &sb) < 0 || !S_ISREG(sb.st_mode) ||
        (size_t)sb.st_size != len || (sb.st_mode & 07777) != mode ||
        !(buf = malloc(len + 1)))
        goto out;
    got = read(fd, buf, len + 1);
    same = got >= 0 && (size_t)got == len && memcmp(buf, text, len) == 0;
    OPENSSL_cleanse(buf, len);
out:
    free(buf);
    close(fd);
    return same;
}

/* Whether link @name in @dfd points at @target. */
static bool link_is(int dfd, const char *name, const char *target)
{
    char buf[512];
    ssize_t n = readlinkat(dfd, name, buf, sizeof(buf) - 1);

    if (n < 0)
        return false;
    buf[n] = 0;
    return strcmp(buf, target) == 0;
}

/* The files of one key spec in directory @dfd. */
static bool same_set(int dfd, const struct pemset *ps)
{
    for (int f = 0; f < F_COUNT; f++)
        if (!same_file(dfd, files[f].name, ps->text[f], ps->len[f],
                       files[f].mode))
            return false;
    return true;
}

static int opendir_at(int dfd, const char *name)
{
    return openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

/* The stable names of @ex: the four files and, with several specs, one
 * per spec.  @fn(dfd, name, target) for each; stops at an error. */
static int each_link(int dfd, const struct export *ex,
                     int (*fn)(int dfd, const char *name, const char *target))
{
    char target[320];
    int rv;

    for (int f = 0; f < F_COUNT; f++) {
        snprintf(target, sizeof(target), CURRENT "/%s", files[f].name);
        rv = fn(dfd, files[f].name, target);
        if (rv != 0)
            return rv;
    }
    for (size_t i = 0; ex->n > 1 && i < ex->n; i++) {
        snprintf(target, sizeof(target), CURRENT "/%s", ex->sets[i].spec);
        rv = fn(dfd, ex->sets[i].spec, target);
        if (rv != 0)
            return rv;
    }
    return 0;
}

static int link_missing(int dfd, const char *name, const char *target)
{
    return link_is(dfd, name, target) ? 0 : 1;
}

/* The number of version ".set-N", or 0. */
static unsigned long version_of(const char *name)
{
    char *end;
    unsigned long n;

    if (strncmp(name, SET_PREFIX, strlen(SET_PREFIX)))
        return 0;
    n = strtoul(name + strlen(SET_PREFIX), &end, 10);
    return *end || n >= 1000000000 ? 0 : n;
}

/* The number of the version `current` points at, or 0. */
static unsigned long current_version(int dfd)
{
    char cur[64];
    ssize_t n = readlinkat(dfd, CURRENT, cur, sizeof(cur) - 1);

    if (n <= 0)
        return 0;
    cur[n] = 0;
    return version_of(cur);
}

/* Whether the version `current` points at holds exactly @ex's files. */
static bool is_current(int dfd, const struct export *ex)
{
    char name[64];
    bool same = false;
    int sfd, sub;

    if (each_link(dfd, ex, link_missing) != 0)
        return false;
    /* the one link we follow: ours, checked to name a ".set-N" here */
    snprintf(name, sizeof(name), SET_PREFIX "%lu", current_version(dfd));
    sfd = opendir_at(dfd, name);
    if (sfd < 0)
        return false;
    same = same_set(sfd, &ex->sets[0]);
    for (size_t i = 0; same && ex->n > 1 && i < ex->n; i++) {
        same = (sub = opendir_at(sfd, ex->sets[i].spec)) >= 0 &&
               same_set(sub, &ex->sets[i]);
        if (sub >= 0)
            close(sub);
    }
    close(sfd);
    return same;
}

/* Write @len bytes of @text to new file @name (mode exactly @mode) and
 * sync it. */
static int write_file(int dfd, const char *name, const char *text, size_t len,
                      mode_t mode)
{
    int fd = openat(dfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
                                   O_CLOEXEC, mode);
    int rv = 0;

    if (fd < 0)
        return -errno;
    if (fchmod(fd, mode) < 0) /* whatever the umask */
        rv = -errno;
    for (size_t off = 0; rv == 0 && off < len;) {
        ssize_t n = write(fd, text + off, len - off);
        if (n < 0 && errno != EINTR)
            rv = -errno;
        else if (n == 0)
            rv = -EIO;
        else if (n > 0)
            off += (size_t)n;
    }
    if (rv == 0 && fsync(fd) < 0)
        rv = -errno;
    if (close(fd) < 0 && rv == 0)
        rv = -errno;
    return rv;
}

static int write_set(int dfd, const struct pemset *ps)
{
    int rv = 0;

    for (int f = 0; f < F_COUNT && rv == 0; f++)
        rv = write_file(dfd, files[f].name, ps->text[f], ps->len[f],
                        files[f].mode);
    if (rv == 0 && fsync(dfd) < 0)
        rv = -errno;
    return rv;
}

/* Remove version directory @name (only the names we write). */
static void remove_version(int dfd, const char *name)
{
    int sfd = opendir_at(dfd, name);
    DIR *dir;
    struct dirent *e;

    if (sfd < 0)
        return;
    for (int f = 0; f < F_COUNT; f++)
        unlinkat(sfd, files[f].name, 0);
    dir = fdopendir(sfd);
    if (dir) {
        while ((e = readdir(dir))) {
            int sub;
            if (e->d_name[0] == '.' || (sub = opendir_at(sfd, e->d_name)) < 0)
                continue;
            for (int f = 0; f < F_COUNT; f++)
                unlinkat(sub, files[f].name, 0);
            close(sub);
            unlinkat(sfd, e->d_name, AT_REMOVEDIR);
        }
        closedir(dir);
    } else {
        close(sfd);
    }
    unlinkat(dfd, name, AT_REMOVEDIR);
}

/* Write version @name: every file synced, then the directories. */
static int write_version(int dfd, const char *name, const struct export *ex)
{
    int sfd = -1, sub = -1, rv;

    remove_version(dfd, name); /* a leftover of an interrupted export */
    if (mkdirat(dfd, name, 0755) < 0)
        return -errno;
    sfd = opendir_at(dfd, name);
    if (sfd < 0)
        return -errno;
    if (fchmod(sfd, 0755) < 0) {
        rv = -errno;
        goto out;
    }
    for (size_t i = 0; ex->n > 1 && i < ex->n; i++) {
        if (mkdirat(sfd, ex->sets[i].spec, 0755) < 0 ||
            (sub = opendir_at(sfd, ex->sets[i].spec)) < 0 ||
            fchmod(sub, 0755) < 0) {
            rv = -errno;
            goto out;
        }
        rv = write_set(sub, &ex->sets[i]);
        if (rv < 0)
            goto out;
        close(sub);
        sub = -1;
    }
    rv = write_set(sfd, &ex->sets[0]);
out:
    if (sub >= 0)
        close(sub);
    close(sfd);
    return rv;
}

/* Make @name a link to @target by renaming a new link over it. */
static int set_link(int dfd, const char *name, const char *target)
{
    if (link_is(dfd, name, target))
        return 0;
    unlinkat(dfd, CURRENT_TMP, 0);
    if (symlinkat(target, dfd, CURRENT_TMP) < 0 ||
        renameat(dfd, CURRENT_TMP, dfd, name) < 0)
        return -errno;
    return 0;
}

/* After the switch to version @now: remove versions older than the one
 * before it, and links to key specs that are gone. */
static void tidy(int dfd, unsigned long now, const struct export *ex)
{
    int fd = dup(dfd);
    DIR *dir = fd >= 0 ? fdopendir(fd) : NULL;
    struct dirent *e;
    char target[320];

    if (!dir) {
        if (fd >= 0)
            close(fd);
        return;
    }
    while ((e = readdir(dir))) {
        unsigned long v = version_of(e->d_name);
        bool keep = false;
        if (v && v + 1 < now) {
            remove_version(dfd, e->d_name);
            continue;
        }
        if (v || e->d_name[0] == '.')
            continue;
        snprintf(target, sizeof(target), CURRENT "/%s", e->d_name);
        if (!link_is(dfd, e->d_name, target))
            continue; /* not ours */
        for (int f = 0; f < F_COUNT; f++)
            keep = keep || !strcmp(e->d_name, files[f].name);
        for (size_t i = 0; ex->n > 1 && i < ex->n; i++)
            keep = keep || !strcmp(e->d_name, ex->sets[i].spec);
        if (!keep)
            unlinkat(dfd, e->d_name, 0);
    }
    closedir(dir);
}

/* Switch `current` to a new version holding @ex. */
static int publish(int dfd, const struct export *ex, const char *shown)
{
    unsigned long v = current_version(dfd);
    char name[64];
    int rv;

    v = v + 1 < 1000000000 ? v + 1 : 1;
    snprintf(name, sizeof(name), SET_PREFIX "%lu", v);
    rv = write_version(dfd, name, ex);
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "export: cannot write %s/%s", shown,
                  name);
        remove_version(dfd, name);
        return rv;
    }
    rv = set_link(dfd, CURRENT, name);
    if (rv == 0)
        rv = each_link(dfd, ex, set_link);
    if (rv == 0 && fsync(dfd) < 0)
        rv = -errno;
    if (rv < 0) {
        MDSHM_LOG(MDSHM_LOG_ERR, rv, "export: cannot switch %s to %s", shown,
                  name);
        return rv;
    }
    tidy(dfd, v, ex);
    return 0;
}

int mdshm__export_to(mdshm_store_t *st, const char *md, const char *dir,
                     const char *sub)
{
    struct export *ex = NULL;
    char shown[1024];
    int bfd = -1, dfd = -1, rv;

    if (!st || !is_component(md) || !dir || !*dir ||
        (sub && !is_component(sub)))
        return MDSHM_EBADINPUT;
    snprintf(shown, sizeof(shown), "%s%s%s", dir, sub ? "/" : "",
             sub ? sub : "");
    if (!(ex = calloc(1, sizeof(*ex))))
        return -ENOMEM;
    ex->md = md;
    rv = mdshm__read_once(st, load_fn, ex);
    if (rv < 0)
        goto out;
    rv = bfd = open_dir(AT_FDCWD, dir, dir);
    if (rv < 0)
        goto out;
    if (sub) {
        rv = dfd = open_dir(bfd, sub, shown);
        if (rv < 0)
            goto out;
    } else {
        dfd = bfd;
        bfd = -1;
    }
    if (flock(dfd, LOCK_EX) < 0) {
        rv = -errno;
        goto out;
    }
    rv = is_current(dfd, ex) ? 1 : publish(dfd, ex, shown);
out:
    if (dfd >= 0)
        close(dfd); /* releases the flock */
    if (bfd >= 0)
        close(bfd);
    for (size_t i = 0; ex && i < MDSHM_MAX_LIST; i++)
        pemset_clear(&ex->sets[i]);
    free(ex);
    return rv;
}

int mdshm_export(mdshm_store_t *st, const char *md, const char *dir)
{
    return mdshm__export_to(st, md, dir, NULL);
}
