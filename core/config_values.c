/* config_values.c -- the value syntaxes of mdshm.conf: durations, windows,
 * on/off, domain names and addresses, URLs, key specs, CA names, e-mail
 * addresses; and formatting durations and windows back to text.
 *
 * Parsers return NULL on success or a static text saying what is expected;
 * the caller puts the directive and the argument in front of it.
 */
#define MDSHM__CONFIG_INTERNALS
#include "config.h"
#include "idna.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MS_SECOND INT64_C(1000)
#define MS_MINUTE (60 * MS_SECOND)
#define MS_HOUR (60 * MS_MINUTE)
#define MS_DAY (24 * MS_HOUR)

static const char duration_expected[] =
    "expected a duration: a whole number with unit d, h, mi, s or ms "
    "(e.g. 30d, 12h, 90mi, 45s, 500ms)";

/* Milliseconds per @unit (case-insensitive); 0 if unknown. */
static int64_t unit_ms(const char *unit)
{
    if (!strcasecmp(unit, "d"))
        return MS_DAY;
    if (!strcasecmp(unit, "h"))
        return MS_HOUR;
    if (!strcasecmp(unit, "mi"))
        return MS_MINUTE;
    if (!strcasecmp(unit, "s"))
        return MS_SECOND;
    if (!strcasecmp(unit, "ms"))
        return 1;
    return 0;
}

const char *mdshm__parse_duration(const char *s, const char *def_unit,
                                  int64_t *ms)
{
    int64_t v = 0, mul;
    const char *p = s;

    if (*p == '-')
        return "a duration must not be negative";
    if (!isdigit((unsigned char)*p))
        return duration_expected;
    for (; isdigit((unsigned char)*p); p++) {
        int d = *p - '0';
        if (v > (INT64_MAX - d) / 10)
            return "duration too large";
        v = v * 10 + d;
    }
    mul = unit_ms(*p ? p : def_unit);
    if (!mul)
        return duration_expected;
    if (v > INT64_MAX / mul)
        return "duration too large";
    *ms = v * mul;
    return NULL;
}

const char *mdshm__parse_window(const char *s, mdshm__window_t *w)
{
    size_t n = strlen(s);
    int64_t permille = 0;
    const char *p = s;
    const char *err;

    if (n > 0 && s[n - 1] == '%') {
        if (*p == '-')
            return "a percentage must not be negative";
        if (!isdigit((unsigned char)*p))
            goto bad;
        for (; isdigit((unsigned char)*p); p++) {
            permille = permille * 10 + (*p - '0');
            if (permille >= 100000)
                return "a percentage must be below 100%";
        }
        permille *= 10;
        if (*p == '.') {
            p++;
            if (!isdigit((unsigned char)*p))
                goto bad;
            permille += *p++ - '0';
        }
        if (*p != '%' || p[1])
            goto bad;
        if (permille >= 1000)
            return "a percentage must be below 100%";
        w->percent = true;
        w->value = permille;
        return NULL;
    }
    err = mdshm__parse_duration(s, "d", &w->value);
    if (err && err != duration_expected)
        return err;
    if (err)
        goto bad;
    w->percent = false;
    return NULL;
bad:
    return "expected a duration (e.g. 30d, 12h; unit d, h, mi, s or ms) or "
           "a percentage below 100% (e.g. 33%, 12.5%)";
}

const char *mdshm__parse_on_off(const char *s, bool *v)
{
    if (!strcasecmp(s, "on")) {
        *v = true;
        return NULL;
    }
    if (!strcasecmp(s, "off")) {
        *v = false;
        return NULL;
    }
    return "expected 'on' or 'off'";
}

/* ------------------------------------------------------------------------
 * Names
 * ---------------------------------------------------------------------- */

/* Check the DNS name @s (no wildcard) and append it in lower case to
 * @out. */
