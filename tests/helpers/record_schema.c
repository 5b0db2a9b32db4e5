/* record_schema.c -- test helper: print the record tables of shm/record.c
 * (record_schema.h), the one description of the store's records, so that
 * tests/cli/test_schema.sh can hold docs/store.md and core/mdshm.h to it.
 *
 *   record_schema docs      the Markdown record tables of docs/store.md
 *   record_schema members   "C_TYPE MEMBER" for every C member a field
 *                           uses (value and array count), nested ones too
 *   record_schema keys      "RECORD: KEY" for every stored key, nested
 *                           ones too (what `mdshm dump` must show)
 *
 * Exit 0, 2 on bad usage.
 */
#include "mdshm.h"
#include "record_schema.h"

#include <stdio.h>
#include <string.h>

/* The type column: msgpack type, limits, unit. */
static void type_text(const mdshm__rec_field_t *f, char *buf, size_t size)
{
    static const char *const kinds[] = {
        [MDSHM__K_U32] = "u32", [MDSHM__K_U64] = "u64",
        [MDSHM__K_I32] = "i32", [MDSHM__K_I64] = "i64",
        [MDSHM__K_BOOL] = "bool",
    };
    unsigned show = f->doc->show;

    switch ((mdshm__kind_t)f->kind) {
    case MDSHM__K_STR:
        snprintf(buf, size, "str ≤ %u", (unsigned)f->maxlen);
        return;
    case MDSHM__K_BIN:
        snprintf(buf, size, "bin ≤ %u", (unsigned)f->maxlen);
        return;
    case MDSHM__K_SHA256:
        snprintf(buf, size, "bin, 0 or 32 bytes");
        return;
    case MDSHM__K_STR_ARRAY:
        snprintf(buf, size, "[str ≤ %u] ≤ %u", (unsigned)f->maxlen,
                 (unsigned)f->maxn);
        return;
    case MDSHM__K_BIN_ARRAY:
        snprintf(buf, size, "[bin ≤ %u] ≤ %u", (unsigned)f->maxlen,
                 (unsigned)f->maxn);
        return;
    case MDSHM__K_MAP_ARRAY:
        snprintf(buf, size, "[map: %s] ≤ %u", f->sub->what,
                 (unsigned)f->maxn);
        return;
    default:
        break;
    }
    snprintf(buf, size, "%s%s", kinds[f->kind],
             show == MDSHM__SHOW_MS  ? ", unix ms"
             : show == MDSHM__SHOW_S ? ", unix s"
                                     : "");
}

static void print_table(const mdshm__rec_table_t *t)
{
    char type[128];

    printf("#### %s\n\n`%s`\n\n", t->what, t->ctype);
    printf("| key | type | C member | meaning |\n|---|---|---|---|\n");
    for (uint32_t i = 0; i < t->n; i++) {
        const mdshm__rec_field_t *f = &t->f[i];
        const mdshm__field_doc_t *d = f->doc;

        type_text(f, type, sizeof(type));
        printf("| `%s` | %s | `%s`", f->key, type, d->member);
        if (d->count)
            printf(" (count `%s`)", d->count);
        printf(" | %s", d->meaning);
        for (uint32_t v = 0; d->values && d->values[v]; v++)
            printf("%s%u %s", v ? ", " : ": ", (unsigned)v, d->values[v]);
        printf(" |\n");
    }
    printf("\n");
    for (uint32_t i = 0; i < t->n; i++)
        if (t->f[i].sub)
            print_table(t->f[i].sub);
}

static void print_members(const mdshm__rec_table_t *t)
{
    for (uint32_t i = 0; i < t->n; i++) {
        const mdshm__field_doc_t *d = t->f[i].doc;
        printf("%s %s\n", t->ctype, d->member);
        if (d->count)
            printf("%s %s\n", t->ctype, d->count);
    }
    for (uint32_t i = 0; i < t->n; i++)
        if (t->f[i].sub)
            print_members(t->f[i].sub);
}

static void print_keys(const mdshm__rec_table_t *t)
{
    for (uint32_t i = 0; i < t->n; i++)
        printf("%s: %s\n", t->what, t->f[i].key);
    for (uint32_t i = 0; i < t->n; i++)
        if (t->f[i].sub)
            print_keys(t->f[i].sub);
}

int main(int argc, char **argv)
{
    static const struct {
        const char *name;
        void (*print)(const mdshm__rec_table_t *t);
    } modes[] = {{"docs", print_table},
                 {"members", print_members},
                 {"keys", print_keys}};

    for (size_t m = 0; argc == 2 && m < sizeof(modes) / sizeof(modes[0]);
         m++) {
        if (strcmp(argv[1], modes[m].name))
            continue;
        for (int t = 0; t < MDSHM_REC_COUNT; t++)
            modes[m].print(mdshm__record_table((mdshm_rec_type_t)t));
        return 0;
    }
    fprintf(stderr, "usage: record_schema docs|members|keys\n");
    return 2;
}
