#!/usr/bin/env python3
"""Starts several Caravan instances at the same moment on one empty database, as the first rollout of the
PostgreSQL Deployment does (3 replicas), and checks that every one becomes ready without a restart and that
they all serve the same bundled dataset.

    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/caravan_replicas \\
    QUARKUS_DATASOURCE_USERNAME=postgres \\
        python3 src/test/durability/replicas_start.py --replicas 3 --command "java -jar target/quarkus-app/quarkus-run.jar"

The database must be empty (see fresh_database in postgres-env.sh). Uses only the standard library.
"""
import argparse
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
                                            QUARKUS_LOG_CONSOLE_JSON_ENABLED="false"))
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
