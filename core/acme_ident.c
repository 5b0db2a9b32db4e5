/* acme_ident.c -- ACME identifiers (RFC 8555 7.1.3; IP identifiers RFC
 * 8738): a name classified as "dns" or "ip" and put in canonical form.
 * Apart from acme_order.c because CSRs (csr.c) classify their SANs the
 * same way, and a CSR sits below the order that sends it. */
#include "acme.h"
#include "idna.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <string.h>

int mdshm__acme_ident(const char *name, mdshm__acme_ident_t *out)
{
    unsigned char addr[16];
    char buf[256];
    bool bracketed = false;
    size_t n;

    if (!out)
        return -EINVAL;
    memset(out, 0, sizeof(*out));
    if (!name)
        return -EINVAL;
    n = strlen(name);
    if (n == 0 || n >= sizeof(buf))
        return MDSHM_EBADINPUT;
    memcpy(buf, name, n + 1);
    /* "[v6]" as in URLs */
    if (buf[0] == '[' && buf[n - 1] == ']') {
        memmove(buf, buf + 1, n - 2);
        buf[n - 2] = 0;
        bracketed = true;
    }
    if (inet_pton(AF_INET, buf, addr) == 1 ||
        inet_pton(AF_INET6, buf, addr) == 1) {
        int af = strchr(buf, ':') ? AF_INET6 : AF_INET;
        /* inet_ntop writes the canonical form: RFC 5952 for IPv6. */
        if (!inet_ntop(af, addr, out->value, sizeof(out->value)))
            return MDSHM_EBADINPUT;
        strcpy(out->type, "ip");
        return 0;
    }
    if (bracketed)
        return MDSHM_EBADINPUT; /* brackets are for IPv6 only */
    n = strlen(buf);
    if (n > 1 && buf[n - 1] == '.')
        buf[--n] = 0;
    if (n == 0 || n > MDSHM_MAX_NAME_LEN)
        return MDSHM_EBADINPUT;
    for (size_t i = 0, label = 0; i <= n; i++) {
        unsigned char c = (unsigned char)buf[i];
        if (c == '.' || c == 0) {
            if (label == 0 || label > 63 || buf[i - 1] == '-' ||
                mdshm__idna_label_problem(buf + i - label, label))
                return MDSHM_EBADINPUT;
            label = 0;
            continue;
        }
        if (c == '*' && !(i == 0 && buf[1] == '.'))
            return MDSHM_EBADINPUT; /* a wildcard only as "*.name" */
        if ((!isalnum(c) && c != '-' && c != '_' && c != '*') ||
            (c == '-' && label == 0)) /* "-x" would read as an option */
            return MDSHM_EBADINPUT;
        buf[i] = (char)tolower(c);
        label++;
    }
    strcpy(out->type, "dns");
    memcpy(out->value, buf, n + 1);
    return 0;
}
