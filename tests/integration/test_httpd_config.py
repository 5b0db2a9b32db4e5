"""test_httpd_config.py -- mod_mdshm's configuration semantics against
Debian's mod_md on the same configurations (adapters/httpd/config_check.c,
config_vhosts.c; docs/httpd.md "Ports and challenges"):

- directive mistakes: the same `apachectl configtest` output (httpd's
  "Syntax error on line N of FILE:" and mod_md's sentence);
- mistakes mod_md finds in the virtual hosts (a name in two MDs, an SSL
  virtual host of two MDs) and its warnings (names not covered with
  MDMembers manual, an MD no virtual host uses): mod_md's sentence, which
  mod_md logs only when httpd starts, from our configtest after httpd's
  file:line;
- the challenge types the ports allow (Listen, MDPortMap, Protocols
  acme-tls/1), read from the configuration text the module gives mdshm
  (logged at trace1) and from mod_md's own log on the same ports;
- MDBaseServer, MDMembers and MDMatchNames: which names an MD gets."""

import json
import os
import re
import urllib.request

import pytest

import harness
from test_httpd import _acme, apache  # noqa: F401 (the fixture)
from test_drive import DEADLINE

MOD_MD = "/usr/lib/apache2/modules/mod_md.so"

pytestmark = [
    pytest.mark.skipif(os.geteuid() != 0,
                       reason="runs apache2 as root with User nobody"),
]

# no CA contact at all: mod_md watches no MD in manual renew mode, and
# mdshm's drive does not run in a configtest
QUIET = "MDCertificateAgreement accepted\nMDRenewMode manual\n"


@pytest.fixture
def pair(apache):
    """(ours, mod_md's) on the same configuration body."""
    if not os.path.exists(MOD_MD):
        pytest.skip("libapache2-mod-md not installed")

    def make(body):
        ours, theirs = apache(), apache(module="md")
        ours.write(body)
        theirs.write(body)
        return ours, theirs

    return make


def _started_log(a):
    """Start @a (mod_md reports its checks only then), stop it, and
    return its error log."""
    r = a.start()
    if r.returncode == 0:
        a.stop()
    return a.log() + r.stderr


def _sentences(text, prefix):
    """The messages of @text that follow @prefix (a regex)."""
    return [m.group(1).strip()
            for m in re.finditer(prefix + r"(.*)$", text, re.M)]


def _line_of(conf, needle, nth=1):
    with open(conf) as f:
        hits = [i for i, t in enumerate(f.read().splitlines(), 1)
                if needle in t]
    return hits[nth - 1]


def _same_message(ours, theirs, needle, ah):
    """Our configtest passes and logs, after the file:line of the line
    with @needle, the sentence mod_md logs as @ah when it starts."""
    r = ours.configtest()
    assert r.returncode == 0, r.stderr
    line = _line_of(ours.conf, needle)
    mine = _sentences(r.stderr, re.escape(f"{ours.conf}:{line}: "))
    theirs_ = _sentences(_started_log(theirs), ah + ": ")
    assert theirs_ and theirs_[0] in mine, (r.stderr, theirs.log())
    return theirs_[0]


def _generated(a):
    """configtest's result and the mdshm.conf lines the module made."""
    r = a.configtest()
    lines = _sentences(r.stderr, r"mdshm\.conf line \d+: ")
    # httpd reads the configuration once for -t: one copy
    return r, lines


# --- directive arguments: the same configtest output ----------------------