static const char *dns_name(const char *s, char *out)
{
    size_t label = 0, i;
    bool numeric = true; /* the current label is all digits */
    const char *why;

    if (!*s)
        return "empty name";
    for (i = 0; s[i]; i++) {
        unsigned char c = (unsigned char)s[i];

        if (c == '.') {
            if (label == 0)
                return "empty label ('..' or a leading '.')";
            if (s[i - 1] == '-')
                return "a label must not end with '-'";
            why = mdshm__idna_label_problem(s + i - label, label);
            if (why)
                return why;
            label = 0;
            numeric = true;
        } else if (isalnum(c) || c == '-') {
            if (c == '-' && label == 0)
                return "a label must not start with '-'";
            if (!isdigit(c))
                numeric = false;
            if (++label > 63)
                return "a label is longer than 63 characters";
        } else if (c == '*') {
            return "a wildcard '*' is only allowed as the whole leftmost "
                   "label, as in '*.example.org'";
        } else {
            return "invalid character: names have letters, digits, '-' "
                   "and '.'";
        }
        out[i] = (char)tolower(c);
    }
    out[i] = 0;
    if (label == 0)
        return "a name must not end with '.'";
    if (s[i - 1] == '-')
        return "a label must not end with '-'";
    why = mdshm__idna_label_problem(s + i - label, label);
    if (why)
        return why;
    if (numeric)
        return "the last label must not be all digits (not an IPv4 address)";
    return NULL;
}

const char *mdshm__parse_name(const char *s, char *out)
{
    size_t n = strlen(s);
    unsigned char addr[16];
    char buf[INET6_ADDRSTRLEN];

    if (n == 0)
        return "empty name";
    if (n > MDSHM_MAX_NAME_LEN)
        return "a name is longer than 253 characters";
    if (strchr(s, ':')) {
        if (inet_pton(AF_INET6, s, addr) != 1 ||
            !inet_ntop(AF_INET6, addr, buf, sizeof(buf)))
            return "not a valid IPv6 address";
        memcpy(out, buf, strlen(buf) + 1);
        return NULL;
    }
    if (strspn(s, "0123456789.") == n) {
        if (inet_pton(AF_INET, s, addr) != 1 ||
            !inet_ntop(AF_INET, addr, buf, sizeof(buf)))
            return "not a valid IPv4 address";
        memcpy(out, buf, strlen(buf) + 1);
        return NULL;
    }
    if (s[0] == '*' && s[1] == '.') {
        out[0] = '*';
        out[1] = '.';
        return dns_name(s + 2, out + 2);
    }
    return dns_name(s, out);
}

const char *mdshm__check_url(const char *s)
{
    const char *host;
    size_t hostlen;

    if (!strncasecmp(s, "https://", 8))
        host = s + 8;
    else if (!strncasecmp(s, "http://", 7))
        host = s + 7;
    else
        return "expected an http: or https: URL";
    for (const char *p = s; *p; p++)
        if ((unsigned char)*p <= ' ' || *p == 0x7f)
            return "a URL must not contain spaces or control characters";
    hostlen = strcspn(host, "/?#");
    if (hostlen == 0 || host[0] == '@' || host[hostlen - 1] == '@' ||
        host[0] == ':')
        return "the URL has no host";
    return NULL;
}

/* ------------------------------------------------------------------------
 * Key specs, CAs, contacts
 * ---------------------------------------------------------------------- */

static bool all_digits(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s))
            return false;
    return true;
}

static const char *rsa_spec(const char *bits, const char **spec)
{
    long v;

    if (!all_digits(bits) || strlen(bits) > 6)
        return "expected RSA key bits: 2048, 3072 or 4096";
    v = strtol(bits, NULL, 10);
    if (v < 2048)
        return "RSA keys need at least 2048 bits";
    switch (v) {
    case 2048: *spec = "rsa2048"; return NULL;
    case 3072: *spec = "rsa3072"; return NULL;
    case 4096: *spec = "rsa4096"; return NULL;
    default: return "RSA key sizes supported: 2048, 3072, 4096";
    }
}

const char *mdshm__parse_key_spec(const char *type, const char *rsa_bits,
                                  const char **spec, bool *used)
{
    *used = false;
    if (!strcasecmp(type, "RSA")) {
        if (rsa_bits && all_digits(rsa_bits)) {
            *used = true;
            return rsa_spec(rsa_bits, spec);
        }
        *spec = "rsa2048";
        return NULL;
    }
    if (!strncasecmp(type, "RSA", 3) && isdigit((unsigned char)type[3]))
        return rsa_spec(type + 3, spec);
    if (!strcasecmp(type, "secp256r1") || !strcasecmp(type, "P-256") ||
        !strcasecmp(type, "prime256v1")) {
        *spec = "secp256r1";
        return NULL;
    }
    if (!strcasecmp(type, "secp384r1") || !strcasecmp(type, "P-384")) {
        *spec = "secp384r1";
        return NULL;
    }
    return "expected a key type: Default, RSA [2048|3072|4096], RSA3072, "
           "RSA4096, secp256r1 (P-256) or secp384r1 (P-384)";
}

