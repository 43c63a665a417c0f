#!/usr/bin/env python3
"""Caravan's benchmark: throughput and latency under load, and latency as the data grows.

    python3 src/test/bench/bench.py [--duration 10] [--connections 50] [--scales 1000,10000,100000,1000000]

1. Load: for each build present (the JVM jar on Temurin 25 with -Xmx256m, and the native binary), starts
   Caravan on the bundled dataset and drives it with wrk (-t2 -c50) through a fixed mix of GraphQL
   documents, each for --duration seconds after a warm-up. Beside them, in the same process, the upper
   bound: /bench/precomputed answering the statistics page's own JSON body without any GraphQL work.
   Prints requests/s, its fraction of the upper bound, p50/p99 latency, errors, RSS and CPU, once with
   the response cache off (every answer computed) and once with it on (the default).
   With --baseline JAR (an earlier build), that build and this JVM build then run side by side, both started,
   and each request is measured on them in --rounds alternating rounds (ABBA): the machines are shared, and
   a baseline measured minutes later on its own can meet a machine several times slower.
2. Scale: starts the JVM build (--scale-build native for the binary) with caravan.synthetic.statistics set to each
   of --scales and the response cache off, waits until the figures are answered from memory (the
   caravan_figures_in_memory gauge; up to 15 minutes, else the database answers), and times each scale query
   sequentially (p50 and p90 of 30 runs after 5 warm-ups).

Builds what is missing first: the JVM jar, and the native binary when ../shared/native-image is beside the
project (about 6 minutes; --no-native to skip it). Needs wrk (apt-get install wrk). Standard library only;
run from the project root.
"""
import argparse
import glob
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

from caravan_service import Service, answered, builds, cpu_seconds, post, rss_mb

HERE = os.path.dirname(os.path.abspath(__file__))
TEMURIN25 = "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"

STATISTICS_PAGE = """{ statistics(first: 20) { totalCount edges { cursor node { id value unit qualifier
  period { label } reporter { name parent { name } } partner { name }
  citation { quote source { title publishedOn } } } } } }"""
LOAD_MIX = {
    "statistics page (20 nodes, places, citations)": STATISTICS_PAGE,
    "partner ranking": """{ partners(reporter: "xinjiang", period: "2022") { rank partner { name } value unit
      sharePercent statistic { citation { quote } } } }""",
    "growth": """{ statistics(first: 20, filter: {reporter: "kashgar", includePlacesWithinReporter: true}) {
      edges { node { id growthFromPrevious { percentChange cagrPercent from { id } } impliedPreviousValue { text } } } } }""",
    "meetings search": """{ meetings(filter: {text: "Kazakhstan"}, first: 10) { edges { node { title dateFrom
      place { name } participants { name side { name } } outcomes { kind } } } } }""",
}
SCALE_QUERIES = {
    "partner ranking, one month": """{ partners(reporter: "synthetic-port-001", period: "2024-12") {
      rank partner { code } value } }""",
    "partner ranking, latest period": """{ partners(reporter: "synthetic-port-001") { rank partner { code } value } }""",
    "growth, 20 rows": """{ statistics(first: 20, filter: {reporter: "synthetic-port-001", partner: "synthetic-country-01"}) {
      edges { node { id growthFromPrevious { percentChange from { id } } } } } }""",
    "statistics page, newest 20": STATISTICS_PAGE,
    "statistics page, one reporter": STATISTICS_PAGE.replace("statistics(first: 20)",
                                                             'statistics(first: 20, filter: {reporter: "synthetic-port-001"})'),
}


def request_body(document):
    return json.dumps({"query": document})


def milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(port, path_or_body, duration, connections):
    """Runs wrk against /graphql (a request body, or @file with one body per line, taken in turn) or a GET
    path; returns its figures."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency"]
    env = dict(os.environ)
    if path_or_body.startswith("/"):
        command.append(f"http://127.0.0.1:{port}{path_or_body}")
    else:
        if path_or_body.startswith("@"):
            env["BENCH_BODY_FILE"] = path_or_body[1:]
        else:
            with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as body:
                body.write(path_or_body)
            env["BENCH_BODY_FILE"] = body.name
        command += ["-s", os.path.join(HERE, "post.lua"), f"http://127.0.0.1:{port}/graphql"]
    out = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", out, re.M))
    if "50" not in latency or "99" not in latency:
        raise RuntimeError(f"unexpected wrk output for {path_or_body[:60]}:\n{out}")
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "p50": milliseconds(latency["50"]), "p99": milliseconds(latency["99"]),
            "errors": (int(errors.group(1)) if errors else 0)
                      + (sum(map(int, socket_errors.groups())) if socket_errors else 0)}


def heap_used_mb(java, pid):
    jcmd = os.path.join(os.path.dirname(java), "jcmd")  # the JDK that runs the service
    out = subprocess.run([jcmd, str(pid), "GC.heap_info"], capture_output=True, text=True).stdout
    match = re.search(r"heap.*?used (\d+)K", out)
    return int(match.group(1)) / 1024 if match else None


def warm_up(port, bodies, args):
    """The whole mix in turn for --warm-up-mix seconds: the JVM compiles the paths every request shares."""
    if args.warm_up_mix > 0:
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as mix:
            mix.write("\n".join(bodies) + "\n")
        wrk(port, "@" + mix.name, args.warm_up_mix, args.connections)
        os.unlink(mix.name)


def load(name, command, args, answer_file, cache):
    data_dir = tempfile.mkdtemp(prefix=f"caravan-bench-{name}-")
    service = Service(command, data_dir, {"CARAVAN_BENCH_PRECOMPUTED_ANSWER": answer_file,
                                          "CARAVAN_RESPONSE_CACHE_ENABLED": str(cache).lower()})
    try:
        status, answer = post(service.port, request_body(STATISTICS_PAGE))
        assert status == 200 and b'"errors"' not in answer, answer[:300]
        with open(answer_file, "wb") as out:
            out.write(answer)
        rows = []
        targets = [("upper bound: precomputed JSON", "/bench/precomputed")]
        targets += [(label, request_body(document)) for label, document in LOAD_MIX.items()]
        for label, target in targets[1:]:
            assert answered(service.port, target), f"{label} did not answer cleanly"
        warm_up(service.port, [target for _, target in targets[1:]], args)
        # the upper bound last: right after the warm-up, the JVM is still compiling what the mix ran
        for label, target in targets[1:] + targets[:1]:
            wrk(service.port, target, args.warmup, args.connections)
            cpu_before = cpu_seconds(service.pid)
            figures = wrk(service.port, target, args.duration, args.connections)
            figures["cpu"] = (cpu_seconds(service.pid) - cpu_before) / args.duration * 100
            figures["rss"] = rss_mb(service.pid)
            rows.append((label, figures))
        rows.insert(0, rows.pop())
        heap = heap_used_mb(command[0], service.pid) if name == "jvm" else None
        return {"rows": rows, "answer_bytes": len(answer), "heap": heap, "ready_ms": service.ready_ms}
    finally:
        service.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


def side_by_side(command, baseline_command, args, rounds):
    """The computed mix on this build and on a baseline build, both running, measured in alternating rounds (ABBA),
    so that the shared machine's swings fall on both alike; per request, each build's median req/s and the median
    of the per-round ratios."""
    services = {}
    data_dirs = []
    try:
        for name, cmd in (("jvm", command), ("baseline", baseline_command)):
            data_dirs.append(tempfile.mkdtemp(prefix=f"caravan-bench-{name}-"))
            services[name] = Service(cmd, data_dirs[-1], {"CARAVAN_RESPONSE_CACHE_ENABLED": "false"})
        bodies = [request_body(document) for document in LOAD_MIX.values()]
        for service in services.values():
            warm_up(service.port, bodies, args)
        results = {}
        for label, document in LOAD_MIX.items():
            body = request_body(document)
            rps = {"jvm": [], "baseline": []}
            for name in rps:
                wrk(services[name].port, body, args.warmup, args.connections)
            for round_ in range(rounds):
                order = ("jvm", "baseline") if round_ % 2 == 0 else ("baseline", "jvm")
                for name in order:
                    rps[name].append(wrk(services[name].port, body, args.duration, args.connections)["rps"])
            ratios = [ours / theirs for ours, theirs in zip(rps["jvm"], rps["baseline"])]
            results[label] = {"jvm": statistics.median(rps["jvm"]), "baseline": statistics.median(rps["baseline"]),
                              "ratio": statistics.median(ratios), "ratios": ratios}
        return results
    finally:
        for service in services.values():
            service.stop()
        for data_dir in data_dirs:
            shutil.rmtree(data_dir, ignore_errors=True)


def print_side_by_side(command, baseline_command, results, rounds, duration):
    print(f"\n## Side by side: this build and the baseline, both running, {rounds} alternating rounds of {duration} s"
          f" per request (response cache off)\n\n`{' '.join(command)}` against `{' '.join(baseline_command)}`\n")
    print("| request | this build, median req/s | baseline, median req/s | median of the rounds' ratios | each round |")
    print("|---|---:|---:|---:|---|")
    for label, result in results.items():
        print(f"| {label} | {result['jvm']:,.0f} | {result['baseline']:,.0f} | {result['ratio']:.2f} |"
              f" {', '.join(f'{ratio:.2f}' for ratio in result['ratios'])} |")
    sys.stdout.flush()


def scale(command, sizes, runs=30, warmups=5):
    results = {}
    for size in sizes:
        data_dir = tempfile.mkdtemp(prefix=f"caravan-scale-{size}-")
        started = time.monotonic()
        # The cache off: every request runs its SQL, which is what grows with the data.
        service = Service(command, data_dir, {"CARAVAN_SYNTHETIC_STATISTICS": str(size),
                                              "CARAVAN_RESPONSE_CACHE_ENABLED": "false"}, ready_within=3600)
        generated_s = time.monotonic() - started
        try:
            # The figures are loaded into memory in the background after start-up; until then the database answers.
            waited = service.await_figures_in_memory(within=900)
            in_memory = service.figures_in_memory()
            timings = {}
            for label, document in SCALE_QUERIES.items():
                body = request_body(document)
                assert answered(service.port, body, timeout=60), f"{label} failed at {size} statistics"
                for _ in range(warmups):
                    answered(service.port, body, timeout=60)
                samples = []
                for _ in range(runs):
                    begin = time.perf_counter()
                    answered(service.port, body, timeout=60)
                    samples.append((time.perf_counter() - begin) * 1000)
                samples.sort()
                timings[label] = (statistics.median(samples), samples[int(len(samples) * 0.9) - 1])
            results[size] = {"timings": timings, "start_s": generated_s, "rss": rss_mb(service.pid),
                             "in_memory": in_memory if waited is not None else 0,
                             "memory_s": waited}
        finally:
            service.stop()
            shutil.rmtree(data_dir, ignore_errors=True)
    return results


def build_missing(native):
    if not os.path.exists("target/quarkus-app/quarkus-run.jar"):
        subprocess.run(["./mvnw", "-B", "-q", "package", "-DskipTests"], check=True)
    setup = "../shared/native-image/setup.sh"
    if native and not glob.glob("target/*-runner") and os.path.exists(setup) and os.path.exists(TEMURIN25):
        subprocess.run(["bash", setup], check=True)
        env = dict(os.environ, JAVA_HOME=os.path.dirname(os.path.dirname(TEMURIN25)),
                   GRAALVM_HOME="/opt/native-image-25")
        subprocess.run(["./mvnw", "-B", "-q", "package", "-Dnative", "-DskipTests"], env=env, check=True)


def print_table(name, title, command, result):
    bound = result["rows"][0][1]["rps"]
    print(f"\n## {name}: {title}\n\n`{' '.join(command)}`, ready in {result['ready_ms']:.0f} ms;"
          f" statistics page answer {result['answer_bytes']:,} bytes\n")
    print("| request | req/s | of upper bound | p50 ms | p99 ms | errors | CPU % | RSS MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for label, f in result["rows"]:
        print(f"| {label} | {f['rps']:,.0f} | {f['rps'] / bound:.0%} | {f['p50']:.2f} | {f['p99']:.2f} |"
              f" {f['errors']} | {f['cpu']:.0f} | {f['rss']:.1f} |")
    if result["heap"] is not None:
        print(f"\nJVM heap in use after the load: {result['heap']:.0f} MB (of -Xmx256m)")
    sys.stdout.flush()


def print_targets(computed):
    """Issue 15's targets for computed answers, each with what this run measured."""
    if "jvm" not in computed:
        return
    jvm = dict(computed["jvm"]["rows"])
    bound = computed["jvm"]["rows"][0][1]["rps"]
    page = jvm["statistics page (20 nodes, places, citations)"]
    print("\n## Targets for computed answers (this run)\n")
    print(f"- statistics page on the JVM: {page['rps']:,.0f} req/s (target >= 4,000), {page['rps'] / bound:.1%} of the"
          f" upper bound (target >= 5%), p99 {page['p99']:.0f} ms (target < 50)")
    if "side by side" in computed:
        for label in ("statistics page (20 nodes, places, citations)", "growth", "partner ranking"):
            print(f"- ratio jvm/baseline, {label}: {computed['side by side'][label]['ratio']:.2f} (target >= 10;"
                  f" median of alternating rounds)")
    if "native" in computed:
        native = dict(computed["native"]["rows"])
        for label in ("statistics page (20 nodes, places, citations)", "growth", "partner ranking"):
            print(f"- ratio native/jvm, {label}: {native[label]['rps'] / jvm[label]['rps']:.2f} (target >= 0.80)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per query")
    parser.add_argument("--warm-up-mix", type=int, default=60,
                        help="seconds of the whole mix before the first measured run: on 2 cores shared with wrk, the"
                             " JVM reaches its steady rate only after about a minute of load")
    parser.add_argument("--warmup", type=int, default=5, help="seconds of load before each measured run")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--scales", default="1000,10000,100000,1000000",
                        help="statistics counts for the scale run; empty to skip it")
    parser.add_argument("--scale-build", choices=["jvm", "native"], default="jvm",
                        help="the build the scale run starts (default jvm: the native binary generates 10^6"
                             " synthetic rows far more slowly)")
    parser.add_argument("--no-load", action="store_true", help="skip the load run")
    parser.add_argument("--baseline", metavar="JAR",
                        help="an earlier build's quarkus-run.jar (e.g. from git worktree at an older commit): its computed"
                             " answers are measured in the same run and the ratios printed")
    parser.add_argument("--rounds", type=int, default=4,
                        help="with --baseline: alternating rounds per request, each build --duration seconds a round")
    parser.add_argument("--no-native", action="store_true", help="do not build or measure the native binary")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: apt-get install wrk")
    java = TEMURIN25 if os.path.exists(TEMURIN25) else "java"
    build_missing(not args.no_native)
    found = [build for build in builds(java) if not (args.no_native and build[0] == "native")]
    if not found:
        sys.exit("Nothing to measure: build with ./mvnw package -DskipTests and/or ./mvnw package -Dnative first")
    print(f"# Caravan benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} CPUs,"
          f" wrk -t2 -c{args.connections} -d{args.duration}s after {args.warmup}s warm-up, each build first warmed"
          f" up by {args.warm_up_mix}s of the whole mix")

    answer_file = tempfile.mktemp(suffix=".json")
    computed = {}
    for name, command, _ in ([] if args.no_load else found):
        if name == "jvm":
            command = [command[0], "-Xmx256m"] + command[1:]
        for cache, title in ((False, "every answer computed (response cache off)"),
                             (True, "repeated queries from the response cache (the default)")):
            result = load(name, command, args, answer_file, cache)
            print_table(name, title, command, result)
            if not cache:
                computed[name] = result
    if args.baseline and not args.no_load and "jvm" in computed:
        command = next(build[1] for build in found if build[0] == "jvm")
        command = [command[0], "-Xmx256m"] + command[1:]
        baseline_command = [java, "-Xmx256m", "-jar", args.baseline]
        computed["side by side"] = side_by_side(command, baseline_command, args, args.rounds)
        print_side_by_side(command, baseline_command, computed["side by side"], args.rounds, args.duration)
    print_targets(computed)
    sizes = [int(size) for size in args.scales.split(",") if size]
    if sizes:
        name, command, _ = next((build for build in found if build[0] == args.scale_build), found[0])
        results = scale(command, sizes)
        print(f"\n## Latency as the data grows ({name}; p50 / p90 ms of 30 sequential requests)")
        print("| query | " + " | ".join(f"{size:,} statistics" for size in sizes) + f" | {sizes[-1]:,} vs {sizes[0]:,} |")
        print("|---|" + "---:|" * (len(sizes) + 1))
        for label in SCALE_QUERIES:
            cells = [f"{results[size]['timings'][label][0]:.1f} / {results[size]['timings'][label][1]:.1f}"
                     for size in sizes]
            ratio = results[sizes[-1]]["timings"][label][0] / results[sizes[0]]["timings"][label][0]
            print(f"| {label} | " + " | ".join(cells) + f" | {ratio:.1f}x |")
        print("| start-up incl. generating the data, s | "
              + " | ".join(f"{results[size]['start_s']:.1f}" for size in sizes) + " | |")
        print("| RSS after the queries, MB | " + " | ".join(f"{results[size]['rss']:.0f}" for size in sizes) + " | |")
        print("| figures answered from memory (loaded s after start-up) | " + " | ".join(
            f"{results[size]['in_memory']:,} ({results[size]['memory_s']:.1f})" if results[size]["memory_s"] is not None
            else "none: the database" for size in sizes) + " | |")
    os.unlink(answer_file) if os.path.exists(answer_file) else None


if __name__ == "__main__":
    main()