@pytest.mark.parametrize("line", [
    "MDPortMap http:abc",
    "MDPortMap ftp:80",
    "MDPortMap 8080:80",
    "MDPortMap http:80 https:443 http:81",
    "MDBaseServer maybe",
    "MDMembers foo",
    "MDMembers a.example b.example",
    "MDMatchNames foo",
    "MDRequireHttps yes",
    "MDCertificateAgreement",
    "MDMustStaple maybe",
    "MDStapling yes",
    "MDStapleOthers 1",
    "MDServerStatus maybe",
    "MDCertificateStatus maybe",
    "MDRenewViaARI maybe",
    "MDRenewMode foo",
    "MDRetryFailover 0",
    "MDChallengeDns01Version 3",
    "<MDomain a.example>\nMDPortMap http:-\n</MDomain>",
    "<MDomain a.example>\nMDBaseServer on\n</MDomain>",
    "<MDomain a.example>\nMDMatchNames all\n</MDomain>",
])
def test_httpd_config_directive_errors_as_mod_md(pair, line):
    ours, theirs = pair(line + "\nMDomain z.example\n")
    r_ours, r_md = ours.configtest(), theirs.configtest()
    assert r_md.returncode != 0 and r_ours.returncode != 0
    assert "Syntax error on line" in r_md.stderr, r_md.stderr
    # identical but for the ServerRoot: file, line and mod_md's sentence
    assert r_ours.stderr.replace(ours.root, "ROOT") == \
        r_md.stderr.replace(theirs.root, "ROOT")


def test_httpd_config_directive_values_accepted(apache):
    """What mod_md accepts is accepted (no false errors)."""
    a = apache()
    a.write(QUIET + """\
        MDPortMap 80:- 443:8443
        MDBaseServer off
        MDMembers manual
        MDMatchNames servernames
        MDRequireHttps off
        MDStapling on
        MDMustStaple off
        MDRetryFailover 3
        MDChallengeDns01Version 2
        <MDomain a.example auto>
          MDRenewMode always
          MDMember www.a.example
        </MDomain>
        """)
    r = a.configtest()
    assert r.returncode == 0, r.stderr


# --- what mod_md finds in the virtual hosts -----------------------------------

def test_httpd_config_name_in_two_mds(pair):
    port = harness.free_port()
    ours, theirs = pair(QUIET + f"""\
        Listen 127.0.0.1:{port}
        MDomain a.example www.a.example
        MDomain b.example www.a.example
        """)
    r = ours.configtest()
    assert r.returncode != 0
    first = _line_of(ours.conf, "MDomain a.example")
    second = _line_of(ours.conf, "MDomain b.example")
    mine = _sentences(r.stderr, re.escape(f"{ours.conf}:{second}: "))
    assert mine, r.stderr
    assert f"first definition in {ours.conf}(line {first}), second in " \
           f"{ours.conf}(line {second})" in mine[0]
    theirs_ = _sentences(_started_log(theirs), r"AH10038: ")
    assert theirs_, theirs.log()

    def norm(s):  # mod_md 2.6.10 names no file here ("unknown(line 0)")
        return re.sub(r"in \S+\(line \d+\)", "in F(line N)", s)

    assert norm(mine[0]) == norm(theirs_[0])
    assert "two Managed Domains have an overlap in domain 'www.a.example'" \
        in mine[0]


def test_httpd_config_ssl_vhost_of_two_mds(pair):
    port = harness.free_port()
    ours, theirs = pair(QUIET + f"""\
        Listen 127.0.0.1:{port} https
        MDomain a.example
        MDomain b.example
        <VirtualHost 127.0.0.1:{port}>
          ServerName a.example
          ServerAlias b.example
          SSLEngine on
        </VirtualHost>
        """)
    r = ours.configtest()
    assert r.returncode != 0
    vhost = _line_of(ours.conf, "<VirtualHost")
    mine = _sentences(r.stderr, re.escape(f"{ours.conf}:{vhost}: "))
    theirs_ = _sentences(_started_log(theirs), r"AH10238: ")
    assert mine and theirs_, r.stderr + theirs.log()
    assert mine[0] == theirs_[0]
    assert mine[0].startswith("conflict: 2 MDs match Virtualhost a.example")


