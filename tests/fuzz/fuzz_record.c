/*
 * fuzz_record.c -- libFuzzer target: decode the input as every record type.
 *
 * make fuzz && ./build-fuzz/fuzz_record -max_total_time=60 CORPUS_DIR
 *
 * Whatever decodes must re-encode, and the re-encoding must decode and
 * re-encode to the same bytes (decode . encode is stable).  Views outside
 * the input are caught by ASan when the encoder copies them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "internal.h"

static mdshm_record_t rec, rec2;

static void check(int cond, const char *what, int type, int rv)
{
    if (!cond) {
        fprintf(stderr, "fuzz_record: type %d: %s (rv %d)\n", type, what, rv);
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_begin(size);
    for (int t = 0; t < MDSHM_REC_COUNT; t++) {
        uint8_t *e1 = NULL, *e2 = NULL;
        size_t n1 = 0, n2 = 0;
        int rv = mdshm_record_decode((mdshm_rec_type_t)t, data, size, &rec);

        if (rv) {
            check(rv == MDSHM_ECORRUPT || rv == MDSHM_EVERSION,
                  "unexpected decode error", t, rv);
            continue;
        }
        check(rec.type == (mdshm_rec_type_t)t, "type tag", t, 0);
        rv = mdshm__record_encode(&rec, &e1, &n1);
        if (rv == MDSHM_ETOOBIG) /* near 1 MiB input, re-encoded larger */
            continue;
        check(rv == 0, "re-encode", t, rv);
        rv = mdshm_record_decode((mdshm_rec_type_t)t, e1, n1, &rec2);
        check(rv == 0, "decode of re-encoding", t, rv);
        rv = mdshm__record_encode(&rec2, &e2, &n2);
        check(rv == 0, "second re-encode", t, rv);
        check(n1 == n2 && !memcmp(e1, e2, n1), "unstable encoding", t, 0);
        free(e1);
        free(e2);
    }
    return 0;
}
