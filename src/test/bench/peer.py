#!/usr/bin/env python3
"""Caravan against PostGraphile on the same PostgreSQL database, side by side in one run.

    python3 src/test/bench/peer.py [--rows bundled,100000] [--duration 10] [--warmup 5] [--warm-up-mix 60] [--connections 50]

For each data size, a fresh database is made and Caravan's PostgreSQL build (built into target/bench-postgres
when missing) is started on it: its Flyway migrations create the tables and it loads the bundled dataset, plus
CARAVAN_SYNTHETIC_STATISTICS generated figures for a size other than "bundled". PostGraphile 4 (npm, installed
into target/bench-node when missing) is then started on that same database with two cluster workers, one per
core, so that both use the whole machine. Caravan runs with its response cache off: every answer is computed.

Two requests, each written for both servers and checked for equivalent answers before any load (the same
figures in the same order, with the same places, quotes, sources and totals):
- the statistics page: the newest 20 figures in force, with reporter and its parent, partner, quote and source;
- varied filters: the same page for one reporter, the reporter changing with every request (wrk rotates through
  one body per reporter).
Each server is first warmed up by --warm-up-mix seconds of all the requests in turn; then each request is driven
with wrk -t2 -c50 for --duration seconds after --warmup seconds, Caravan and PostGraphile in --rounds alternating
rounds; each server's median run is printed, with a `ratio caravan/postgraphile` line (the median of the rounds'
ratios). Needs wrk, node and npm, and PostgreSQL on
127.0.0.1:5432 for the user postgres without a password (`source src/test/durability/postgres-env.sh &&
ensure_postgres` sets one up). Standard library only; run from the project root.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal

from caravan_service import Service, cpu_seconds, free_port, post, rss_mb
from bench import TEMURIN25, warm_up, wrk

HERE = os.path.dirname(os.path.abspath(__file__))
POSTGRAPHILE = "postgraphile@4.14.1"
APP = "target/bench-postgres/quarkus-run.jar"
NODE_DIR = "target/bench-node"
DATABASE = "caravan_bench_peer"

NODE_FIELDS = """id value unit qualifier period { label } reporter { name parent { name } } partner { name }
  citation { quote source { title publishedOn } }"""
PEER_NODE_FIELDS = """id amount unit qualifier periodLabel placeByReporterCode { name placeByParentCode { name } }
  placeByPartnerCode { name } quote sourceBySourceId { title publishedOn }"""
CARAVAN_PAGE = "{ statistics(first: 20) { totalCount edges { cursor node { %s } } } }" % NODE_FIELDS
POSTGRAPHILE_PAGE = """{ allTradeStatistics(first: 20, orderBy: [SORT_DATE_DESC, ID_ASC], condition: {retracted: false})
  { totalCount edges { cursor node { %s } } } }""" % PEER_NODE_FIELDS
CARAVAN_FILTERED = """query Filtered($reporter: String!) { statistics(first: 20, filter: {reporter: $reporter})
  { totalCount edges { cursor node { %s } } } }""" % NODE_FIELDS
POSTGRAPHILE_FILTERED = """query Filtered($reporter: String!) { allTradeStatistics(first: 20, orderBy: [SORT_DATE_DESC, ID_ASC],
  condition: {retracted: false, reporterCode: $reporter}) { totalCount edges { cursor node { %s } } } }""" % PEER_NODE_FIELDS


def body(document, reporter=None):
    return json.dumps({"query": document, "variables": {} if reporter is None else {"reporter": reporter}})


def figures_of(answer, peer):
    """What both answers must agree on: each figure, in order, and the total."""
    data = json.loads(answer)
    if data.get("errors") or not data.get("data"):
        raise AssertionError(f"not a clean answer: {answer[:300]!r}")
    if peer:
        page = data["data"]["allTradeStatistics"]
        rows = [(n["id"], n["amount"], n["unit"], n["qualifier"], n["periodLabel"], n["placeByReporterCode"]["name"],
                 (n["placeByReporterCode"]["placeByParentCode"] or {}).get("name"),
                 (n["placeByPartnerCode"] or {}).get("name"), n["quote"], n["sourceBySourceId"]["title"],
                 n["sourceBySourceId"]["publishedOn"]) for n in (e["node"] for e in page["edges"])]
    else:
        page = data["data"]["statistics"]
        rows = [(n["id"], n["value"], n["unit"], n["qualifier"], n["period"]["label"], n["reporter"]["name"],
                 (n["reporter"]["parent"] or {}).get("name"), (n["partner"] or {}).get("name"),
                 n["citation"]["quote"], n["citation"]["source"]["title"], n["citation"]["source"]["publishedOn"])
                for n in (e["node"] for e in page["edges"])]
    # numbers as numbers: PostgreSQL's numeric(38, 6) reads 2920000000.000000 where Caravan answers 2920000000
    rows = [row[:1] + (None if row[1] is None else Decimal(str(row[1])),) + row[2:] for row in rows]
    return page["totalCount"], rows


def documents(reporter):
    """Caravan's document and PostGraphile's for the page, filtered by reporter unless it is None."""
    return (CARAVAN_PAGE, POSTGRAPHILE_PAGE) if reporter is None else (CARAVAN_FILTERED, POSTGRAPHILE_FILTERED)


def same_answers(caravan_port, peer_port, reporter):
    ours_document, theirs_document = documents(reporter)
    status, ours = post(caravan_port, body(ours_document, reporter), timeout=60)
    peer_status, theirs = post(peer_port, body(theirs_document, reporter), timeout=60)
    assert status == 200 and peer_status == 200, (status, peer_status, theirs[:300])
    total, rows = figures_of(ours, peer=False)
    peer_total, peer_rows = figures_of(theirs, peer=True)
    assert total == peer_total and rows == peer_rows, f"answers differ for reporter {reporter}:\n{rows}\n{peer_rows}"
    assert rows, f"no figures for reporter {reporter}"
    return total


def psql(*sql):
    command = ["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1"]
    for statement in sql:
        command += ["-c", statement]
    subprocess.run(command, check=True, capture_output=True)


def reporters(port):
    """The reporters with the most figures in force, for the varied-filter rotation."""
    sql = ("select reporter_code from trade_statistic where not retracted group by reporter_code"
           " order by count(*) desc, reporter_code limit 8")
    out = subprocess.run(["psql", "-At", "-h", "127.0.0.1", "-U", "postgres", "-d", DATABASE, "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return out.split()


def build_missing():
    if not os.path.exists(APP):
        subprocess.run(["./mvnw", "-B", "-ntp", "-q", "-Ppostgres", "package", "-DskipTests",
                        "-Dquarkus.package.output-directory=bench-postgres"], check=True)
    binary = os.path.join(NODE_DIR, "node_modules", ".bin", "postgraphile")
    if not os.path.exists(binary):
        os.makedirs(NODE_DIR, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", NODE_DIR, "--no-audit", "--no-fund", "--loglevel=error",
                        POSTGRAPHILE], check=True)
    return binary


class PostGraphile:
    def __init__(self, binary, ready_within=60):
        self.port = free_port()
        self.process = subprocess.Popen(
            [binary, "--connection", f"postgres://postgres@127.0.0.1:5432/{DATABASE}", "--schema", "public",
             "--host", "127.0.0.1", "--port", str(self.port), "--disable-query-log", "--cluster-workers", "2"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        started = time.monotonic()
        probe = json.dumps({"query": "{ __typename }"})
        while True:
            try:
                if post(self.port, probe, timeout=1.0)[0] == 200:
                    break
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() - started > ready_within:
                self.stop()
                raise RuntimeError("PostGraphile did not answer")
            time.sleep(0.05)

    def pids(self):
        """The master and its cluster workers: all of the process group's members."""
        out = subprocess.run(["pgrep", "-g", str(self.process.pid)], capture_output=True, text=True).stdout
        return [int(pid) for pid in out.split()]

    def stop(self):
        try:
            os.killpg(self.process.pid, 15)
        except ProcessLookupError:
            pass
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, 9)
            self.process.wait()