def test_httpd_config_http_vhost_of_two_mds_is_fine(pair):
    """mod_md refuses two MDs on one virtual host only with SSL (and adds
    no names from a virtual host without SSL)."""
    port = harness.free_port()
    ours, theirs = pair(QUIET + f"""\
        Listen 127.0.0.1:{port}
        MDomain a.example
        MDomain b.example
        <VirtualHost 127.0.0.1:{port}>
          ServerName a.example
          ServerAlias b.example
        </VirtualHost>
        """)
    r = ours.configtest()
    assert r.returncode == 0, r.stderr
    assert theirs.start().returncode == 0, theirs.log()
    assert "[md:error]" not in theirs.log(), theirs.log()


def test_httpd_config_warnings_as_mod_md(pair):
    """MDMembers manual with an alias the MD lacks, and an MD that no
    virtual host uses: mod_md warns (the server starts), and so do we."""
    port = harness.free_port()
    ours, theirs = pair(QUIET + f"""\
        Listen 127.0.0.1:{port} https
        MDMembers manual
        MDomain a.example
        MDomain unused.example
        <VirtualHost 127.0.0.1:{port}>
          ServerName a.example
          ServerAlias www.a.example
          SSLEngine on
        </VirtualHost>
        """)
    r = ours.configtest()
    assert r.returncode == 0, r.stderr
    vhost = _line_of(ours.conf, "<VirtualHost")
    unused = _line_of(ours.conf, "MDomain unused.example")
    log = _started_log(theirs)
    for ah, where in (("AH10040", vhost), ("AH10045", unused)):
        mine = _sentences(r.stderr, re.escape(f"{ours.conf}:{where}: "))
        theirs_ = _sentences(log, ah + ": ")
        assert theirs_, log
        assert theirs_[0] in mine, (mine, theirs_)
    # manual: the alias did not join the MD
    assert "MDomain a.example" in _generated(ours)[1]


def test_httpd_config_require_https_without_ssl_as_mod_md(pair):
    port = harness.free_port()
    ours, theirs = pair(QUIET + f"""\
        Listen 127.0.0.1:{port}
        MDRequireHttps temporary
        MDomain a.example
        <VirtualHost 127.0.0.1:{port}>
          ServerName a.example
        </VirtualHost>
        """)
    _same_message(ours, theirs, "MDomain a.example", "AH10105")


# --- ports and challenge types ------------------------------------------------

def _md_lines(lines, name):
    """The generated lines of MD @name (its head and its section)."""
    out, inside = [], False
    for t in lines:
        head = re.match(r"<?MDomain (\S+)", t)
        if head:
            inside = head.group(1).rstrip(">") == name
        if inside:
            out.append(t)
        if t == "</MDomain>":
            inside = False
    return out


VHOST = """\
        <VirtualHost *:{port}>
          ServerName a.example
          SSLEngine on
          {protocols}
        </VirtualHost>
        """


@pytest.mark.parametrize("listen,extra,port_map,challenges", [
    # Listen 80 only: http-01 only
    (["80"], "", "MDPortMap http:80 https:-", None),
    # 443 only, acme-tls/1 allowed: tls-alpn-01 only
    (["443 https"], "Protocols h2 http/1.1 acme-tls/1",
     "MDPortMap http:- https:443", None),
    # both, acme-tls/1 allowed: both
    (["80", "443 https"], "Protocols http/1.1 acme-tls/1",
     "MDPortMap http:80 https:443", None),
    # both, no acme-tls/1 in Protocols: http-01 only for the MD
    (["80", "443 https"], "", "MDPortMap http:80 https:443",
     "MDCAChallenges http-01"),
    # MDPortMap: public 80 reaches 8080, 443 does not reach us
    (["8080", "443 https"], "MDPortMap http:8080 https:-",
     "MDPortMap http:8080 https:-", None),
    # MDPortMap to a port httpd does not listen on: not reachable
    (["80"], "MDPortMap http:8000", "MDPortMap http:- https:-", None),
])
def test_httpd_config_challenges_from_ports(apache, listen, extra, port_map,
                                            challenges):
    a = apache()
    https = "443" if any("443" in l for l in listen) else None
    vhost = VHOST.format(port=https, protocols=extra
                         if extra.startswith("Protocols") else "") \
        if https else ""
    a.write(QUIET + "".join(f"Listen {l}\n" for l in listen)
            + (extra + "\n" if extra.startswith("MDPortMap") else "")
            + "MDomain a.example\n" + vhost)
    r, lines = _generated(a)
    assert r.returncode == 0, r.stderr
    assert lines[0] == port_map, lines
    md = _md_lines(lines, "a.example")
    assert (challenges in md) if challenges else \
        not any(t.startswith("MDCAChallenges") for t in md), md
    # an explicit MDCAChallenges is never overridden
    a.write(QUIET + "".join(f"Listen {l}\n" for l in listen)
            + "MDCAChallenges tls-alpn-01\nMDomain a.example\n" + vhost)
    r, lines = _generated(a)
    assert r.returncode == 0, r.stderr
    assert not any(t.startswith("MDCAChallenges")
                   for t in _md_lines(lines, "a.example")), lines


