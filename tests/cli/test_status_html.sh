#!/bin/sh
# test_status_html.sh -- `mdshm status --html` rendered by a real browser
# (headless Chromium, TAP): a store with several MDs, one of them with a
# job whose error text is hostile markup (MD names cannot be: the name
# validator refuses '<', '&', quotes and non-ASCII, which this test checks
# too), made into a page that
#  - Chromium renders into a non-empty PNG screenshot;
#  - Chromium's DOM (--dump-dom, parsed with Python's html.parser) lists
#    every MD, shows the hostile text as text, and holds no <img> or
#    <script> element and no on* attribute: nothing from the data became
#    markup.
# One Chromium start per check.  Skipped when chromium or python3 is
# missing or cannot run (tests/deps.sh installs Debian's chromium).

: "${MDSHM:?MDSHM must name the mdshm binary}"
: "${MDSHM_HELPERS:?MDSHM_HELPERS must name the test helper directory}"
H=$MDSHM_HELPERS
PY=/usr/bin/python3

for cmd in openssl chromium "$PY"; do
    if ! command -v "$cmd" >/dev/null 2>&1; then
        echo "1..0 # SKIP $cmd not found (tests/deps.sh installs it)"
        exit 77
    fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mdshm-html.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' INT TERM HUP
umask 077
cd "$tmp" || exit 1
export MDSHM_STORE="$tmp/md"
. "${MDSHM_SRCDIR:?MDSHM_SRCDIR must name the source tree}/tests/cli/tap.sh"

# Chromium as root needs --no-sandbox; its profile goes to the temp dir.
# Its own log lines (dbus, GPU) go to chromium.err, shown on failure.
browse() {
    chromium --headless --no-sandbox --disable-gpu --no-first-run \
        --user-data-dir="$tmp/profile" --window-size=1200,1600 \
        "$@" 2>>chromium.err
}
if ! browse --dump-dom "about:blank" >/dev/null; then
    echo "1..0 # SKIP chromium cannot run here: $(tail -n 1 chromium.err)"
    exit 77
fi

hostile='<img src=x onerror=alert(1)> & "quoted" '"'"'single'"'"' <script>alert(2)</script> ünïcödé'

cert() { # NAME DAYS KEYALG [KEYOPTS...]
    name=$1 days=$2
    shift 2
    openssl req -x509 -newkey "$@" -nodes -keyout "$name.key" \
        -out "$name.pem" -days "$days" -subj "/CN=$name" \
        -addext "subjectAltName=DNS:$name" 2>/dev/null
}
if ! cert a.example 90 ec -pkeyopt ec_paramgen_curve:P-256 ||
    ! cert b.example 30 rsa:2048 || ! cert xn--bcher-kva.example 10 rsa:2048
then
    echo "Bail out! openssl could not make test certificates"
    exit 1
fi

run "$MDSHM" init
ok "init exits 0" rc_is 0
for md in a.example b.example xn--bcher-kva.example; do
    run "$MDSHM" import "$md" --cert "$md.pem" --key "$md.key"
    ok "import $md" rc_is 0
done
cp a.example.pem evil.pem
cp a.example.key evil.key
run "$MDSHM" import '<img src=x onerror=alert(1)>.example' --cert evil.pem \
    --key evil.key
ok "a name with markup cannot be stored (so names need no more tests)" \
    rc_is 1
run "$MDSHM" import 'bücher.example' --cert evil.pem --key evil.key
ok "a non-ASCII name cannot be stored (IDNs are stored as xn--)" rc_is 1
run "$H/put_records" "$MDSHM_STORE" a.example "$hostile"
ok "a job with a hostile error text is stored" rc_is 0

run "$MDSHM" status --html page.html
ok "status --html exits 0" rc_is 0
ok "status --html writes the page" test -s page.html
ok "the page has no raw markup from the data" \
    sh -c '! grep -qi -e "<img" -e "<script" page.html'
run "$MDSHM" status --html -
ok "status --html - writes the page to stdout" \
    both out_has '<h1>mdshm status</h1>' out_has '</html>'

# --- screenshot -------------------------------------------------------------

browse --screenshot="$tmp/shot.png" "file://$tmp/page.html" >/dev/null
png_ok() {
    [ "$(head -c 8 shot.png | od -An -tx1 | tr -d ' \n')" = \
        89504e470d0a1a0a ] && [ "$(stat -c %s shot.png)" -gt 10000 ]
}
ok "chromium renders the page into a non-empty PNG" png_ok

# --- DOM -----------------------------------------------------------------

browse --dump-dom "file://$tmp/page.html" >dom.html
cat >check_dom.py <<'EOF'
import sys
from html.parser import HTMLParser

class Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.on_attrs, self.mds, self.names = [], [], [], []
        self.in_name, self.text = 0, []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        self.on_attrs += [k for k, _ in attrs if k.startswith("on")]
        if tag == "section" and "md" in (a.get("class") or "").split():
            self.mds.append(a.get("data-md"))
        if tag == "span" and a.get("class") == "md-name":
            self.in_name = 1
            self.names.append("")
    def handle_endtag(self, tag):
        if tag == "span":
            self.in_name = 0
    def handle_data(self, data):
        self.text.append(data)
        if self.in_name:
            self.names[-1] += data

want, hostile = sys.argv[1].split(), sys.argv[2]
d = Dom()
d.feed(open("dom.html", encoding="utf-8").read())
text = "".join(d.text)
checks = {
    "mds": d.mds == want and d.names == want,
    "no-injected": not {"img", "script", "iframe"} & set(d.tags)
                   and not d.on_attrs,
    "hostile-as-text": hostile in text,
    "leader": "Leader" in text,
    "timeline": d.tags.count("svg") == len(want),
}
for k, v in checks.items():
    print(k, "ok" if v else "FAIL")
if not checks["mds"]:
    print("mds", d.mds, "names", d.names, file=sys.stderr)
EOF
"$PY" check_dom.py "a.example b.example xn--bcher-kva.example" \
    "$hostile" >dom.checks 2>dom.err
dom() { grep -qx "$1 ok" dom.checks; }
ok "the DOM lists every MD, in order" dom mds
ok "the DOM has no element or handler from the data" dom no-injected
ok "the hostile job text is shown as text" dom hostile-as-text
ok "the DOM has the leader section" dom leader
ok "the DOM has one timeline per certificate" dom timeline

# --- paging -----------------------------------------------------------------

run "$MDSHM" status --html - --limit 2
ok "a page of 2 MDs links to the next one" \
    both out_has 'href="?after=b.example&amp;limit=2"' \
    out_lacks 'data-md="xn--bcher-kva.example"'
run "$MDSHM" status --html - --after b.example
ok "--after starts after that MD" \
    both out_has 'data-md="xn--bcher-kva.example"' \
    out_lacks 'data-md="a.example"'

if [ "$failed" -ne 0 ]; then
    sed 's/^/# chromium: /' chromium.err | tail -n 5
    sed 's/^/# dom: /' dom.checks dom.err
fi
echo "1..$n"
[ "$failed" -eq 0 ]