def measure(port, bodies, pids, args):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        out.write("\n".join(bodies) + "\n")
    target = "@" + out.name  # one body per line, rotated by wrk (post.lua)
    wrk(port, target, args.warmup, args.connections)
    before = sum(cpu_seconds(pid) for pid in pids)
    figures = wrk(port, target, args.duration, args.connections)
    figures["cpu"] = (sum(cpu_seconds(pid) for pid in pids) - before) / args.duration * 100
    figures["rss"] = sum(rss_mb(pid) for pid in pids)
    os.unlink(out.name)
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", default="bundled,100000",
                        help="data sizes: 'bundled' (the dataset alone) or a count of generated statistics added")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=5, help="seconds of load before each measured run")
    parser.add_argument("--warm-up-mix", type=int, default=60,
                        help="seconds of both requests in turn before the first measured run, for each server")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3,
                        help="alternating rounds per request; the table shows each server's median run")
    args = parser.parse_args()
    for tool in ("wrk", "npm", "psql"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing")
    binary = build_missing()
    java = TEMURIN25 if os.path.exists(TEMURIN25) else "java"
    print(f"# Caravan and {POSTGRAPHILE} on one PostgreSQL database, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())},"
          f" {os.cpu_count()} CPUs, wrk -t2 -c{args.connections} -d{args.duration}s after {args.warmup}s warm-up")
    for size in args.rows.split(","):
        psql(f"drop database if exists {DATABASE} with (force)", f"create database {DATABASE}")
        data_dir = tempfile.mkdtemp(prefix="caravan-peer-")
        env = {"QUARKUS_DATASOURCE_JDBC_URL": f"jdbc:postgresql://127.0.0.1:5432/{DATABASE}",
               "QUARKUS_DATASOURCE_USERNAME": "postgres", "CARAVAN_RESPONSE_CACHE_ENABLED": "false"}
        if size != "bundled":
            env["CARAVAN_SYNTHETIC_STATISTICS"] = size
        caravan = Service([java, "-Xmx256m", "-jar", APP], data_dir, env, ready_within=1800)
        peer = None
        try:
            peer = PostGraphile(binary)
            total = same_answers(caravan.port, peer.port, None)
            rotation = reporters(caravan.port)
            for reporter in rotation:
                same_answers(caravan.port, peer.port, reporter)
            print(f"\n## {size} data: {total:,} statistics in force; answers checked equal for the page and"
                  f" {len(rotation)} reporters\n")
            print("| request | server | req/s | p50 ms | p99 ms | errors | CPU % | RSS MB |")
            print("|---|---|---:|---:|---:|---:|---:|---:|")
            ratios = []
            warm_up(caravan.port, [body(CARAVAN_PAGE)] + [body(CARAVAN_FILTERED, r) for r in rotation], args)
            warm_up(peer.port, [body(POSTGRAPHILE_PAGE)] + [body(POSTGRAPHILE_FILTERED, r) for r in rotation], args)
            for label, reporter_list in (("statistics page", [None]), ("varied filters", rotation)):
                runs = {"Caravan": [], "PostGraphile": []}
                for round_ in range(args.rounds):  # alternating (ABBA): the machine's swings fall on both alike
                    for server in (("Caravan", "PostGraphile") if round_ % 2 == 0 else ("PostGraphile", "Caravan")):
                        if server == "Caravan":
                            runs[server].append(measure(caravan.port, [body(documents(r)[0], r) for r in reporter_list],
                                                        [caravan.pid], args))
                        else:
                            runs[server].append(measure(peer.port, [body(documents(r)[1], r) for r in reporter_list],
                                                        peer.pids(), args))
                for server, measured in runs.items():
                    f = sorted(measured, key=lambda run: run["rps"])[(len(measured) - 1) // 2]  # the median run
                    print(f"| {label} | {server} | {f['rps']:,.0f} | {f['p50']:.2f} | {f['p99']:.2f} | {f['errors']} |"
                          f" {f['cpu']:.0f} | {f['rss']:.0f} |")
                ratios.append((label, statistics.median(ours["rps"] / theirs["rps"] for ours, theirs
                                                        in zip(runs["Caravan"], runs["PostGraphile"]))))
            print()
            for label, ratio in ratios:
                print(f"ratio caravan/postgraphile, {label}, {size} data: {ratio:.2f} (target >= 2.00;"
                      f" median of {args.rounds} alternating rounds)")
            sys.stdout.flush()
        finally:
            if peer:
                peer.stop()
            caravan.stop()
            shutil.rmtree(data_dir, ignore_errors=True)
    psql(f"drop database if exists {DATABASE} with (force)")


if __name__ == "__main__":
    main()