@pytest.mark.parametrize("which", ["http", "https", "both"])
def test_httpd_config_ports_seen_as_mod_md(pair, which):
    """The same Listen/MDPortMap: mod_md's reachability sentence (AH10037)
    is ours, and the generated MDPortMap says the same.  Mapped onto free
    ports (other tests may hold 80/443)."""
    p80, p443 = harness.free_port(), harness.free_port()
    listen = {"http": [f"{p80}"], "https": [f"{p443} https"],
              "both": [f"{p80}", f"{p443} https"]}[which]
    ours, theirs = pair(QUIET + f"MDPortMap http:{p80} https:{p443}\n"
                        + "".join(f"Listen 127.0.0.1:{l}\n" for l in listen)
                        + "MDomain a.example\n")
    r, lines = _generated(ours)
    assert r.returncode == 0, r.stderr
    mine = _sentences(r.stderr, r"\): server seems")
    theirs_ = _sentences(_started_log(theirs), r"AH10037: server seems")
    assert mine and theirs_, r.stderr + theirs.log()
    assert mine[0] == theirs_[0]
    http = str(p80) if which != "https" else "-"
    tls = str(p443) if which != "http" else "-"
    assert lines[0] == f"MDPortMap http:{http} https:{tls}"


def test_httpd_config_acme_tls_1_as_mod_md(pair):
    """An SSL virtual host whose Protocols lack acme-tls/1: mod_md leaves
    tls-alpn-01 out for its names (AH10169), and the MD is given http-01
    only; with acme-tls/1 allowed, neither."""
    p80, p443 = harness.free_port(), harness.free_port()
    for protocols, left_out in (("", True),
                                ("Protocols http/1.1 acme-tls/1", False)):
        ours, theirs = pair(QUIET + f"""\
            MDPortMap http:{p80} https:{p443}
            Listen 127.0.0.1:{p80}
            Listen 127.0.0.1:{p443} https
            MDomain a.example
            <VirtualHost 127.0.0.1:{p443}>
              ServerName a.example
              SSLEngine on
              {protocols}
            </VirtualHost>
            """)
        r, lines = _generated(ours)
        assert r.returncode == 0, r.stderr
        log = _started_log(theirs)
        assert ("AH10169" in log) == left_out, log
        assert ("MDCAChallenges http-01" in _md_lines(lines, "a.example")) \
            == left_out, lines


# --- MDBaseServer, MDMembers, MDMatchNames ----------------------------------

def _head(lines, name):
    return next(t for t in _md_lines(lines, name)
                if re.match(r"<?MDomain ", t))


