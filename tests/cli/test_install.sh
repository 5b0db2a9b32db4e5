#!/bin/sh
# test_install.sh -- "make install" and what a user builds on it (TAP).
#
# Installs the built tree with DESTDIR (prefix /usr) and checks every file,
# its mode and the library symlinks; the shared library's SONAME, NEEDED
# entries and exported symbols (exactly tests/public-api.txt); then builds
# tests/cli/link_app.c against the installed tree with nothing but
# "pkg-config --cflags --libs mdshm" (linked to libmdshm.so.0, run with
# LD_LIBRARY_PATH) and with "pkg-config --static" (libmdshm.a, no
# libmdshm.so in sight), runs both on a new store; installs once more with
# another prefix, libdir and a service unit; "make uninstall" leaves no file.
#
# Run by tests/run.sh with MDSHM_SRCDIR set, after make (the install
# target's "all" is then up to date).  The program is built with
# MDSHM_TEST_CC and MDSHM_TEST_CFLAGS (make check passes $(CC) and
# $(CFLAGS) $(LDFLAGS), which carry the sanitizers of a sanitizer build).

: "${MDSHM_SRCDIR:?MDSHM_SRCDIR must name the source tree}"
src=$MDSHM_SRCDIR
CC=${MDSHM_TEST_CC:-cc}
CFLAGS=${MDSHM_TEST_CFLAGS:-}

for tool in make "$CC" pkg-config readelf nm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "1..0 # SKIP $tool is not installed (sh tests/deps.sh)"
        exit 77
    fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-install.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP
cd "$tmp" || exit 1
. "$src/tests/cli/tap.sh"

