#!/usr/bin/env python3
"""Hostile requests against a running build, side by side with ordinary ones; prints figures, asserts nothing.

    python3 src/test/bench/attack_figures.py [--build jvm|native] [--attackers 50] [--seconds 10]

Needs wrk (apt-get install wrk). Prints: the time to refuse the fragment explosion (30 fragments, each spreading the next twice; 4 sent at
once, over HTTP and over WebSocket), the time to refuse a cost bomb through unpaged lists, and the latency of
an ordinary statistics page (answered from the response cache, as a repeated page is by default) at rest and
while --attackers connections (wrk) send the explosion without pause, with their ratio. Builds what is missing like bench.py (./mvnw package -DskipTests). Standard library only: the
WebSocket client below speaks just enough of RFC 6455 and graphql-transport-ws for this.
"""
import argparse
import base64
import http.client
import json
import os
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(__file__))
from caravan_service import Service, builds  # noqa: E402

TEMURIN25 = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"


def fragment_explosion(levels=30):
    lines = ["query { ...F0 }"]
    for i in range(levels - 1):
        lines.append(f"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}")
    lines.append(f"fragment F{levels - 1} on Query {{ sources {{ id }} }}")
    return "\n".join(lines)


COST_BOMB = "{ places { statisticsAsReporter { reporter { statisticsAsReporter { consistency { kind } } } } } }"
ORDINARY = ("{ statistics(first: 20) { edges { node { id printedAmount qualifier period { label }"
            " reporter { code name } citation { quote source { title } } } } } }")


class Http:
    """One keep-alive HTTP connection."""

    def __init__(self, port):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def graphql(self, query):
        self.conn.request("POST", "/graphql", json.dumps({"query": query}), {"Content-Type": "application/json"})
        response = self.conn.getresponse()
        return json.loads(response.read())

    def close(self):
        self.conn.close()


class WebSocket:
    """A graphql-transport-ws connection: masked text frames out, unmasked text frames in."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /graphql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                           "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError(head.decode(errors="replace"))
        self.send({"type": "connection_init"})
        assert self.receive()["type"] == "connection_ack"
        self.next_id = 0

    def send(self, message):
        payload = json.dumps(message).encode()
        mask = os.urandom(4)
        header = bytes([0x81])
        if len(payload) < 126:
            header += bytes([0x80 | len(payload)])
        elif len(payload) < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(payload))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(payload))
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _exactly(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise RuntimeError("connection closed")
            data += chunk
        return data

    def receive(self):
        while True:
            first, second = self._exactly(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._exactly(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._exactly(8))[0]
            payload = self._exactly(length)
            if first & 0x0F == 0x1:
                message = json.loads(payload)
                if message.get("type") != "ping":
                    return message

    def graphql(self, query):
        self.next_id += 1
        op = str(self.next_id)
        self.send({"type": "subscribe", "id": op, "payload": {"query": query}})
        while True:
            message = self.receive()
            if message.get("id") == op and message["type"] == "next":
                return message["payload"]
            if message.get("id") == op and message["type"] == "error":
                return {"errors": message["payload"]}

    def close(self):
        self.sock.close()


def code_of(answer):
    errors = answer.get("errors") or []
    return errors[0].get("extensions", {}).get("code") if errors else None


def timed_refusals(port, transport, query, expected, rounds=20, at_once=4):
    """Milliseconds until each of `at_once` simultaneous requests is refused, over `rounds` rounds."""
    times, wrong = [], []
    for _ in range(rounds):
        clients = [transport(port) for _ in range(at_once)]
        results = [None] * at_once

        def run(i):
            started = time.perf_counter()
            results[i] = (code_of(clients[i].graphql(query)), (time.perf_counter() - started) * 1000)

        threads = [threading.Thread(target=run, args=(i,)) for i in range(at_once)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for client in clients:
            client.close()
        for code, ms in results:
            times.append(ms)
            if code != expected:
                wrong.append(code)
    return times, wrong


def latencies(port, seconds):
    client, times, deadline = Http(port), [], time.monotonic() + seconds
    while time.monotonic() < deadline:
        started = time.perf_counter()
        answer = client.graphql(ORDINARY)
        times.append((time.perf_counter() - started) * 1000)
        assert "errors" not in answer, answer
    client.close()
    return times


def attack(port, attackers, seconds, body_file):
    """wrk sending the explosion on `attackers` connections without pause, in the background."""
    return subprocess.Popen(["wrk", "-t1", f"-c{attackers}", f"-d{seconds}s", "-s",
                             os.path.join(os.path.dirname(__file__), "post.lua"), f"http://127.0.0.1:{port}"],
                            env=dict(os.environ, BENCH_BODY_FILE=body_file), stdout=subprocess.PIPE, text=True)


def describe(times):
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"median {statistics.median(ordered):.1f} ms, p99 {p99:.1f} ms, max {ordered[-1]:.1f} ms (n={len(ordered)})"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default="jvm", choices=["jvm", "native"])
    parser.add_argument("--attackers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=10)
    args = parser.parse_args()
    java = TEMURIN25 if os.path.exists(TEMURIN25) else "java"
    if not any(name == args.build for name, _, _ in builds(java)) and args.build == "jvm":
        subprocess.run(["./mvnw", "-B", "-q", "package", "-DskipTests"], check=True)
    command = next((c for name, c, _ in builds(java) if name == args.build), None)
    if command is None:
        sys.exit(f"no {args.build} build in target/: build it first")
    if args.build == "jvm":
        command = [command[0], "-Xmx256m"] + command[1:]
    with tempfile.TemporaryDirectory() as data_dir:
        service = Service(command, data_dir)
        try:
            port = service.port
            print(f"== Caravan {args.build} build on port {port} ({os.cpu_count()} cores)")
            for _ in range(50):  # warm-up
                Http(port).graphql(ORDINARY)
            size = len(fragment_explosion().encode())
            for name, transport in (("HTTP", Http), ("WebSocket", WebSocket)):
                times, wrong = timed_refusals(port, transport, fragment_explosion(), "TOO_MANY_FIELDS")
                print(f"fragment explosion ({size} bytes), 4 at once over {name}: refused in {describe(times)};"
                      f" wrong answers: {len(wrong)}")
            times, wrong = timed_refusals(port, Http, COST_BOMB, "QUERY_TOO_COSTLY")
            print(f"cost bomb through unpaged lists ({len(COST_BOMB)} bytes), 4 at once over HTTP: refused in"
                  f" {describe(times)}; wrong answers: {len(wrong)}")
            at_rest = latencies(port, args.seconds)
            with tempfile.NamedTemporaryFile("w", suffix=".json") as body:
                json.dump({"query": fragment_explosion()}, body)
                body.flush()
                wrk = attack(port, args.attackers, int(args.seconds) + 2, body.name)
                time.sleep(1)
                under_attack = latencies(port, args.seconds)
                report = wrk.communicate()[0]
            rate = next((line.split()[1] for line in report.splitlines() if line.startswith("Requests/sec")), None)
            if rate is None:
                sys.exit("wrk reported no rate:\n" + report)
            print(f"ordinary statistics page at rest:           {describe(at_rest)}")
            print(f"same page, {args.attackers} connections sending explosions: {describe(under_attack)};"
                  f" {rate} explosions refused per second meanwhile (wrk)")
            print(f"ratio under attack / at rest (median): {statistics.median(under_attack) / statistics.median(at_rest):.2f}")
            health = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            health.request("GET", "/q/health/live")
            print(f"/q/health/live after the attack: {health.getresponse().status}")
        finally:
            service.stop()


if __name__ == "__main__":
    main()
