/* mod_mdshm.c -- the module record: mod_mdshm replaces mod_md (same
 * directives) with mdshm's store, read lock-free by every child, and one
 * elected child driving ACME and OCSP (docs/httpd.md). */
#include "mod_mdshm.h"

mdshm_h_state_t mdshm_h;

static void register_hooks(apr_pool_t *p)
{
    (void)p;
    mdshm_h_process_hooks();
    mdshm_h_ssl_hooks();
    mdshm_h_request_hooks();
    mdshm_h_redirect_hooks();
    mdshm_h_certificate_status_hooks();
    mdshm_h_status_page_hooks();
}

AP_DECLARE_MODULE(mdshm) = {
    STANDARD20_MODULE_STUFF,
    NULL,           /* per-directory config */
    NULL,           /* merge per-directory */
    NULL,           /* per-server config: the directives are global */
    NULL,           /* merge per-server */
    mdshm_h_cmds,
    register_hooks,
#if defined(AP_MODULE_FLAG_ALWAYS_MERGE)
    AP_MODULE_FLAG_NONE
#endif
};