static const struct {
    const char *name;
    const char *url;
} known_cas[] = {
    {"LetsEncrypt", MDSHM__CA_LETSENCRYPT},
    {"LetsEncrypt-Test", MDSHM__CA_LETSENCRYPT_TEST},
    {"Buypass", MDSHM__CA_BUYPASS},
    {"Buypass-Test", MDSHM__CA_BUYPASS_TEST},
};

const char *mdshm__parse_ca(const char *s, const char **url)
{
    for (size_t i = 0; i < sizeof(known_cas) / sizeof(known_cas[0]); i++) {
        if (!strcasecmp(s, known_cas[i].name)) {
            *url = known_cas[i].url;
            return NULL;
        }
    }
    if (mdshm__check_url(s))
        return "expected an ACME directory URL (http: or https:) or one of "
               "LetsEncrypt, LetsEncrypt-Test, Buypass, Buypass-Test";
    *url = s;
    return NULL;
}

const char *mdshm__check_email(const char *s)
{
    const char *at, *dom;

    if (!strncasecmp(s, "mailto:", 7))
        s += 7;
    for (const char *p = s; *p; p++)
        if ((unsigned char)*p <= ' ' || *p == 0x7f)
            goto bad;
    at = strrchr(s, '@');
    if (!at || at == s || !at[1])
        goto bad;
    dom = at + 1;
    if (*dom == '.' || *dom == '-')
        goto bad;
    for (const char *p = dom; *p; p++) {
        if (!isalnum((unsigned char)*p) && *p != '.' && *p != '-')
            goto bad;
        if (*p == '.' && (p[1] == '.' || !p[1]))
            goto bad;
    }
    return NULL;
bad:
    return "expected an e-mail address (user@example.org)";
}

/* ------------------------------------------------------------------------
 * Formatting
 * ---------------------------------------------------------------------- */

char *mdshm__config_fmt_duration(int64_t ms, char *buf, size_t size)
{
    static const struct {
        int64_t ms;
        const char *unit;
    } units[] = {
        {MS_DAY, "d"}, {MS_HOUR, "h"}, {MS_MINUTE, "mi"}, {MS_SECOND, "s"},
    };
    const char *sign = "";
    uint64_t v;

    if (!buf || size == 0)
        return buf;
    if (ms == 0) {
        snprintf(buf, size, "0s");
        return buf;
    }
    if (ms < 0) {
        sign = "-";
        v = (uint64_t)(-(ms + 1)) + 1; /* INT64_MIN too */
    } else {
        v = (uint64_t)ms;
    }
    for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
        if (v % (uint64_t)units[i].ms == 0) {
            snprintf(buf, size, "%s%" PRIu64 "%s", sign,
                     v / (uint64_t)units[i].ms, units[i].unit);
            return buf;
        }
    }
    snprintf(buf, size, "%s%" PRIu64 "ms", sign, v);
    return buf;
}

char *mdshm__config_fmt_window(const mdshm__window_t *w, char *buf,
                               size_t size)
{
    if (!buf || size == 0)
        return buf;
    if (!w) {
        snprintf(buf, size, "-");
        return buf;
    }
    if (!w->percent)
        return mdshm__config_fmt_duration(w->value, buf, size);
    if (w->value % 10 == 0)
        snprintf(buf, size, "%" PRId64 "%%", w->value / 10);
    else
        snprintf(buf, size, "%" PRId64 ".%" PRId64 "%%", w->value / 10,
                 w->value % 10);
    return buf;
}

int64_t mdshm__config_window_ms(const mdshm__window_t *w, int64_t lifetime_ms)
{
    if (!w)
        return 0;
    if (!w->percent)
        return w->value;
    if (lifetime_ms <= 0)
        return 0;
    /* lifetime / 1000 * permille without overflow for any lifetime */
    return lifetime_ms / 1000 * w->value + lifetime_ms % 1000 * w->value / 1000;
}
