"""test_export.py -- MDExportDir and MDExportCmd: the leader keeps PEM
files current for programs that read files, and tells them.

The consumer is a real one: `openssl s_server -cert fullchain.pem -key
privkey.pem`, (re)started by MDExportCmd after every change of the files,
probed with `openssl s_client`.  The other tests use static MDs (no CA):
two key types, a directory missing at start, a refused directory that
the drive retries without stopping.  `mdshm export` itself:
tests/cli/test_export.sh.
"""

import os
import re
import signal
import stat
import subprocess
import sys
import textwrap

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

import harness
from test_drive import DEADLINE, drives, md_status, wait_certs, write_conf  # noqa: F401

# MDExportCmd for the tests: restart `openssl s_server` on the exported
# files (argv: pidfile port log, then the drive adds MD and DIR).
RESTART = textwrap.dedent("""\
    import os, signal, subprocess, sys, time
    pidfile, port, log, md, where = sys.argv[1:6]
    try:
        pid = int(open(pidfile).read())
        os.kill(pid, signal.SIGTERM)
        while os.path.exists(f"/proc/{pid}"):
            with open(f"/proc/{pid}/stat") as f:
                if f.read().split(") ")[1].startswith("Z"):
                    break
            time.sleep(0.02)
    except (OSError, ValueError):
        pass
    out = open(log + ".s_server", "ab")
    # -www: s_server never reads its stdin (an interactive s_server can
    # take /dev/null's EOF for "close the connection")
    p = subprocess.Popen(["openssl", "s_server", "-www", "-accept",
                          "127.0.0.1:" + port,
                          "-cert", where + "/fullchain.pem",
                          "-key", where + "/privkey.pem"],
                         stdin=subprocess.DEVNULL, stdout=out, stderr=out,
                         start_new_session=True)
    with open(pidfile, "w") as f:
        f.write(str(p.pid))
    # done once s_server accepts connections (or has died: its log says why)
    import socket
    for _ in range(300):
        if p.poll() is not None:
            break
        try:
            socket.create_connection(("127.0.0.1", int(port)), 1).close()
            break
        except OSError:
            time.sleep(0.05)
    with open(log, "a") as f:
        f.write(md + " " + where + "\\n")
    """)

# MDNotifyCmd: record the serial of the exported cert.pem it finds.
NOTIFY = textwrap.dedent("""\
    import subprocess, sys
    export, log, md = sys.argv[1:4]
    out = subprocess.run(["openssl", "x509", "-noout", "-serial", "-in",
                          export + "/" + md + "/cert.pem"],
                         capture_output=True, text=True).stdout
    with open(log, "a") as f:
        f.write(out.strip().split("=")[-1] + "\\n")
    """)


def served_serial(port, name):
    """Serial of the certificate a TLS server on 127.0.0.1:@port sends."""
    out = subprocess.run(["openssl", "s_client", "-connect", f"127.0.0.1:{port}",
                          "-servername", name], stdin=subprocess.DEVNULL,
                         capture_output=True, timeout=5)
    pem = re.search(rb"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----",
                    out.stdout, re.S)
    if not pem:
        return None
    return x509.load_pem_x509_certificate(pem.group(0)).serial_number


def pub_der(key):
    return key.public_bytes(serialization.Encoding.DER,
                            serialization.PublicFormat.SubjectPublicKeyInfo)


def check_files(where, cert_pem=None):
    """The four files in @where: modes, the key is the certificate's."""
    for f in ("cert.pem", "chain.pem", "fullchain.pem"):
        assert stat.S_IMODE(os.stat(os.path.join(where, f)).st_mode) == 0o644
    assert stat.S_IMODE(os.stat(os.path.join(where, "privkey.pem")).st_mode) == 0o600
    with open(os.path.join(where, "cert.pem"), "rb") as f:
        cert = x509.load_pem_x509_certificate(f.read())
    with open(os.path.join(where, "privkey.pem"), "rb") as f:
        key = serialization.load_pem_private_key(f.read(), None)
    assert pub_der(key.public_key()) == pub_der(cert.public_key())
    with open(os.path.join(where, "fullchain.pem"), "rb") as f:
        assert f.read().startswith(open(os.path.join(where, "cert.pem"), "rb").read())
    if cert_pem:
        with open(cert_pem, "rb") as f:
            assert x509.load_pem_x509_certificate(f.read()) == cert
    return cert


@pytest.fixture
def s_server():
    """The pid file of the s_server MDExportCmd starts; killed at the end."""
    holder = {}
    yield holder
    try:
        os.kill(int(open(holder["pidfile"]).read()), signal.SIGTERM)
    except (OSError, ValueError, KeyError):
        pass


