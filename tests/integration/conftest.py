"""conftest.py -- fixtures for mdshm's ACME integration tests.

Run: /usr/bin/python3 -m pytest -q -p no:cacheprovider tests/integration
(tests/run.sh does, after the CLI tests).  Needs Debian's pebble,
python3-pytest and python3-cryptography (tests/deps.sh installs them).

Fixtures (see harness.py and faultproxy.py for the classes):
    free_port()         helper (import from conftest or harness)
    pki                 session: test CA + leaf for 127.0.0.1/localhost
                        (.ca_file, .cert_file, .key_file, .issue())
    challtestsrv        mock DNS + management (.dns_port, .mgmt_url,
                        set_txt/clear_txt/add_a/clear_a/query)
    pebble_factory      make(**options) -> started Pebble; options: eab=True,
                        nonce_reject=PERCENT, always_valid=True,
                        authz_reuse=PERCENT, chain_length=, alternate_roots=,
                        env={...}
    pebble              pebble_factory() with defaults
    faultproxy_factory  make(pebble) -> started FaultProxy in front of it
    faultproxy          faultproxy_factory(pebble)
    http01              Http01Responder on 127.0.0.1:pebble.http_port
    mdshm, mdshm_build  paths from $MDSHM / $MDSHM_BUILD (skip if unset)

Every process and server is stopped (and processes waited for) at
teardown.  When a test fails, the logs of everything still running
(pebble, challtestsrv) and the proxy's request log are added to its report.
"""

import os
import subprocess

import pytest

import harness
from faultproxy import FaultProxy
from harness import free_port  # noqa: F401 -- re-exported for tests

def _require_pebble():
    if not harness.have_pebble():
        pytest.skip("pebble / pebble-challtestsrv not installed (sh tests/deps.sh)")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rep = outcome.get_result()
    if rep.failed:
        for obj in harness.live_objects():
            try:
                for title, text in obj.report_sections():
                    rep.sections.append((title, text))
            except Exception as e:  # noqa: BLE001
                rep.sections.append((repr(obj), f"(no report: {e!r})"))


@pytest.fixture(scope="session")
def pki(tmp_path_factory):
    return harness.PKI(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def challtestsrv(tmp_path):
    _require_pebble()
    srv = harness.ChallTestSrv(tmp_path / "challtestsrv")
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def pebble_factory(tmp_path, pki, challtestsrv):
    made = []

    def make(**options):
        options.setdefault("dns_port", challtestsrv.dns_port)
        p = harness.Pebble(tmp_path / f"pebble{len(made)}", pki, **options)
        made.append(p)
        p.start()
        return p

    yield make
    for p in reversed(made):
        p.stop()


@pytest.fixture
def pebble(pebble_factory):
    return pebble_factory()


@pytest.fixture
def faultproxy_factory(pki):
    made = []

    def make(upstream, name=None):
        base = upstream if isinstance(upstream, str) else upstream.base_url
        proxy = FaultProxy(base, pki.ca_file, pki.cert_file, pki.key_file,
                           name=name or f"faultproxy{len(made)}")
        made.append(proxy)
        return proxy.start()

    yield make
    for proxy in reversed(made):
        proxy.stop()


@pytest.fixture
def faultproxy(faultproxy_factory, pebble):
    return faultproxy_factory(pebble)


@pytest.fixture
def http01(pebble):
    responder = harness.Http01Responder(pebble.http_port).start()
    yield responder
    responder.stop()


@pytest.fixture
def mdshm():
    path = os.environ.get("MDSHM")
    if not path or not os.access(path, os.X_OK):
        pytest.skip("MDSHM (the mdshm binary) not set or not executable")
    return path


@pytest.fixture
def mdshm_build():
    path = os.environ.get("MDSHM_BUILD")
    if not path or not os.path.isdir(path):
        pytest.skip("MDSHM_BUILD (the build directory) not set")
    return path


@pytest.fixture
def static_store(mdshm, pki, tmp_path):
    """A store with one static MD, "staticmd", for static.example (a
    certificate from the test PKI, imported as MDCertificateFile would)."""
    store = tmp_path / "store"
    cert, key = pki.issue("static.example", dns=["static.example"])
    subprocess.run([mdshm, "--store", str(store), "init"], check=True,
                   capture_output=True)
    subprocess.run([mdshm, "--store", str(store), "import", "staticmd",
                    "--cert", cert, "--key", key], check=True,
                   capture_output=True)
    return store
