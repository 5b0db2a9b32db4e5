#!/bin/sh
# check-symbols.sh -- libmdshm.a may define only mdshm_* global symbols,
# and its public ones are exactly the pinned list of the public API.
#
# Usage: sh tests/check-symbols.sh [libmdshm.a [public-api.txt [mdshm.h
#                                    [libmdshm.so]]]]
#
# Public API is mdshm_*; internal non-static functions are mdshm__* and must
# be hidden (-fvisibility=hidden / MDSHM_HIDDEN), so they never reach the
# dynamic symbol table of a module that links the library.  Anything else
# (a missing "static", a stray helper) could clash inside httpd or nginx.
#
# The public functions are a contract (docs/api.md): the mdshm_* functions
# the library defines, and those core/mdshm.h declares MDSHM_API, must both
# be the list in tests/public-api.txt, and each declaration must have its
# documentation comment right above it.  So adding, removing or forgetting
# to hide a public function fails here until it is done on purpose.
#
# The shared library (by default libmdshm.so next to libmdshm.a, checked
# when it exists) must export exactly that list in its dynamic symbol
# table, each name at the version node MDSHM_<soversion> of the version
# script the Makefile writes from the list (build/mdshm.map).

here=$(dirname "$0")
lib=${1:-libmdshm.a}
list=${2:-$here/public-api.txt}
header=${3:-$here/../core/mdshm.h}
so=${4:-$(dirname "$lib")/libmdshm.so}
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

# Public names (one underscore) must be exported: a hidden mdshm_x is an
# internal function that kept its public name.
if command -v "$READELF" >/dev/null 2>&1; then
    hidden=$($READELF -sW "$lib" | awk '
        /^File: / { obj = $2; next }
        ($5 == "GLOBAL" || $5 == "WEAK") && $6 != "DEFAULT" &&
            $7 != "UND" && $8 ~ /^mdshm_[^_]/ { printf "  %s: %s\n", obj, $8 }')
    if [ -n "$hidden" ]; then
        echo "check-symbols: hidden symbols with a public name (mdshm_x):"
        printf '%s\n' "$hidden"
        echo "(an internal function is named mdshm__x: rename it, or make it" \
             "public: docs/api.md)"
        status=1
    fi
fi

# --- the pinned public API ---------------------------------------------------

tmp=$(mktemp -d "${TMPDIR:-/tmp}/check-symbols.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
if [ ! -f "$list" ] || [ ! -f "$header" ]; then
    echo "check-symbols: $list or $header not found" >&2
    exit 1
fi
sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$list" | sort >"$tmp/list"
printf '%s\n' "$syms" | awk 'NF >= 3 && $NF ~ /^mdshm_[^_]/ { print $NF }' |
    sort -u >"$tmp/lib"
# Declarations: "MDSHM_API <type> name(" (the name may start the next line).
awk '/^MDSHM_API/ { d = $0; while (d !~ /\(/ && (getline l) > 0) d = d " " l
                    sub(/\(.*/, "", d); n = split(d, w, /[ *]+/); print w[n] }' \
    "$header" | sort >"$tmp/decl"

report() { # $1 file of names, $2 message
    if [ -s "$1" ]; then
        echo "check-symbols: $2"
        sed 's/^/  /' "$1"
        status=1
    fi
}
comm -23 "$tmp/lib" "$tmp/list" >"$tmp/d1"
report "$tmp/d1" "defined by $lib but not in $list:"
comm -13 "$tmp/lib" "$tmp/list" >"$tmp/d2"
report "$tmp/d2" "in $list but not defined by $lib:"
comm -23 "$tmp/decl" "$tmp/list" >"$tmp/d3"
report "$tmp/d3" "declared MDSHM_API in $header but not in $list:"
comm -13 "$tmp/decl" "$tmp/list" >"$tmp/d4"
report "$tmp/d4" "in $list but not declared MDSHM_API in $header:"

# The shared library: its defined dynamic symbols, without the version node
# symbols (type A); "name@@NODE" is the default version of name.
so_checked=
if [ -e "$so" ]; then
    dyn=$($NM -D --defined-only "$so") || {
        echo "check-symbols: $NM -D --defined-only $so failed" >&2
        exit 1
    }
    printf '%s\n' "$dyn" | awk 'NF >= 3 && $2 != "A" { print $3 }' |
        sed 's/@.*//' | sort -u >"$tmp/so"
    comm -23 "$tmp/so" "$tmp/list" >"$tmp/d5"
    report "$tmp/d5" "exported by $so but not in $list:"
    comm -13 "$tmp/so" "$tmp/list" >"$tmp/d6"
    report "$tmp/d6" "in $list but not exported by $so:"
    printf '%s\n' "$dyn" | awk 'NF >= 3 && $2 != "A" && $3 !~ /@@MDSHM_[0-9]+$/ {
        print $3 }' >"$tmp/d7"
    report "$tmp/d7" "exported by $so without the version node MDSHM_<n>:"
    so_checked=" and exported by $so"
fi
if [ -s "$tmp/d1" ] || [ -s "$tmp/d2" ] || [ -s "$tmp/d3" ] ||
   [ -s "$tmp/d4" ] || [ -s "$tmp/d5" ] || [ -s "$tmp/d6" ]; then
    echo "(every public function is a promise to keep, docs/api.md: a new" \
         "one is declared MDSHM_API in core/mdshm.h with its documentation" \
         "and added to $list and docs/api.md; one that only the library," \
         "the drive or the tests need is named mdshm__x, marked" \
         "MDSHM_HIDDEN and declared in its layer's header; removing a" \
         "public one breaks the contract)"
fi

# Each declaration is documented: a comment ends on the line above it.
undoc=$(awk '/^MDSHM_API/ && prev !~ /\*\/[ \t]*$/ {
                 d = $0; sub(/\(.*/, "", d); n = split(d, w, /[ *]+/)
                 print "  " w[n] }
             { prev = $0 }' "$header")
if [ -n "$undoc" ]; then
    echo "check-symbols: public functions without a documentation comment" \
         "right above their declaration in $header:"
    printf '%s\n' "$undoc"
    echo "(document parameters, return codes and ownership there)"
    status=1
fi

if [ "$status" -eq 0 ]; then
    echo "check-symbols: $lib: $total global symbols, all mdshm_*" \
        "($internal internal mdshm__*, hidden);" \
        "$(wc -l <"$tmp/list") public functions, as pinned in" \
        "$list$so_checked"
fi
exit $status
