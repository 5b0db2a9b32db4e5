#!/bin/sh
# test_schema.sh -- the record tables of shm/record.c are the one
# description of the store's records: hold docs/store.md and the record
# structs of core/mdshm.h to them (TAP).
#
#  - docs/store.md's record tables (between the "record tables" markers)
#    are exactly what `record_schema docs` prints: a field added to the
#    table but not to the docs fails, and so does a field the docs list
#    that the table does not have (or any other difference);
#  - every member of every record struct in core/mdshm.h is a field's value
#    or array count in the table, and every member the table names exists:
#    a member added to a struct but forgotten in the codec (and so in dump,
#    docs and tests, which all read the table) fails;
#  - where a stored key is not the member's name (md "ca" is ca_urls),
#    core/mdshm.h says so at the member ('stored as "ca"').
#
# Run by tests/run.sh with MDSHM_HELPERS and MDSHM_SRCDIR set.

: "${MDSHM_HELPERS:?MDSHM_HELPERS must name the test helper directory}"
: "${MDSHM_SRCDIR:?MDSHM_SRCDIR must name the source tree}"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-schema.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
. "$MDSHM_SRCDIR/tests/cli/tap.sh"

schema=$MDSHM_HELPERS/record_schema
doc=$MDSHM_SRCDIR/docs/store.md
header=$MDSHM_SRCDIR/core/mdshm.h

# The docs' tables, without the marker lines.
sed -n '/^<!-- record tables: begin/,/^<!-- record tables: end/p' "$doc" |
    sed '1d;$d' >doc_tables

run "$schema" docs
cp out table_docs
ok "record_schema docs exits 0" rc_is 0
ok "docs/store.md has the record tables between their markers" \
    test -s doc_tables
# "RECORD: `key`" for every row of the tables in file $1.
fields() { awk '/^#### /{t=substr($0, 6)} /^\| `/{print t": "$2}' "$1" |
    sort; }
# On a difference: which fields differ, then the whole diff.
docs_match() {
    diff -u doc_tables table_docs >tables.diff && return 0
    fields table_docs >in_table
    fields doc_tables >in_docs
    comm -23 in_table in_docs |
        sed 's/^/#   field in the table, not in docs\/store.md: /'
    comm -13 in_table in_docs |
        sed 's/^/#   field in docs\/store.md, not in the table: /'
    echo "#   docs/store.md differs from shm/record.c's record tables;" \
        "paste the output of build/tests/helpers/record_schema docs" \
        "between the markers:"
    sed 's/^/#   /' tables.diff | head -n 40
    return 1
}
ok "docs/store.md's record tables are the record table's" docs_match

# Members of the record structs in core/mdshm.h ("C_TYPE MEMBER"),
# comments stripped; array members by name.
awk '
    {
        line = ""
        while ($0 != "") {
            if (incomment) {
                i = index($0, "*/")
                if (!i) { $0 = ""; break }
                $0 = substr($0, i + 2); incomment = 0
            } else {
                i = index($0, "/*")
                if (!i) { line = line $0; $0 = ""; break }
                line = line substr($0, 1, i - 1)
                $0 = substr($0, i + 2); incomment = 1
            }
        }
        $0 = line
    }
    /^typedef struct mdshm_[a-z_]*(_rec|_entry) \{/ { body = 1; next }
    body && /^\}/ { t = $2; sub(/;.*/, "", t)
                    for (i = 1; i <= n; i++) print t, m[i]
                    body = 0; n = 0; next }
    body && /;/ { d = $0; sub(/;.*/, "", d); sub(/\[.*/, "", d)
                  k = split(d, w, " "); m[++n] = w[k] }
' "$header" | sort >struct_members
run "$schema" members
sort out >table_members
ok "record_schema members exits 0" rc_is 0
ok "core/mdshm.h has record structs" test -s struct_members
members_match() {
    cmp -s struct_members table_members && return 0
    comm -23 struct_members table_members |
        sed 's/^/#   member with no field in shm\/record.c: /'
    comm -13 struct_members table_members |
        sed 's/^/#   field member not in core\/mdshm.h: /'
    return 1
}
ok "every record struct member is a field of the record table" \
    members_match
# The types the table names are the structs found (nothing skipped).
ok "the table describes every record struct of core/mdshm.h" \
    test "$(cut -d' ' -f1 struct_members | sort -u)" = \
    "$(cut -d' ' -f1 table_members | sort -u)"

# core/mdshm.h says it where a stored key is not the member's name.
renamed_said() {
    awk -F'|' '/^\| `/ { k = $2; m = $4; gsub(/[ `]/, "", k)
                        sub(/\(.*/, "", m); gsub(/[ `]/, "", m)
                        if (k != m) print k, m }' table_docs >renamed
    test -s renamed || return 1
    while read -r key member; do
        grep -qE "[ *]$member(\[[A-Z_]*\])?;.*stored as \"$key\"" "$header" ||
            { echo "#   core/mdshm.h: $member lacks 'stored as \"$key\"'"
              return 1; }
    done <renamed
}
ok "core/mdshm.h names the stored key of every member stored under another" \
    renamed_said

echo "1..$n"
[ "$failed" -eq 0 ]
