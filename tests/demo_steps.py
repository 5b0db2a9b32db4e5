"""demo_steps.py -- what the server demos (tests/demo_apache.py,
tests/demo_nginx.py) share: numbered steps printed with the elapsed time,
the failure that names its step with the tail of the server's error log,
and the end that stops every process started, whatever happened."""

import shutil
import subprocess
import time

import harness


class DemoFailure(Exception):
    pass


class Demo:
    """Demo @name of @n_steps steps.  stoppers: what to stop at the end
    (in reverse order)."""

    def __init__(self, name, n_steps):
        self.name, self.n_steps = name, n_steps
        self.t0 = time.monotonic()
        self.number, self.title = 0, ""
        self.stoppers = []

    def say(self, text=""):
        print(text, flush=True)

    def step(self, title):
        self.number += 1
        self.title = title
        self.say()
        self.say(f"==> [{time.monotonic() - self.t0:5.1f}s] "
                 f"{self.number}/{self.n_steps} {title}")

    def info(self, text):
        for line in str(text).splitlines():
            self.say("    " + line)

    def show(self, name, hs, status):
        """One line on what a handshake to @name served, and the status."""
        self.info(f"{name}: HTTP {status}, certificate CN={hs.subject_cn}, "
                  f"issuer {hs.issuer}, serial {hs.serial:X}")

    def leader_status(self, mdshm, store):
        """The leader part of `mdshm status` (one of the server's
        processes)."""
        st = subprocess.run([mdshm, "--store", store, "status"],
                            capture_output=True, text=True).stdout
        leader = st.split("storage:")[0].strip()
        self.info(f"$ mdshm --store {store} status   (its first lines)\n"
                  f"{leader}")

    def curl_sites(self, names, port, roots, path):
        """curl fetches https://NAME:@port@path for each of @names,
        trusting only the PEM roots @roots: 200 and a verified chain."""
        for nm in names:
            url = f"https://{nm}:{port}{path}"
            argv = ["curl", "-sS", "--cacert", roots, "--resolve",
                    f"{nm}:{port}:127.0.0.1", "-o", "/dev/null", "-w",
                    "%{http_code} %{ssl_verify_result}", url]
            r = subprocess.run(argv, capture_output=True, text=True)
            self.info(f"$ curl --cacert pebble-roots.pem {url} -> "
                      f"HTTP {r.stdout.split()[0] if r.stdout else '?'}")
            if r.returncode != 0 or not r.stdout.startswith("200 0"):
                raise DemoFailure(f"curl {nm}: {r.stdout} {r.stderr}")

    def stop_all(self):
        for stop in reversed(self.stoppers):
            stop()
        self.stoppers.clear()

    def run(self, body, server, work, keep):
        """body(); then @server, and every stopper, stopped; its root
        (server.root) and @work removed unless @keep.  The exit status:
        0; 1 with the step that failed named; 130 on Ctrl-C."""
        status = 0
        try:
            body()
            self.say()
            self.say(f"{self.name}: OK")
        except (DemoFailure, TimeoutError, RuntimeError, OSError) as e:
            self.say(f"\n{self.name}: FAILED in step {self.number}/"
                     f"{self.n_steps} ({self.title}): {e}")
            self.say(f"--- last lines of {server.error_log} ---")
            self.say(harness.tail(server.error_log, 30))
            status = 1
        except KeyboardInterrupt:
            status = 130
        finally:
            server.stop()
            self.stop_all()
            if keep:
                self.say(f"kept: {server.root} and {work}")
            else:
                shutil.rmtree(server.root, ignore_errors=True)
                shutil.rmtree(work, ignore_errors=True)
        return status
