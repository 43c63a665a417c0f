"""Starting and stopping a Caravan build for the benchmark scripts; standard library only."""
import glob
import http.client
import os
import socket
import subprocess
import time

READY_QUERY = '{"query": "{ sources { id } }"}'


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(port, body, path="/graphql", timeout=5.0, headers=None):
    """POSTs a JSON body; returns (status, response bytes)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("POST", path, body, {"Content-Type": "application/json", **(headers or {})})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def answered(port, body, timeout=5.0):
    """Whether a GraphQL request got data and no errors."""
    status, data = post(port, body, timeout=timeout)
    return status == 200 and b'"errors"' not in data and b'"data"' in data


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid):
    """User plus system CPU time the process has used so far."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def builds(java):
    """(name, command, artifact) of each build present: the JVM jar and the native binary."""
    found = []
    if os.path.exists("target/quarkus-app/quarkus-run.jar"):
        found.append(("jvm", [java, "-jar", "target/quarkus-app/quarkus-run.jar"], "target/quarkus-app"))
    runners = glob.glob("target/*-runner")
    if runners:
        found.append(("native", [runners[0]], runners[0]))
    return found


class Service:
    """A running Caravan on a free port with its own data directory."""

    def __init__(self, command, data_dir, env=None, ready_within=60):
        self.port = free_port()
        environment = dict(os.environ, CARAVAN_DATA_DIR=data_dir, QUARKUS_HTTP_PORT=str(self.port), **(env or {}))
        started = time.monotonic()
        self.process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        self.pid = self.process.pid
        while True:
            try:
                if answered(self.port, READY_QUERY, timeout=1.0):
                    break
            except OSError:
                pass
            if self.process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited with {self.process.returncode} before answering")
            if time.monotonic() - started > ready_within:
                self.stop()
                raise RuntimeError(f"{command[0]} did not answer within {ready_within} s")
            time.sleep(0.002)
        self.ready_ms = (time.monotonic() - started) * 1000

    def figures_in_memory(self):
        """The caravan_figures_in_memory gauge: figures answered from memory, 0 while reads go to the database."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
        try:
            conn.request("GET", "/q/metrics")
            for line in conn.getresponse().read().decode().splitlines():
                if line.startswith("caravan_figures_in_memory "):
                    return int(float(line.split()[1]))
            return 0
        finally:
            conn.close()

    def await_figures_in_memory(self, within):
        """Waits until reads are answered from memory; returns the seconds waited, or None if they never were."""
        started = time.monotonic()
        while time.monotonic() - started < within:
            if self.figures_in_memory() > 0:
                return time.monotonic() - started
            time.sleep(0.5)
        return None

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