version=$(sed -n 's/^#define MDSHM_VERSION "\(.*\)"$/\1/p' "$src/core/mdshm.h")
sover=$(sed -n 's/^#define MDSHM_SOVERSION \([0-9]*\)$/\1/p' "$src/core/mdshm.h")
soname=libmdshm.so.$sover
shlib=$soname.${version#*.}
units=$(cd "$src" && for u in dist/*.service; do
            [ -f "$u" ] && echo "${u#dist/}"; done)

# mk ARGS...: make in the source tree, as a user would run it (not as a
# sub-make of make check: no jobserver, no inherited variables).
mk() {
    run env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL \
        make -C "$src" --no-print-directory "$@"
}
# listing DIR: "path mode [-> target]" of every file and symlink under DIR.
listing() {
    find "$1" \( -type f -o -type l \) -printf '%P %m %l\n' | sed 's/ $//' |
        sort
}
same() { diff -u "$1" "$2" >"$tmp/diff" 2>&1 || { sed 's/^/#   /' "$tmp/diff"; false; }; }
empty() { [ ! -s "$1" ] || { sed 's/^/#   left: /' "$1"; false; }; }
pc() { # pkg-config on the tree installed in $1 (its prefix moved there)
    root=$1
    shift
    PKG_CONFIG_PATH=$root/usr/lib/pkgconfig pkg-config \
        --define-variable=prefix="$root/usr" "$@" mdshm
}

# --- the layout of an install with prefix /usr --------------------------------

root=$tmp/root
mk install DESTDIR="$root" prefix=/usr
ok "make install DESTDIR=... prefix=/usr succeeds" rc_is 0

{
    echo "usr/bin/mdshm 755"
    echo "usr/include/mdshm.h 644"
    echo "usr/lib/libmdshm.a 644"
    echo "usr/lib/libmdshm.so 777 $soname"
    echo "usr/lib/$soname 777 $shlib"
    echo "usr/lib/$shlib 755"
    echo "usr/lib/pkgconfig/mdshm.pc 644"
    echo "usr/share/man/man1/mdshm.1 644"
    for u in $units; do echo "lib/systemd/system/$u 644"; done
} | sort >expected
listing "$root" >found
ok "every file, mode and symlink as expected ($(wc -l <expected) entries)" \
    same expected found
for u in $units; do
    sed "s|@bindir@|/usr/bin|g" "$src/dist/$u" >"$tmp/$u.want"
    ok "unit $u installed as in dist/ (bindir filled in)" \
        same "$tmp/$u.want" "$root/lib/systemd/system/$u"
done

run "$root/usr/bin/mdshm" --version
ok "the installed mdshm runs" both rc_is 0 out_has "$version"

so=$root/usr/lib/$shlib
run readelf -d "$so"
ok "SONAME is $soname (MDSHM_SOVERSION)" out_has "Library soname: [$soname]"
for lib in libssl.so.3 libcrypto.so.3 libcurl.so.4 liblmdb.so.0 \
           libjansson.so.4; do
    ok "NEEDED $lib" out_has "Shared library: [$lib]"
done

run sh "$src/tests/check-symbols.sh" "$root/usr/lib/libmdshm.a" \
    "$src/tests/public-api.txt" "$root/usr/include/mdshm.h" \
    "$root/usr/lib/$soname"
ok "the installed libraries export exactly tests/public-api.txt" \
    both rc_is 0 out_has "exported by $root/usr/lib/$soname"

# The same check fails on a library exporting one name too many.
printf 'int mdshm_bogus(void) { return 1; }\n' >bogus.c
"$CC" -shared -fPIC -o libbogus.so bogus.c
run sh "$src/tests/check-symbols.sh" "$root/usr/lib/libmdshm.a" \
    "$src/tests/public-api.txt" "$root/usr/include/mdshm.h" "$tmp/libbogus.so"
ok "... and fails on one that exports another name, naming it" \
    both rc_is 1 out_has "exported by $tmp/libbogus.so but not in"
ok "... and the public names it lacks" out_has "mdshm_strerror"

# --- the .pc file -----------------------------------------------------------------

run pc "$root" --modversion
ok "pkg-config --modversion mdshm is the header's $version" out_has "$version"
run pc "$root" --cflags --libs
ok "pkg-config --cflags --libs: -I, -L and -lmdshm alone" both rc_is 0 \
    out_has "-I$root/usr/include -L$root/usr/lib -lmdshm"
run pc "$root" --static --libs
ok "pkg-config --static --libs adds the dependencies" both rc_is 0 \
    out_has "-lcurl"
for l in -lssl -lcrypto -llmdb -lmsgpackc -ljansson -pthread; do
    ok "... $l (Requires.private, Libs.private)" out_has " $l"
done

# --- a program linked against libmdshm.so.0 ---------------------------------------

# shellcheck disable=SC2046,SC2086  # flag lists
run $CC $CFLAGS -o app "$src/tests/cli/link_app.c" $(pc "$root" --cflags --libs)
ok "link_app.c builds with \$(pkg-config --cflags --libs mdshm)" rc_is 0
run readelf -d app
ok "... linked to $soname" out_has "Shared library: [$soname]"
run env LD_LIBRARY_PATH="$root/usr/lib" ./app "$tmp/store"
ok "... runs (LD_LIBRARY_PATH): opens a new store and reads it" rc_is 0
ok "... answers through the library" both out_has "gen 0" \
    out_has "lookup example.org: MDSHM_ENOTFOUND"
ok "... strerror" out_has "strerror(ENOTFOUND): not found"
run env LD_LIBRARY_PATH="$root/usr/lib" ldd ./app
ok "... the $soname it loads is the installed one" \
    out_has "$soname => $root/usr/lib/$soname"

# --- the same with libmdshm.a -------------------------------------------------

# A copy of the tree without the shared library: -lmdshm can only mean
# libmdshm.a, and its dependencies come from the .pc's private fields.
sroot=$tmp/static
cp -a "$root" "$sroot"
rm -f "$sroot/usr/lib/libmdshm.so" "$sroot/usr/lib/$soname" \
      "$sroot/usr/lib/$shlib"
# shellcheck disable=SC2046,SC2086
run $CC $CFLAGS -o app-static "$src/tests/cli/link_app.c" \
    $(pc "$sroot" --cflags --libs)
ok "without --static, libmdshm.a does not link (the .pc's private fields)" \
    both rc_is 1 err_has "undefined reference"
# shellcheck disable=SC2046,SC2086
run $CC $CFLAGS -o app-static "$src/tests/cli/link_app.c" \
    $(pc "$sroot" --cflags --static --libs)
ok "link_app.c builds with \$(pkg-config --static ...) and libmdshm.a" rc_is 0
run readelf -d app-static
ok "... with no libmdshm.so in it" both rc_is 0 out_lacks libmdshm
run ./app-static "$tmp/store-static"
ok "... runs: opens a new store and reads it" both rc_is 0 \
    out_has "lookup example.org: MDSHM_ENOTFOUND"

# The line docs/custom.md gives for libmdshm.a next to libmdshm.so.
# shellcheck disable=SC2046,SC2086
run $CC $CFLAGS -o app-static2 "$src/tests/cli/link_app.c" \
    $(pc "$root" --cflags) \
    $(pc "$root" --static --libs | sed 's/-lmdshm /-l:libmdshm.a /')
ok "docs/custom.md's -l:libmdshm.a line links libmdshm.a next to the .so" \
    rc_is 0
run readelf -d app-static2
ok "... with no libmdshm.so in it" both rc_is 0 out_lacks libmdshm

# --- another prefix, libdir and a service unit ------------------------------------

printf '[Service]\nExecStart=@bindir@/mdshm drive\n' >mdshm-test.service
oroot=$tmp/opt
oargs="DESTDIR=$oroot PREFIX=/opt/mdshm libdir=/opt/mdshm/lib64"
# shellcheck disable=SC2086
mk install $oargs SERVICE_UNITS="$tmp/mdshm-test.service"
ok "make install with PREFIX /opt/mdshm, libdir lib64 and a unit" rc_is 0
ok "... the unit is under the prefix, with bindir filled in" grep -qx \
    "ExecStart=/opt/mdshm/bin/mdshm drive" \
    "$oroot/opt/mdshm/lib/systemd/system/mdshm-test.service"
ok "... the library and mdshm.pc in libdir" test -f \
    "$oroot/opt/mdshm/lib64/pkgconfig/mdshm.pc" -a -L \
    "$oroot/opt/mdshm/lib64/$soname"
ok "... mdshm.pc names that libdir" grep -qx 'libdir=${prefix}/lib64' \
    "$oroot/opt/mdshm/lib64/pkgconfig/mdshm.pc"
# shellcheck disable=SC2086
mk uninstall $oargs SERVICE_UNITS="$tmp/mdshm-test.service"
listing "$oroot" >found-opt
ok "make uninstall there removes every file" both rc_is 0 empty found-opt

# --- uninstall --------------------------------------------------------------------

mk uninstall DESTDIR="$root" prefix=/usr
listing "$root" >found
ok "make uninstall DESTDIR=... prefix=/usr removes every file it installed" \
    both rc_is 0 empty found

echo "1..$n"
[ "$failed" -eq 0 ]