def test_httpd_config_members_auto_adds_ssl_vhost_names(apache):
    port, plain = harness.free_port(), harness.free_port()
    a = apache()
    a.write(QUIET + f"""\
        Listen 127.0.0.1:{port} https
        Listen 127.0.0.1:{plain}
        MDomain a.example
        <VirtualHost 127.0.0.1:{port}>
          ServerName www.a.example
          ServerAlias a.example static.a.example
          SSLEngine on
        </VirtualHost>
        <VirtualHost 127.0.0.1:{plain}>
          ServerName a.example
          ServerAlias plain.a.example
        </VirtualHost>
        """)
    r, lines = _generated(a)
    assert r.returncode == 0, r.stderr
    # mod_md adds the names of SSL virtual hosts only
    assert _head(lines, "a.example") == \
        "MDomain a.example www.a.example static.a.example"


def test_httpd_config_match_names_servernames(apache):
    port = harness.free_port()
    body = QUIET + """\
        Listen 127.0.0.1:{port} https
        {mode}
        MDomain a.example
        <VirtualHost 127.0.0.1:{port}>
          ServerName other.example
          ServerAlias a.example
          SSLEngine on
        </VirtualHost>
        """
    a = apache()
    # all (the default): the alias links the virtual host, its name joins
    a.write(body.format(port=port, mode="MDMatchNames all"))
    r, lines = _generated(a)
    assert r.returncode == 0, r.stderr
    assert _head(lines, "a.example") == "MDomain a.example other.example"
    # servernames: only a ServerName links; nothing joins, and mod_md's
    # warning for an MD without a virtual host
    a.write(body.format(port=port, mode="MDMatchNames servernames"))
    r, lines = _generated(a)
    assert r.returncode == 0, r.stderr
    assert _head(lines, "a.example") == "MDomain a.example"
    assert "No VirtualHost matches Managed Domain a.example" in r.stderr


def test_httpd_config_base_server(pair):
    """The server outside virtual hosts is linked only with MDBaseServer
    on (mod_md: "No VirtualHost matches" otherwise)."""
    port = harness.free_port()
    for mode, warned in (("off", True), ("on", False)):
        ours, theirs = pair(QUIET + f"""\
            Listen 127.0.0.1:{port}
            MDBaseServer {mode}
            MDomain localhost
            """)
        r, _ = _generated(ours)
        assert r.returncode == 0, r.stderr
        log = _started_log(theirs)
        assert ("AH10045" in log) == warned, log
        assert ("No VirtualHost matches Managed Domain localhost"
                in r.stderr) == warned, r.stderr


def test_httpd_config_automatic_choice_issues(apache, pebble):
    """No MDCAChallenges anywhere: MDPortMap maps public port 80 to the
    port pebble validates http-01 on, httpd listens there and not on the
    local port of 443, so the drive chooses http-01 by itself and pebble's
    certificate is served."""
    port = harness.free_port()
    a = apache(mpm="event")
    a.write(f"""\
        MDPortMap http:{pebble.http_port}
        Listen 127.0.0.1:{pebble.http_port}
        Listen 127.0.0.1:{port} https
        {_acme(a, pebble)}
        MDomain auto.example
        <VirtualHost 127.0.0.1:{port}>
          ServerName auto.example
          SSLEngine on
        </VirtualHost>
        """)
    r, lines = _generated(a)
    assert lines[0] == f"MDPortMap http:{pebble.http_port} https:-", lines
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()

    def issued():
        hs = a.handshake(port, "auto.example").handshake
        return None if hs.is_fallback else hs

    hs = harness.wait_until(issued, DEADLINE, "pebble's certificate",
                            interval=0.5)
    assert "Pebble" in hs.issuer, a.log()


def _mod_md_domains(a, port):
    """{MD name: its domains} from mod_md's md-status on a started @a."""
    r = a.start()
    assert r.returncode == 0, r.stderr + a.log()
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/md-status",
                                timeout=10) as resp:
        doc = json.load(resp)
    return {md["name"]: md["domains"] for md in doc["managed-domains"]}