def test_renewal_reaches_s_server(mdshm, pebble, tmp_path, drives, s_server):
    store = tmp_path / "store"
    export = tmp_path / "live"
    port = harness.free_port()
    s_server["pidfile"] = pidfile = tmp_path / "s_server.pid"
    restart, notify = tmp_path / "restart.py", tmp_path / "notify.py"
    restart.write_text(RESTART)
    notify.write_text(NOTIFY)
    cmd_log, notify_log = tmp_path / "export-cmd.log", tmp_path / "notify.log"
    conf = write_conf(tmp_path, pebble.directory_url, pebble.ca_file, store, f"""
        MDExportDir {export}
        MDExportCmd {sys.executable} {restart} {pidfile} {port} {cmd_log}
        MDNotifyCmd {sys.executable} {notify} {export} {notify_log}
        MDomain exp.example
        """)
    drive = drives(mdshm, tmp_path, conf, store, pebble.http_port)
    m = wait_certs(mdshm, store, "exp.example", ["rsa2048"], drive=drive)
    first = int(m["certs"]["rsa2048"]["serial"], 16)
    where = str(export / "exp.example")
    # The set is live in the store before the leader has exported it and
    # run the hooks (they follow the activation): wait for each, bounded.
    wait_file_serial(where, first)
    # MDExportCmd started the server on the files; MDNotifyCmd ran after
    # the export (it found the new files)
    wait_text(cmd_log, lambda t: t == f"exp.example {where}\n", "MDExportCmd")
    # openssl prints the serial with a leading zero where the DER has one
    # (one serial in 16): compare numbers, not spellings
    wait_text(notify_log, lambda t: [int(x, 16) for x in t.split()] == [first],
              "MDNotifyCmd")
    wait_served(port, first, cmd_log, "s_server serving the first certificate")

    out = subprocess.run([mdshm, "--store", str(store), "renew", "exp.example"],
                         capture_output=True, text=True, timeout=20)
    assert out.returncode == 0, out.stderr
    m = wait_certs(mdshm, store, "exp.example", ["rsa2048"], drive=drive,
                   changed={"rsa2048": m["certs"]["rsa2048"]["serial"]})
    second = int(m["certs"]["rsa2048"]["serial"], 16)
    assert second != first
    wait_file_serial(where, second)
    # restarted by MDExportCmd, s_server now sends the new certificate
    wait_served(port, second, cmd_log, "s_server serving the renewed certificate")
    wait_text(cmd_log, lambda t: t.count("\n") == 2, "MDExportCmd again")
    assert harness.wait_until(
        lambda: "exported" in [e["type"] for e in
                               (md_status(mdshm, store, "exp.example").get("job")
                                or {}).get("log", [])],
        DEADLINE, "the job log entry 'exported'")


def wait_served(port, serial, cmd_log, what):
    """Wait until s_server on @port sends the certificate with @serial; on
    a timeout, say what s_server itself printed."""
    try:
        harness.wait_until(lambda: served_serial(port, "exp.example") == serial,
                           DEADLINE, what)
    except TimeoutError as e:
        out = cmd_log.parent / (cmd_log.name + ".s_server")
        pidfile = cmd_log.parent / "s_server.pid"
        pid = pidfile.read_text().strip() if pidfile.exists() else "?"
        alive = pid.isdigit() and os.path.exists(f"/proc/{pid}")
        probe = subprocess.run(["openssl", "s_client", "-connect",
                                f"127.0.0.1:{port}", "-servername",
                                "exp.example"], stdin=subprocess.DEVNULL,
                               capture_output=True, text=True, timeout=10)
        raise AssertionError(
            f"{e}; s_server pid {pid} {'alive' if alive else 'gone'}, "
            f"printed {out.read_text() if out.exists() else 'nothing'!r}; "
            f"s_client: rc {probe.returncode}, {probe.stderr[-600:]!r}, "
            f"{probe.stdout[-400:]!r}")


def wait_file_serial(where, serial):
    """Wait until the exported files are whole and hold @serial."""
    def ready():
        try:
            return check_files(where).serial_number == serial
        except (OSError, AssertionError, ValueError):
            return False  # not written yet, or the previous version
    assert harness.wait_until(ready, DEADLINE, f"exported files with {serial:X}")
    assert check_files(where).serial_number == serial


