#!/usr/bin/env python3
"""Kills Caravan with SIGKILL in the middle of a stream of mutations, many times over, and checks that
every mutation the service acknowledged is still there after each restart, and that the database opens.

    python3 src/test/durability/kill_test.py [--cycles 20] [--command 'java -jar target/quarkus-app/quarkus-run.jar']

The command defaults to the native binary if it was built, else the JVM jar. The data directory is a fresh
temporary one (or --data-dir); extra environment, such as a PostgreSQL configuration, is inherited.
Standard library only. Prints 'N passed, N failed' and exits non-zero when any acknowledged write is lost.
"""
import argparse
import base64
import glob
import http.client
import json
import os
import random
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

PASSWORD = "durability-test-editor"
RECORD = """mutation($input: StatisticInput!) { recordStatistic(input: $input) { id } }"""
PAGE = """query($after: String) { statistics(first: 100, after: $after,
  filter: {period: "2099", includeRetracted: true}) { pageInfo { hasNextPage endCursor } edges { node { id } } } }"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(port, query, variables=None, timeout=10.0):
    body = json.dumps({"query": query, "variables": variables or {}})
    auth = base64.b64encode(f"editor:{PASSWORD}".encode()).decode()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("POST", "/graphql", body, {"Content-Type": "application/json", "Authorization": "Basic " + auth})
        response = conn.getresponse()
        return response.status, json.loads(response.read() or b"{}")
    finally:
        conn.close()


def start(command, data_dir, port):
    env = dict(os.environ, CARAVAN_DATA_DIR=data_dir, QUARKUS_HTTP_PORT=str(port), CARAVAN_EDITOR_PASSWORD=PASSWORD)
    log = open(os.path.join(data_dir, "service.log"), "ab")
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the service exited with {process.returncode} on start (see {data_dir}/service.log)")
        try:
            status, body = post(port, "{ sources { id } }", timeout=2)
            if status == 200 and "data" in body:
                return process
        except OSError:
            pass
        time.sleep(0.05)
    process.kill()
    raise RuntimeError("the service did not answer within 90 s")


def stored_ids(port):
    ids, after = set(), None
    while True:
        status, body = post(port, PAGE, {"after": after})
        if not body.get("data"):
            raise RuntimeError(f"reading the stored figures failed: {status} {json.dumps(body)[:1000]}")
        page = body["data"]["statistics"]
        ids.update(edge["node"]["id"] for edge in page["edges"])
        if not page["pageInfo"]["hasNextPage"]:
            return ids
        after = page["pageInfo"]["endCursor"]


def write_stream(port, cycle, acknowledged, stop):
    n = 0
    while not stop.is_set():
        n += 1
        figure_id = f"durability-{cycle}-{n}"
        variables = {"input": {"id": figure_id, "indicator": "TRADE_VALUE", "description": "durability test figure",
                               "reporter": "kashgar", "flow": "TOTAL", "period": "2099", "amount": f"{n} million",
                               "unit": "CNY", "qualifier": "EXACT", "source": "kashgar-cashes-in-2023",
                               "quote": "durability test"}}
        try:
            status, body = post(port, RECORD, variables, timeout=5)
        except OSError:
            return  # the service was killed mid-request: this write was never acknowledged
        if status == 200 and not body.get("errors") and body.get("data", {}).get("recordStatistic"):
            acknowledged.add(figure_id)


def default_command():
    runners = glob.glob("target/*-runner")
    if runners:
        return [runners[0]]
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"
    return [java, "-jar", "target/quarkus-app/quarkus-run.jar"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cycles", type=int, default=20)
    parser.add_argument("--command", help="how to start the service, e.g. 'java -jar target/quarkus-app/quarkus-run.jar'")
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    command = shlex.split(args.command) if args.command else default_command()
    data_dir = args.data_dir or tempfile.mkdtemp(prefix="caravan-durability-")
    os.makedirs(data_dir, exist_ok=True)
    acknowledged, passed, failed = set(), 0, 0
    random.seed(20261125)
    try:
        for cycle in range(1, args.cycles + 1):
            port = free_port()
            process = start(command, data_dir, port)
            missing = acknowledged - stored_ids(port)
            if missing:
                failed += 1
                print(f"FAIL cycle {cycle}: {len(missing)} acknowledged writes lost, e.g. {sorted(missing)[:3]}")
            else:
                passed += 1
            stop = threading.Event()
            writer = threading.Thread(target=write_stream, args=(port, cycle, acknowledged, stop))
            writer.start()
            time.sleep(random.uniform(0.3, 1.5))
            process.send_signal(signal.SIGKILL)
            process.wait()
            stop.set()
            writer.join()
        port = free_port()
        process = start(command, data_dir, port)
        missing = acknowledged - stored_ids(port)
        process.terminate()
        process.wait()
        if missing:
            failed += 1
            print(f"FAIL after the last kill: {len(missing)} acknowledged writes lost")
        else:
            passed += 1
        print(f"{args.cycles} SIGKILL cycles with {' '.join(command)}: {len(acknowledged)} writes acknowledged, "
              f"every one found after each restart" if not failed else "some acknowledged writes were lost")
    finally:
        if not args.data_dir:
            shutil.rmtree(data_dir, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