@pytest.mark.parametrize("mode", ["all", "servernames"])
def test_httpd_config_names_as_mod_md(pair, mode):
    """The names each MD ends up with (MDMembers auto, MDMember, SSL and
    plain virtual hosts, MDMatchNames): ours as mod_md's md-status says."""
    tls, plain = harness.free_port(), harness.free_port()
    ours, theirs = pair(QUIET + f"""\
        Listen 127.0.0.1:{tls} https
        Listen 127.0.0.1:{plain}
        MDMatchNames {mode}
        MDomain a.example
        <MDomain b.example>
          MDMember www.b.example
        </MDomain>
        MDomain c.example manual
        <VirtualHost 127.0.0.1:{tls}>
          ServerName a.example
          ServerAlias www.a.example static.a.example
          SSLEngine on
        </VirtualHost>
        <VirtualHost 127.0.0.1:{tls}>
          ServerName www.b.example
          ServerAlias img.b.example
          SSLEngine on
        </VirtualHost>
        <VirtualHost 127.0.0.1:{tls}>
          ServerName c.example
          ServerAlias www.c.example
          SSLEngine on
        </VirtualHost>
        <VirtualHost 127.0.0.1:{plain}>
          ServerName b.example
          ServerAlias plain.b.example
          <Location /md-status>
            SetHandler md-status
          </Location>
        </VirtualHost>
        """)
    r, lines = _generated(ours)
    assert r.returncode == 0, r.stderr
    theirs_ = _mod_md_domains(theirs, plain)
    for name in ("a.example", "b.example", "c.example"):
        md = _md_lines(lines, name)
        mine = _head(lines, name).rstrip(">").split()[1:]
        mine += [w for t in md if t.startswith("MDMember ")
                 for w in t.split()[1:]]
        mine = [n for n in mine if n not in ("auto", "manual")]
        assert sorted(mine) == sorted(theirs_[name]), (name, lines,
                                                       theirs_)


def test_httpd_config_missing_agreement_as_mod_md(pair, pebble):
    """No MDCertificateAgreement: not a configuration error for mod_md (it
    refuses to create the ACME account when it drives the MD); the same
    here, and both say what to configure."""
    port = harness.free_port()
    ours, theirs = pair("")
    for a in (ours, theirs):
        acme = _acme(a, pebble).replace("MDCertificateAgreement accepted\n",
                                        "")
        a.write(f"""\
            MDPortMap https:{port}
            Listen 127.0.0.1:{port} https
            {acme}
            MDomain agree.example
            <VirtualHost 127.0.0.1:{port}>
              ServerName agree.example
              Protocols http/1.1 acme-tls/1
              SSLEngine on
            </VirtualHost>
            """)
        r = a.configtest()
        assert r.returncode == 0, r.stderr
    said = "the CA requires you to accept the terms-of-service"
    for a in (theirs, ours):
        r = a.start()
        assert r.returncode == 0, r.stderr + a.log()
        harness.wait_until(lambda: said in a.log(), DEADLINE,
                           f"{a.module}: the missing agreement reported")
        assert "configure \"MDCertificateAgreement accepted\"" in a.log()
        a.stop()


@pytest.mark.parametrize("alpn_port", [False, True])
def test_httpd_config_no_usable_challenge_as_mod_md(pair, alpn_port):
    """A watched MD the automatic choice leaves without a challenge type:
    mod_md's error (AH10173, at start; the server starts anyway), ours in
    configtest after the MDomain's file:line."""
    port = harness.free_port()
    ours, theirs = pair(f"""\
        MDCertificateAgreement accepted
        MDCertificateAuthority http://127.0.0.1:{harness.free_port()}/dir
        {f"MDPortMap https:{port}" if alpn_port else ""}
        Listen 127.0.0.1:{port} https
        MDomain none.example
        <VirtualHost 127.0.0.1:{port}>
          ServerName none.example
          SSLEngine on
        </VirtualHost>
        """)
    said = _same_message(ours, theirs, "MDomain none.example", "AH10173")
    assert ("Protocols configuration" in said) == alpn_port