def wait_text(path, ok, what):
    """Wait until @path exists and its text satisfies @ok."""
    def ready():
        try:
            return ok(path.read_text())
        except OSError:
            return False
    try:
        harness.wait_until(ready, DEADLINE, what)
    except TimeoutError as e:
        raise AssertionError(f"{e}; {path} has "
                             f"{path.read_text() if path.exists() else 'nothing'!r}")


def _self_signed(tmp_path, name, key_args):
    key, cert = tmp_path / f"{name}.key", tmp_path / f"{name}.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", *key_args, "-nodes",
                    "-keyout", str(key), "-out", str(cert), "-days", "30",
                    "-subj", "/CN=two.example",
                    "-addext", "subjectAltName=DNS:two.example"],
                   check=True, capture_output=True)
    os.chmod(key, 0o600)
    return cert, key


def _static_conf(tmp_path, store, export, pairs, extra=""):
    files = "".join(f"    MDCertificateFile {c}\n    MDCertificateKeyFile {k}\n"
                    for c, k in pairs)
    path = tmp_path / "static.conf"
    path.write_text(f"MDStoreDir {store}\nMDRetryDelay 1s\n{extra}"
                    f"<MDomain two.example>\n{files}"
                    f"    MDExportDir {export}\n</MDomain>\n")
    return path


def test_two_key_types_and_missing_dir(mdshm, tmp_path, drives):
    store, export = tmp_path / "store", tmp_path / "live"
    ec = _self_signed(tmp_path, "ec", ["ec", "-pkeyopt", "ec_paramgen_curve:P-256"])
    rsa = _self_signed(tmp_path, "rsa", ["rsa:2048"])
    cmd_log, script = tmp_path / "export-cmd.log", tmp_path / "log.py"
    script.write_text("import sys\n"
                      "with open(sys.argv[1], 'a') as f:\n"
                      "    f.write(' '.join(sys.argv[2:]) + '\\n')\n")
    conf = _static_conf(tmp_path, store, export, [ec, rsa],
                        f"MDExportCmd {sys.executable} {script} {cmd_log}\n")
    where = export / "two.example"

    def exported():  # the hook's line is whole (it runs after the export)
        return ((where / "secp256r1" / "cert.pem").exists() and
                cmd_log.exists() and cmd_log.read_text().endswith("\n"))

    drive = drives(mdshm, tmp_path, conf, store)
    harness.wait_until(exported, DEADLINE, "the export of two.example")
    # the first key spec as plain files, each spec in a directory
    check_files(str(where), ec[0])
    check_files(str(where / "secp256r1"), ec[0])
    check_files(str(where / "rsa2048"), rsa[0])
    assert os.readlink(where / "rsa2048") == "current/rsa2048"
    assert cmd_log.read_text() == f"two.example {where}\n"
    assert drive.stop() == 0

    # `mdshm export` of the same MD elsewhere: the same layout
    out = subprocess.run([mdshm, "--store", str(store), "export", "two.example",
                          "--dir", str(tmp_path / "cli")],
                         capture_output=True, text=True, timeout=20)
    assert out.returncode == 0, out.stderr
    check_files(str(tmp_path / "cli" / "rsa2048"), rsa[0])
    check_files(str(tmp_path / "cli" / "secp256r1"), ec[0])
    assert "PRIVATE" not in out.stdout + out.stderr

    # deleted while no drive ran: the next drive writes it again at start
    subprocess.run(["rm", "-rf", str(export)], check=True)
    cmd_log.unlink()
    drives(mdshm, tmp_path, conf, store, name="drive2")
    harness.wait_until(exported, DEADLINE, "the export after a restart")
    check_files(str(where / "rsa2048"), rsa[0])


def test_refused_dir_is_retried(mdshm, tmp_path, drives):
    store, export = tmp_path / "store", tmp_path / "live"
    os.mkdir(export)
    os.chmod(export, 0o777)  # writable by anyone: refused
    ec = _self_signed(tmp_path, "ec", ["ec", "-pkeyopt", "ec_paramgen_curve:P-256"])
    conf = _static_conf(tmp_path, store, export, [ec])
    drive = drives(mdshm, tmp_path, conf, store)
    harness.wait_until(lambda: "cannot export" in drive.log_text(), DEADLINE,
                       "the export failure in the log")
    assert not (export / "two.example").exists()
    # the store kept its set and the drive runs on
    assert drive.process.running()
    assert "secp256r1" in md_status(mdshm, store, "two.example")["certs"]
    os.chmod(export, 0o755)
    harness.wait_until(lambda: (export / "two.example" / "cert.pem").exists(),
                       DEADLINE, "the retried export")
    check_files(str(export / "two.example"), ec[0])
