#!/bin/sh
# test_damaged.sh -- a damaged data.mdb (TAP): every command refuses it with
# "store damaged" and exit 3, never dies of a signal, never offers or runs
# init over it; mdshm backup makes a sound copy while a writer writes.
#
# Run by tests/run.sh with MDSHM and MDSHM_HELPERS set.  The random-bytes
# campaign runs MDSHM_DAMAGE_TRIES tries (default 150) from seed
# MDSHM_DAMAGE_SEED (default: the time; printed, to replay a failure).

: "${MDSHM:?MDSHM must name the mdshm binary}"
: "${MDSHM_HELPERS:?MDSHM_HELPERS must name the test helper directory}"
H=$MDSHM_HELPERS

if ! command -v openssl >/dev/null 2>&1; then
    echo "1..0 # SKIP openssl command not found"
    exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-damaged.XXXXXX") || exit 1
writer_pid=
cleanup() {
    [ -n "$writer_pid" ] && kill "$writer_pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
umask 077
cd "$tmp" || exit 1
unset MDSHM_STORE

. "${MDSHM_SRCDIR:?MDSHM_SRCDIR must name the source tree}/tests/cli/tap.sh"
size_of() { wc -c <"$1" | tr -d ' '; }

# --- a store with records of every type ---------------------------------------

if ! openssl req -x509 -newkey rsa:2048 -nodes -keyout rsa.key -out rsa.pem \
        -days 30 -subj "/CN=rsa.example" \
        -addext "subjectAltName=DNS:rsa.example" 2>/dev/null ||
    ! openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
        -keyout ec.key -out ec.pem -days 90 -subj "/CN=ec.example" \
        -addext "subjectAltName=DNS:ec.example,DNS:www.ec.example" \
        2>/dev/null; then
    echo "Bail out! openssl could not make test certificates"
    exit 1
fi
good=$tmp/good
if ! "$MDSHM" --store "$good" init >/dev/null ||
    ! "$MDSHM" --store "$good" import rsa.example --cert rsa.pem \
        --key rsa.key >/dev/null ||
    ! "$MDSHM" --store "$good" import ec.example --cert ec.pem \
        --key ec.key >/dev/null ||
    ! "$H/put_records" "$good" rsa.example >/dev/null ||
    ! "$H/put_records" "$good" ec.example >/dev/null; then
    echo "Bail out! cannot make the test store"
    exit 1
fi
good_size=$(size_of "$good/data.mdb")

# damaged NAME: a fresh copy of the good store in $tmp/NAME
damaged() {
    rm -rf "$tmp/$1"
    cp -a "$good" "$tmp/$1"
    d=$tmp/$1
}

# refused STORE WHAT: every reading command exits 3 with "store damaged",
# and offers no init
refused() {
    for cmd in check dump status metrics; do
        run "$MDSHM" --store "$1" $cmd
        ok "$2: $cmd exits 3" rc_is 3
        ok "$2: $cmd says the store is damaged, offers no init" \
            both err_has "store damaged" err_lacks "mdshm --store $1 init"
    done
    cp "$1/data.mdb" before.mdb
    run "$MDSHM" --store "$1" init
    ok "$2: init refuses it (exit 3)" both rc_is 3 err_has "store damaged"
    ok "$2: init left data.mdb as it was" cmp -s before.mdb "$1/data.mdb"
}

# --- truncation ---------------------------------------------------------------

damaged t8k
truncate -s 8192 "$d/data.mdb"
refused "$d" "truncated to 8 KiB"
run "$MDSHM" --store "$d" check
ok "truncated to 8 KiB: check names the sizes" \
    err_has "data.mdb is 8192 bytes, its meta pages need $good_size"
ok "truncated to 8 KiB: check points to the recovery" \
    err_has "restore from backup (see docs/operations.md)"

damaged thalf
truncate -s $((good_size / 2)) "$d/data.mdb"
refused "$d" "truncated to half"

damaged t4k
truncate -s 4096 "$d/data.mdb"
refused "$d" "truncated inside meta page 1"

damaged tzero
truncate -s 0 "$d/data.mdb"
refused "$d" "truncated to 0 bytes"
run "$MDSHM" --store "$d" check
ok "0 bytes: check says the file is empty" err_has "data.mdb is empty"

# --- meta pages and the main database's root page -------------------------------

for page in 0 1; do
    damaged "meta$page"
    "$H/damage_store" meta-magic "$d/data.mdb" $page
    refused "$d" "meta page $page's magic damaged"
done

damaged mainroot
"$H/damage_store" main-root "$d/data.mdb" 0 >/dev/null
refused "$d" "the main database's root page zeroed"
run "$MDSHM" --store "$d" check
ok "damaged root page: not called 'not initialized'" \
    err_lacks "not initialized"

# A map size under LMDB's ceiling but more address space than a process
# has (a PIE program splits the 47-bit space; seed 1796570696 of the
# random campaign once wrote one): refused as damage, not a bare ENOMEM
damaged mapsize
"$H/damage_store" mapsize "$d/data.mdb" 0x700000000000
refused "$d" "a map size of 112 TiB"
run "$MDSHM" --store "$d" check
ok "a map size of 112 TiB: check names it" \
    err_has "map size 123145302310912, more address space than this process can map"

# a truly new store is still offered init
run "$MDSHM" --store "$tmp/new" check
ok "a store that does not exist: exit 1, init offered" \
    both rc_is 1 err_has "mdshm --store $tmp/new init"
mkdir -m 700 "$tmp/new"
run "$MDSHM" --store "$tmp/new" init
ok "init creates a new store in an empty directory" rc_is 0

# --- random bytes ----------------------------------------------------------------

tries=${MDSHM_DAMAGE_TRIES:-150}
seed=${MDSHM_DAMAGE_SEED:-$(date +%s)}
echo "# random-bytes campaign: $tries tries of 20 bytes from seed $seed"
bad=0
detected=0
i=0
campaign_bad() {
    bad=$((bad + 1))
    echo "#   seed $((seed + i)): $1 exited $rc"
    sed 's/^/#   stderr: /' err | head -n 3
}
while [ $i -lt "$tries" ]; do
    damaged rnd
    "$H/damage_store" random "$d/data.mdb" $((seed + i)) 20
    for cmd in check dump status; do
        "$MDSHM" --store "$d" $cmd >out 2>err
        rc=$?
        case $rc in
        0) ;;
        3) [ $cmd = check ] && detected=$((detected + 1)) ;;
        # a record version scribbled to a newer one: true, and not damage
        # that can be told from a newer mdshm's record
        1) grep -qF "version not supported" err || campaign_bad $cmd ;;
        *) campaign_bad $cmd ;;
        esac
    done
    i=$((i + 1))
