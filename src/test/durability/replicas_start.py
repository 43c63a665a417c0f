#!/usr/bin/env python3
"""Starts several Caravan instances at the same moment on one empty database, as the first rollout of the
PostgreSQL Deployment does (3 replicas), and checks that every one becomes ready without a restart and that
they all serve the same bundled dataset. Then an edit made through one replica must be served by another within
the interval at which replicas check for each other's writes (caravan.shared-database.check-interval, 1 s), although
that replica had the old answer cached.

    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/caravan_replicas \\
    QUARKUS_DATASOURCE_USERNAME=postgres \\
        python3 src/test/durability/replicas_start.py --replicas 3 --command "java -jar target/quarkus-app/quarkus-run.jar"

The database must be empty (see fresh_database in postgres-env.sh). Uses only the standard library.
"""
import argparse
import base64
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
from caravan_service import READY_QUERY, answered, free_port, post  # noqa: E402

COUNT_QUERY = json.dumps({"query": "{ statistics { totalCount } meetings { totalCount } sources { id } }"})
EDITOR_PASSWORD = "replicas-test"
FIGURE = "xinjiang-trade-2022"
SEEN_QUERY = json.dumps({"query": '{ statistic(id: "%s") { description } statistics { totalCount } }' % FIGURE})


def edit_seen_elsewhere(writer_port, reader_port, within):
    """Seconds until an edit through one replica is served by another that had cached the old answer."""
    def seen():
        return json.loads(post(reader_port, SEEN_QUERY)[1])["data"]
    before = seen()
    seen()  # now the reader's caches hold it
    auth = {"Authorization": "Basic " + base64.b64encode(f"editor:{EDITOR_PASSWORD}".encode()).decode()}
    correction = json.dumps({"query": """mutation { correctStatistic(id: "%s", reason: "replicas test", input: {
        indicator: TRADE_VALUE, description: "Edited through another replica", reporter: "xinjiang", flow: TOTAL,
        period: "2022", amount: "1 billion", unit: CNY, qualifier: EXACT, source: "kashgar-cashes-in-2023",
        quote: "a test excerpt" }) { id } }""" % FIGURE})
    record = json.dumps({"query": """mutation { recordStatistic(input: { id: "replicas-test-figure",
        indicator: TRADE_VALUE, description: "Recorded through another replica", reporter: "kashgar", flow: TOTAL,
        period: "2031", amount: "1 billion", unit: CNY, qualifier: EXACT, source: "kashgar-cashes-in-2023",
        quote: "a test excerpt" }) { id } }"""})
    for mutation in (correction, record):
        status, body = post(writer_port, mutation, headers=auth)
        if status != 200 or b'"errors"' in body:
            raise AssertionError(f"the edit was refused: {status} {body[:300]!r}")
    started = time.monotonic()
    while time.monotonic() - started < within:
        now = seen()
        if (now["statistic"]["description"] == "Edited through another replica"
                and now["statistics"]["totalCount"] == before["statistics"]["totalCount"] + 1):
            return time.monotonic() - started
        time.sleep(0.05)
    raise AssertionError(f"after {within} s the other replica still serves {seen()}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--replicas", type=int, default=3)
    parser.add_argument("--command", required=True)
    parser.add_argument("--ready-within", type=float, default=120)
    args = parser.parse_args()

    logs = tempfile.mkdtemp(prefix="caravan-replicas-")
    replicas = []
    for i in range(args.replicas):
        port = free_port()
        log = open(os.path.join(logs, f"replica-{i}.log"), "wb")
        process = subprocess.Popen(shlex.split(args.command), stdout=log, stderr=subprocess.STDOUT,
                                   env=dict(os.environ, QUARKUS_HTTP_PORT=str(port),
                                            QUARKUS_LOG_CONSOLE_JSON_ENABLED="false",
                                            CARAVAN_EDITOR_PASSWORD=EDITOR_PASSWORD))
        replicas.append((i, port, process, log))

    failures = []
    try:
        waiting = {i for i, *_ in replicas}
        deadline = time.monotonic() + args.ready_within
        while waiting and time.monotonic() < deadline:
            for i, port, process, _ in replicas:
                if i not in waiting:
                    continue
                if process.poll() is not None:
                    failures.append(f"replica {i} exited with {process.returncode} before it was ready "
                                    f"(log: {logs}/replica-{i}.log)")
                    waiting.discard(i)
                    continue
                try:
                    if answered(port, READY_QUERY, timeout=1.0):
                        waiting.discard(i)
                except OSError:
                    pass
            time.sleep(0.2)
        failures += [f"replica {i} not ready within {args.ready_within:.0f} s" for i in sorted(waiting)]

        answers = set()
        for i, port, process, _ in replicas:
            if process.poll() is None and i not in waiting:
                status, body = post(port, COUNT_QUERY)
                data = json.loads(body)["data"]
                answers.add((data["statistics"]["totalCount"], data["meetings"]["totalCount"], len(data["sources"])))
        if len(answers) > 1:
            failures.append(f"the replicas serve different data: {sorted(answers)}")
        if answers and min(answers)[0] == 0:
            failures.append("the dataset was not imported")
        print(f"{args.replicas} replicas started at once; ready: {args.replicas - len(failures)}; "
              f"they serve (statistics, meetings, sources) = {sorted(answers)}")
        if not failures and len(replicas) > 1:
            try:
                seconds = edit_seen_elsewhere(replicas[0][1], replicas[1][1], within=3.0)
                print(f"an edit through replica 0 was served by replica 1 after {seconds:.2f} s")
            except AssertionError as e:
                failures.append(str(e))
    finally:
        for _, _, process, log in replicas:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
            log.close()

    for failure in failures:
        print("FAILED:", failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
