#!/bin/sh
# check-symbols.sh -- libmdshm.a may define only mdshm_* global symbols.
#
# Usage: sh tests/check-symbols.sh [libmdshm.a]
#
# Public API is mdshm_*; internal non-static functions are mdshm__* and must
# be hidden (-fvisibility=hidden / MDSHM_HIDDEN), so they never reach the
# dynamic symbol table of a module that links the library.  Anything else
# (a missing "static", a stray helper) could clash inside httpd or nginx.

lib=${1:-libmdshm.a}
NM=${NM:-nm}
READELF=${READELF:-readelf}

if [ ! -f "$lib" ]; then
    echo "check-symbols: $lib not found (run make first)" >&2
    exit 1
fi

syms=$($NM -g --defined-only "$lib") || {
    echo "check-symbols: $NM -g --defined-only $lib failed" >&2
    exit 1
}

# "object.o:" headers, then "VALUE TYPE NAME" lines.
bad=$(printf '%s\n' "$syms" | awk '
    /:$/            { obj = substr($0, 1, length($0) - 1); next }
    NF >= 3 && $NF !~ /^mdshm_/ { printf "  %s: %s (%s)\n", obj, $NF, $(NF-1) }')

status=0
total=$(printf '%s\n' "$syms" | awk 'NF >= 3' | wc -l)
internal=$(printf '%s\n' "$syms" | awk 'NF >= 3 && $NF ~ /^mdshm__/' | wc -l)
if [ -n "$bad" ]; then
    echo "check-symbols: global symbols without the mdshm_ prefix in $lib:"
    printf '%s\n' "$bad"
    echo "(make them static, or name them mdshm__* and mark them MDSHM_HIDDEN)"
    status=1
fi

# Internal mdshm__* symbols must not have default visibility.
if command -v "$READELF" >/dev/null 2>&1; then
    leaked=$($READELF -sW "$lib" | awk '
        /^File: / { obj = $2; next }
        ($5 == "GLOBAL" || $5 == "WEAK") && $6 == "DEFAULT" &&
            $7 != "UND" && $8 ~ /^mdshm__/ { printf "  %s: %s\n", obj, $8 }')
    if [ -n "$leaked" ]; then
        echo "check-symbols: internal symbols with default visibility:"
        printf '%s\n' "$leaked"
        echo "(mark them MDSHM_HIDDEN; only public API is MDSHM_API)"
        status=1
    fi
fi

if [ "$status" -eq 0 ]; then
    echo "check-symbols: $lib: $total global symbols, all mdshm_*" \
        "($internal internal mdshm__*, hidden)"
fi
exit $status