done
echo "# check reported $detected of $tries damaged (exit 3)"
last="random bytes campaign"
rc=$bad
ok "random bytes ($tries tries, seed $seed): no signal, exit 0 or 3" \
    [ "$bad" -eq 0 ]

# --- backup ---------------------------------------------------------------------

damaged live
(
    while :; do
        "$H/put_records" "$d" rsa.example >/dev/null 2>&1
        "$H/put_records" "$d" ec.example >/dev/null 2>&1
    done
) &
writer_pid=$!
for k in 1 2 3; do
    run "$MDSHM" --store "$d" check
    ok "check $k of a live store while a writer writes: exit 0" \
        both rc_is 0 out_has " 0 corrupt"
    run "$MDSHM" --store "$d" backup "$tmp/backup$k"
    ok "backup $k while a writer writes: exit 0" both rc_is 0 out_has " 0 corrupt"
    run "$MDSHM" --store "$tmp/backup$k" check
    ok "backup $k: check on the copy passes" both rc_is 0 out_has "22 records, 0 corrupt"
done
kill "$writer_pid" 2>/dev/null
wait "$writer_pid" 2>/dev/null
writer_pid=
run "$MDSHM" --store "$tmp/backup1" dump
ok "the copy holds the records" both out_has "rsa.example" out_has "www.ec.example"
ok "the copy's directory is 0700, its data.mdb 0600" \
    [ "$(stat -c %a "$tmp/backup1")" = 700 ] && \
    [ "$(stat -c %a "$tmp/backup1/data.mdb")" = 600 ]
cp "$tmp/backup1/data.mdb" saved.mdb
"$H/put_records" "$d" rsa.example >/dev/null 2>&1 # the store moves on
run "$MDSHM" --store "$d" backup "$tmp/backup1"
ok "backup refuses an existing directory" \
    both rc_is 1 err_has "never overwrites"
ok "the refused backup left the old copy alone" \
    cmp -s saved.mdb "$tmp/backup1/data.mdb"
# restore: the copy's data.mdb in the damaged store's place
damaged restored
truncate -s 8192 "$d/data.mdb"
cp "$tmp/backup1/data.mdb" "$d/data.mdb"
run "$MDSHM" --store "$d" check
ok "a damaged store restored from the backup checks clean" \
    both rc_is 0 out_has "22 records, 0 corrupt"

echo "1..$n"
[ "$failed" -eq 0 ]
