"""test_reload.py -- SIGHUP: the drive reads its configuration again
(mdshm_drive_reload), standalone (`mdshm drive`) and embedded (the example
server: the parent reloads and forwards SIGHUP to every worker).

A new MD appears in the store and gets its certificate with the leader's
term unchanged; a file with an error is reported with FILE:LINE, the store
keeps the configuration in force and the drive keeps leading and working;
a configuration that parses but does not fit the store (a static
certificate file that is missing) is not written either; a fixed file then
works.  Every wait is a poll with a deadline.
"""

import os
import signal
import subprocess
import textwrap

import harness
from test_drive import drives, status, wait_certs, write_conf  # noqa: F401
from test_example_server import servers, wait_served  # noqa: F401

DEADLINE = 60.0


def leader(mdshm, store):
    ld = status(mdshm, store)["leader"]
    assert ld and ld.get("pid"), ld
    return ld


def stored_mds(mdshm, store):
    return set(status(mdshm, store)["mds"])


def conf_text(pebble, store, body):
    return textwrap.dedent(f"""\
        MDCertificateAuthority {pebble.directory_url}
        MDCACertificateFile {pebble.ca_file}
        MDCertificateAgreement accepted
        MDContactEmail admin@example.org
        MDStoreDir {store}
        MDRetryDelay 1s
        """) + textwrap.dedent(body)


def wait_log(proc_like, needle, what):
    return harness.wait_until(lambda: needle in proc_like.log_text(), DEADLINE,
                              what)


def test_drive_sighup(mdshm, pebble, tmp_path, drives):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        MDomain one.reload.example
        """)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    wait_certs(mdshm, store, "one.reload.example", ["rsa2048"], drive=drive)
    before = leader(mdshm, store)
    sig = drive.process.proc.send_signal

    # a good file with one more MD
    conf.write_text(conf_text(pebble, store, """
        MDomain one.reload.example
        MDomain two.reload.example
        """))
    sig(signal.SIGHUP)
    wait_certs(mdshm, store, "two.reload.example", ["rsa2048"], drive=drive)
    assert "read again: 2 MDs (1 before)" in drive.log_text()
    after = leader(mdshm, store)
    assert (after["pid"], after["term"]) == (before["pid"], before["term"])

    # a file with an error: FILE:LINE in the log, nothing changes
    conf.write_text(conf_text(pebble, store, """
        MDomain one.reload.example
        MDomain two.reload.example
        MDomain three.reload.example
        MDRenewWindow soon
        """))
    sig(signal.SIGHUP)
    wait_log(drive, f"{conf}:11: MDRenewWindow: invalid argument",
             "the error of the bad file, with its line")
    wait_log(drive, "not reloaded", "the reload refused")
    assert drive.process.running()
    assert stored_mds(mdshm, store) == {"one.reload.example",
                                        "two.reload.example"}
    # still leading, still working: a renewal requested now is done
    old = status(mdshm, store)["mds"]["one.reload.example"]["certs"]["rsa2048"]
    subprocess.run([mdshm, "--store", str(store), "renew", "one.reload.example"],
                   check=True, capture_output=True, timeout=20)
    wait_certs(mdshm, store, "one.reload.example", ["rsa2048"], drive=drive,
               changed={"rsa2048": old["serial"]})
    assert leader(mdshm, store)["term"] == before["term"]

    # parses, but does not fit the store: the previous one stays in force
    conf.write_text(conf_text(pebble, store, f"""
        MDomain one.reload.example
        MDomain two.reload.example
        <MDomain static.reload.example>
            MDCertificateFile {tmp_path}/missing.pem
            MDCertificateKeyFile {tmp_path}/missing.key
        </MDomain>
        """))
    sig(signal.SIGHUP)
    wait_log(drive, "the one in force before stays", "the revert")
    assert drive.process.running()
    assert stored_mds(mdshm, store) == {"one.reload.example",
                                        "two.reload.example"}

    # fixed: the new MD arrives, still the same term
    conf.write_text(conf_text(pebble, store, """
        MDomain one.reload.example
        MDomain three.reload.example
        """))
    sig(signal.SIGHUP)
    wait_certs(mdshm, store, "three.reload.example", ["rsa2048"], drive=drive)
    after = leader(mdshm, store)
    assert (after["pid"], after["term"]) == (before["pid"], before["term"])
    # an MD no longer configured is retired (kept, renewed no more)
    wait_log(drive, "MD two.reload.example is no longer configured",
             "two retired")
    assert drive.stop() == 0


def test_example_server_sighup(mdshm, pebble, tmp_path, servers):
    store = tmp_path / "store"
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        <MDomain a.hup.example>
            MDPrivateKeys secp256r1
            MDCAChallenges http-01
        </MDomain>
        """)
    srv = servers(tmp_path, conf=conf, http_port=pebble.http_port)
    workers = srv.worker_pids()
    wait_served(srv, mdshm, store, "a.hup.example", "secp256r1", "a.hup.example")
    before = leader(mdshm, store)
    assert before["pid"] in workers

    conf.write_text(conf_text(pebble, store, """
        <MDomain a.hup.example>
            MDPrivateKeys secp256r1
            MDCAChallenges http-01
        </MDomain>
        <MDomain b.hup.example>
            MDPrivateKeys secp256r1
            MDCAChallenges http-01
        </MDomain>
        """))
    os.kill(srv.pid, signal.SIGHUP)
    wait_served(srv, mdshm, store, "b.hup.example", "secp256r1", "b.hup.example")
    after = leader(mdshm, store)
    assert (after["pid"], after["term"]) == (before["pid"], before["term"])
    assert srv.worker_pids() == workers  # no worker restarted

    # a bad file: the parent says where, nobody changes anything
    conf.write_text(conf_text(pebble, store, """
        MDomain c.hup.example
        MDBogus on
        """))
    os.kill(srv.pid, signal.SIGHUP)
    wait_log(srv, f"{conf}:9: unknown directive 'MDBogus'",
             "the error of the bad file, with its line")
    wait_log(srv, "configuration not reloaded", "the reload refused")
    assert stored_mds(mdshm, store) == {"a.hup.example", "b.hup.example"}
    assert srv.worker_pids() == workers
    assert leader(mdshm, store)["term"] == before["term"]
    assert srv.handshake("b.hup.example").serial  # still serving


def test_standby_reloads_and_writes_when_it_leads(mdshm, pebble, tmp_path,
                                                   drives):
    """SIGHUP to a candidate that does not lead: it sets itself up from the
    new file at once and writes it to the store when it takes over."""
    store = tmp_path / "store"
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, """
        MDomain s1.reload.example
        """)
    first = drives(mdshm, tmp_path, conf, store, pebble.http_port, name="first")
    wait_certs(mdshm, store, "s1.reload.example", ["rsa2048"], drive=first)
    standby = drives(mdshm, tmp_path, conf, store, pebble.http_port,
                     name="standby")
    wait_log(standby, "mdshm: drive for store", "the standby running")
    assert leader(mdshm, store)["pid"] == first.process.pid
    conf.write_text(conf_text(pebble, store, """
        MDomain s1.reload.example
        MDomain s2.reload.example
        """))
    standby.process.proc.send_signal(signal.SIGHUP)
    wait_log(standby, "read again: 2 MDs (1 before)", "the standby's reload")
    assert stored_mds(mdshm, store) == {"s1.reload.example"}  # not leading
    assert first.stop() == 0
    wait_certs(mdshm, store, "s2.reload.example", ["rsa2048"], drive=standby)
    assert leader(mdshm, store)["pid"] == standby.process.pid
