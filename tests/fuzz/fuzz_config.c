/*
 * fuzz_config.c -- the configuration parser (mdshm.conf, mod_md's
 * directives).  Whatever parses must resolve every MD, and every name it
 * keeps must be a valid name in normal form (names reach file names, store
 * keys and hook argv).
 */
#include "fuzz.h"

#include <string.h>
#include <strings.h>

#define MDSHM__CONFIG_INTERNALS /* mdshm__parse_name */
#include "core/config.h"

static void names_ok(const mdshm_strlist_t *l)
{
    char norm[MDSHM_MAX_NAME_LEN + 1];

    for (size_t i = 0; i < l->n; i++) {
        const char *why = mdshm__parse_name(l->v[i], norm);

        fuzz_require(!why, "kept name '%s': %s", l->v[i], why);
        fuzz_require(!strcmp(norm, l->v[i]), "'%s' not in normal form",
                     l->v[i]);
    }
    fuzz_require(l->v == NULL || l->v[l->n] == NULL, "list not terminated");
}

static bool memmem_icase(const uint8_t *p, size_t n, const char *word)
{
    size_t k = strlen(word);

    for (size_t i = 0; i + k <= n; i++)
        if (!strncasecmp((const char *)p + i, word, k))
            return true;
    return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mdshm_config_t *cfg = NULL;
    mdshm_config_global_info_t g;

    fuzz_begin(size);
    /* Include reads the file system (anything a glob finds): not for a
     * fuzzer, whose runs must depend on the input only.  Include is
     * tested in tests/unit/test_config_include.c. */
    if (size >= 7 && memmem_icase(data, size, "include"))
        return 0;
    if (mdshm_config_parse((const char *)data, size, "fuzz.conf", &cfg) == 0) {
        size_t n = mdshm_config_md_count(cfg);

        for (size_t i = 0; i < n; i++) {
            mdshm_config_md_info_t info;

            fuzz_require(mdshm_config_md_info(cfg, i, &info) == 0, "md %zu",
                         i);
            fuzz_require(info.name && info.names.n > 0, "md %zu empty", i);
            fuzz_require(info.names.n <= MDSHM_MAX_NAMES, "md %zu: %zu names",
                         i, info.names.n);
            names_ok(&info.names);
        }
        fuzz_require(mdshm_config_md_info(cfg, n, &(mdshm_config_md_info_t){
                         0}) == MDSHM_ENOTFOUND,
                     "index past the end");
        mdshm_config_global_info(cfg, &g);
    } else {
        fuzz_require(cfg == NULL, "a failed parse hands out a config");
    }
    mdshm_config_free(cfg);
    return 0;
}
