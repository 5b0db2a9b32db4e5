/* devlog.c -- run a command with a private /dev/log and keep what it sends
 * to syslog.
 *
 *   devlog OUT CMD [ARG...]
 *
 * syslog(3) writes to /dev/log, and a test must not take over the host's:
 * so CMD runs in a private mount namespace (unshare(2), root only) whose
 * /dev is a copy of the real one (a tmpfs of bind mounts of its entries)
 * with /dev/log a socket this program listens on.  Nothing changes outside
 * the namespace, whether the host has a /dev/log or not.  Each datagram
 * received while CMD runs (and any still queued when it exits) is
 * appended to file OUT, followed by a NUL byte.  Exit status: CMD's (128 +
 * signal if killed); 77 without root or mount namespaces (a line on
 * stderr says why); 1 on a setup error.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#define SKIP 77

static char dir[] = "/tmp/mdshm-devlog.XXXXXX";

static void die(const char *what, const char *arg)
{
    fprintf(stderr, "devlog: %s %s: %s\n", what, arg ? arg : "",
            strerror(errno));
    _exit(1);
}

/* An empty file or directory at @dst with @src bind-mounted on it. */
static void bind_entry(const char *src, const char *dst, int type)
{
    int fd;

    if (type == S_IFDIR) {
        if (mkdir(dst, 0755) < 0)
            die("mkdir", dst);
    } else {
        if ((fd = open(dst, O_WRONLY | O_CREAT | O_EXCL, 0600)) < 0)
            die("create", dst);
        close(fd);
    }
    if (mount(src, dst, NULL, MS_BIND | MS_REC, NULL) < 0)
        die("bind mount", src);
}

/* In the child: the private /dev with our socket as /dev/log. */
static void private_dev(const char *sock)
{
    char newdev[64], src[512], dst[512], link[PATH_MAX];
    struct dirent *e;
    struct stat sb;
    DIR *d;
    ssize_t n;

    if (unshare(CLONE_NEWNS) < 0) {
        fprintf(stderr, "devlog: SKIP: no private mount namespace "
                        "(unshare: %s)\n", strerror(errno));
        _exit(SKIP);
    }
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0)
        die("make mounts private", "/");
    snprintf(newdev, sizeof(newdev), "%s/dev", dir);
    if (mkdir(newdev, 0755) < 0 ||
        mount("tmpfs", newdev, "tmpfs", MS_NOSUID, "mode=755") < 0)
        die("tmpfs on", newdev);
    if (!(d = opendir("/dev")))
        die("opendir", "/dev");
    while ((e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..") ||
            !strcmp(e->d_name, "log"))
            continue;
        snprintf(src, sizeof(src), "/dev/%s", e->d_name);
        snprintf(dst, sizeof(dst), "%s/%s", newdev, e->d_name);
        if (lstat(src, &sb) < 0)
            continue; /* gone meanwhile */
        if (S_ISLNK(sb.st_mode)) {
            if ((n = readlink(src, link, sizeof(link) - 1)) < 0)
                die("readlink", src);
            link[n] = '\0';
            if (symlink(link, dst) < 0)
                die("symlink", dst);
            continue;
        }
        bind_entry(src, dst, S_ISDIR(sb.st_mode) ? S_IFDIR : S_IFREG);
    }
    closedir(d);
    snprintf(dst, sizeof(dst), "%s/log", newdev);
    bind_entry(sock, dst, S_IFSOCK);
    if (mount(newdev, "/dev", NULL, MS_MOVE, NULL) < 0)
        die("move the new /dev onto", "/dev");
}

/* Append every datagram waiting on @fd to @out; 0 or -1. */
static int drain(int fd, FILE *out)
{
    char buf[65536];
    ssize_t n;

    while ((n = recv(fd, buf, sizeof(buf), MSG_DONTWAIT)) >= 0) {
        if (fwrite(buf, 1, (size_t)n, out) != (size_t)n || fputc(0, out) < 0)
            return -1;
    }
    return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
}

int main(int argc, char **argv)
{
    struct sockaddr_un sa = {.sun_family = AF_UNIX};
    struct pollfd pfd;
    int fd, status = 0, rc = 1;
    pid_t pid, w = 0;
    FILE *out;

    if (argc < 3) {
        fprintf(stderr, "usage: devlog OUT CMD [ARG...]\n");
        return 2;
    }
    if (geteuid() != 0) {
        fprintf(stderr, "devlog: SKIP: needs root (a private mount "
                        "namespace to put a socket on /dev/log)\n");
        return SKIP;
    }
    if (!mkdtemp(dir))
        die("mkdtemp", dir);
    if (!(out = fopen(argv[1], "w")))
        die("open", argv[1]);
    snprintf(sa.sun_path, sizeof(sa.sun_path), "%s/log", dir);
    fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 ||
        chmod(sa.sun_path, 0666) < 0)
        die("listen on", sa.sun_path);
    fflush(stdout);
    fflush(stderr);
    if ((pid = fork()) < 0)
        die("fork", NULL);
    if (pid == 0) {
        private_dev(sa.sun_path);
        execvp(argv[2], argv + 2);
        die("exec", argv[2]);
    }
    pfd.fd = fd;
    pfd.events = POLLIN;
    /* Read while it runs (a full queue would block its syslog calls),
     * then what was queued before it exited. */
    while ((w = waitpid(pid, &status, WNOHANG)) == 0) {
        if (poll(&pfd, 1, 100) > 0 && drain(fd, out) < 0)
            goto out;
    }
    if (w < 0 || drain(fd, out) < 0)
        goto out;
    rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
out:
    if (fclose(out) != 0 && rc == 0)
        rc = 1;
    unlink(sa.sun_path);
    snprintf(sa.sun_path, sizeof(sa.sun_path), "%s/dev", dir);
    rmdir(sa.sun_path);
    rmdir(dir);
    return rc;
}
