#!/usr/bin/env python3
"""Prints Caravan's startup and memory figures, JVM jar and native binary side by side.

For each mode: artifact size, time from process start to the first successful GraphQL answer (median of
several warm starts on an existing H2 file database, so migrations are checked but nothing is loaded), RSS
right after that answer, and RSS after a burst of queries. Build times and container image sizes are
printed when given (the CI script measures them around its own builds).

    python3 src/test/bench/startup_figures.py [--starts 7] [--burst 1000] \
        [--jvm-build-seconds S] [--native-build-seconds S] [--image NAME ...]

Uses only the standard library. Run it from the project root after ./mvnw package and
./mvnw package -Dnative. The JVM runs on $JAVA_HOME/bin/java (or java on the PATH).
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

from caravan_service import Service, answered, builds, rss_mb

BURST_QUERY = json.dumps({"query": """{ statistics(first: 20, filter: {reporter: "kashgar"}) { totalCount
  edges { node { id value unit period { label } reporter { name } partner { name }
  citation { quote source { title } } growthFromPrevious { percentChange } } } } }"""})


def measure(name, command, starts, burst):
    data_dir = tempfile.mkdtemp(prefix=f"caravan-{name}-")
    try:
        service = Service(command, data_dir)  # creates the database and loads the dataset
        first = service.ready_ms
        service.stop()
        times, rss_start, rss_burst = [], [], []
        for i in range(starts):
            service = Service(command, data_dir)
            times.append(service.ready_ms)
            if i == starts - 1:
                rss_start.append(rss_mb(service.pid))
                for _ in range(burst):
                    answered(service.port, BURST_QUERY)
                rss_burst.append(rss_mb(service.pid))
            service.stop()
        return {"first_start_ms": first, "median_ms": statistics.median(times), "min_ms": min(times),
                "max_ms": max(times), "rss_start_mb": rss_start[0], "rss_burst_mb": rss_burst[0]}
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def size_mb(path):
    if os.path.isdir(path):
        total = sum(os.path.getsize(os.path.join(root, f)) for root, _, files in os.walk(path) for f in files)
    else:
        total = os.path.getsize(path)
    return total / 1_000_000


def image_size_mb(image):
    try:
        out = subprocess.run(["podman", "image", "inspect", image, "--format", "{{.Size}}"],
                             capture_output=True, text=True, check=True).stdout.strip()
        return int(out) / 1_000_000
    except (OSError, subprocess.CalledProcessError, ValueError):
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--starts", type=int, default=7)
    parser.add_argument("--burst", type=int, default=1000)
    parser.add_argument("--jvm-build-seconds", type=float)
    parser.add_argument("--native-build-seconds", type=float)
    parser.add_argument("--image", action="append", default=[], help="container image to report the size of")
    args = parser.parse_args()

    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"
    build_seconds = {"jvm": args.jvm_build_seconds, "native": args.native_build_seconds}
    modes = [(name, command, artifact, build_seconds[name]) for name, command, artifact in builds(java)]
    if not modes:
        sys.exit("Nothing to measure: build with ./mvnw package and/or ./mvnw package -Dnative first")

    print(f"Caravan startup figures ({args.starts} warm starts, RSS after {args.burst} queries), "
          f"{os.cpu_count()} CPUs, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"{'mode':8}{'build s':>9}{'size MB':>9}{'first start ms':>16}{'median start ms':>17}"
          f"{'min..max ms':>15}{'RSS start MB':>14}{'RSS burst MB':>14}")
    for name, command, artifact, build_seconds in modes:
        result = measure(name, command, args.starts, args.burst)
        build = f"{build_seconds:.0f}" if build_seconds else "-"
        print(f"{name:8}{build:>9}{size_mb(artifact):>9.1f}{result['first_start_ms']:>16.0f}"
              f"{result['median_ms']:>17.1f}{result['min_ms']:>7.0f}..{result['max_ms']:<6.0f}"
              f"{result['rss_start_mb']:>14.1f}{result['rss_burst_mb']:>14.1f}")
    for image in args.image:
        size = image_size_mb(image)
        print(f"image {image}: {'%.1f MB' % size if size is not None else 'not built'}")


if __name__ == "__main__":
    main()
