/* crl_dp.c -- where a certificate's CRL is: its CRL distribution points.
 *
 * We fetch http:// only: RFC 5280 §4.2.1.13 CRLs are served over plain
 * HTTP (they are signed; https would need a chain that may itself need
 * the CRL), and ldap: is not supported (counted as skipped, shown in
 * status). */
#include "crl.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/x509v3.h>

int mdshm__crl_dp_urls(X509 *leaf, char **urls, size_t max, size_t *skipped)
{
    CRL_DIST_POINTS *dps =
        X509_get_ext_d2i(leaf, NID_crl_distribution_points, NULL, NULL);
    size_t n = 0;

    *skipped = 0;
    for (int i = 0; dps && i < sk_DIST_POINT_num(dps); i++) {
        DIST_POINT *dp = sk_DIST_POINT_value(dps, i);
        GENERAL_NAMES *names;
        if (!dp->distpoint || dp->distpoint->type != 0) {
            (*skipped)++; /* a relative name, or only a CRL issuer */
            continue;
        }
        names = dp->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); j++) {
            GENERAL_NAME *gn = sk_GENERAL_NAME_value(names, j);
            const ASN1_IA5STRING *u;
            if (gn->type != GEN_URI)
                continue;
            u = gn->d.uniformResourceIdentifier;
            if (u->length < 8 || strncasecmp((const char *)u->data,
                                             "http://", 7) != 0 ||
                memchr(u->data, 0, (size_t)u->length) || n >= max) {
                (*skipped)++;
                continue;
            }
            if (!(urls[n] = strndup((const char *)u->data,
                                    (size_t)u->length))) {
                while (n)
                    free(urls[--n]);
                CRL_DIST_POINTS_free(dps);
                return -ENOMEM;
            }
            n++;
        }
    }
    CRL_DIST_POINTS_free(dps);
    return (int)n;
}
