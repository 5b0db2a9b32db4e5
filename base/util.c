/* util.c -- clocks, whole-file reads, hex, growable buffers. */
#include "base.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

int64_t mdshm__now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t mdshm__mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int mdshm__read_fd(int fd, size_t size, bool secret, uint8_t **out,
                   size_t *outlen)
{
    uint8_t *buf = malloc(size + 1);
    size_t got = 0;

    *out = NULL;
    *outlen = 0;
    if (!buf)
        return -ENOMEM;
    while (got < size) {
        ssize_t r = read(fd, buf + got, size - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            int rv = -errno;
            if (secret)
                explicit_bzero(buf, size + 1);
            free(buf);
            return rv;
        }
        if (r == 0)
            break; /* the file shrank: take what is there */
        got += (size_t)r;
    }
    buf[got] = 0; /* convenience for text parsers; not counted */
    *out = buf;
    *outlen = got;
    return 0;
}

int mdshm__read_file(const char *path, size_t max, uint8_t **out,
                     size_t *outlen)
{
    return mdshm__read_file_ex(path, 0, max, out, outlen);
}

int mdshm__read_file_ex(const char *path, int oflags, size_t max,
                        uint8_t **out, size_t *outlen)
{
    struct stat sb;
    int rv, fd;

    *out = NULL;
    *outlen = 0;
    /* O_NONBLOCK: opening a FIFO must not wait for a writer (it is then
     * refused as not a regular file); regular files ignore it. */
    fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | oflags);
    if (fd < 0)
        return -errno;
    if (fstat(fd, &sb) < 0)
        rv = -errno;
    else if (!S_ISREG(sb.st_mode))
        rv = MDSHM_EBADINPUT;
    else if ((uint64_t)sb.st_size > max)
        rv = MDSHM_ETOOBIG;
    else
        rv = mdshm__read_fd(fd, (size_t)sb.st_size, false, out, outlen);
    close(fd);
    return rv;
}

void mdshm__hex(const unsigned char *p, size_t n, char *out)
{
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[p[i] >> 4];
        out[2 * i + 1] = digits[p[i] & 15];
    }
    out[2 * n] = 0;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * algorithm): no timegm(), whose time zone handling is not thread-safe. */
int64_t mdshm__days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

int mdshm__buf_append(char **p, size_t *len, size_t *cap, size_t first,
                      size_t max, const void *data, size_t n)
{
    if (n > max - *len)
        return MDSHM_ETOOBIG;
    if (*len + n + 1 > *cap) {
        size_t want = *cap ? *cap : first;
        char *grown;
        while (want < *len + n + 1)
            want *= 2;
        if (want > max + 1)
            want = max + 1;
        if (!(grown = realloc(*p, want)))
            return -ENOMEM;
        *p = grown;
        *cap = want;
    }
    memcpy(*p + *len, data, n);
    *len += n;
    (*p)[*len] = 0;
    return 0;
}
