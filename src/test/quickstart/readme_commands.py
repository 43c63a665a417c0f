"""The README's Quick start, run the way a newcomer runs it; standard library only.

  python3 readme_commands.py command run|test    prints the README's command for that row
  python3 readme_commands.py check-run CLONE      runs the README's "run the service" command in CLONE (a fresh
                                                  clone: no target/, no data/), waits for the bundled sources,
                                                  checks the console, stops it with Ctrl-C (SIGINT to its process
                                                  group) and checks that it exited 0
  python3 readme_commands.py check-interrupt CMD  the same Ctrl-C check for any build (the native binary), on a
                                                  fresh database

The commands are read from the README itself, so the README and CI cannot drift apart; so is the time within
which the README promises an answer ("answers within N seconds").
"""
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
ROWS = {"run": "run the service", "test": "run the tests"}
SOURCES_QUERY = json.dumps({"query": "{ sources { id } }"}).encode()
# Lines a newcomer would stop at: warnings and errors from Maven or the service, a failed build, a stack trace.
ALARMING = re.compile(r"\[WARNING\]|\[ERROR\]|\bWARN\b|\bERROR\b|BUILD FAILURE|Exception|^\s+at [\w.$]+\(")


def readme(root=ROOT):
    with open(os.path.join(root, "README.md"), encoding="utf-8") as f:
        return f.read()


def command(row, text):
    """The command in the Quick start table row whose first cell starts with **<row's words>**."""
    match = re.search(r"^\| \*\*" + re.escape(ROWS[row]) + r"\*\*[^|]*\| `([^`]+)` \|$", text, re.MULTILINE)
    if not match:
        sys.exit(f"README.md has no Quick start row '**{ROWS[row]}**' with a command in backticks")
    return match.group(1)


def promised_seconds(text):
    match = re.search(r"answers within (\d+) seconds", text)
    if not match:
        sys.exit("README.md does not say within how many seconds the service answers ('answers within N seconds')")
    return int(match.group(1))


def bundled_source_ids(root):
    """The ids under 'sources:' in the bundled dataset file, in file order."""
    ids, inside = [], False
    with open(os.path.join(root, "src/main/resources/dataset/caravan-dataset.yaml"), encoding="utf-8") as f:
        for line in f:
            if re.match(r"^\w+:", line):
                inside = line.startswith("sources:")
            elif inside and (m := re.match(r"^  - id: (\S+)", line)):
                ids.append(m.group(1))
    return ids


def sources_answered(port=8080):
    request = urllib.request.Request(f"http://localhost:{port}/graphql", data=SOURCES_QUERY,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return json.loads(response.read())["data"]["sources"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def run_and_interrupt(run, cwd, within, log_path, env=None):
    """Runs a command as a terminal would, waits for { sources { id } }, then presses Ctrl-C.
    Returns (failures, the sources answered or None, seconds to the answer, the console's lines)."""
    failures = []
    with open(log_path, "wb") as log:
        started = time.monotonic()
        # A terminal's Ctrl-C reaches the whole foreground process group with SIGINT at its default disposition;
        # the group and the disposition are made here as a shell at a terminal makes them.
        process = subprocess.Popen(["bash", "-c", run], cwd=cwd, stdout=log, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True, env=env,
                                   preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        sources = None
        while time.monotonic() - started < within and process.poll() is None:
            sources = sources_answered()
            if sources is not None:
                break
            time.sleep(1)
        answered_after = time.monotonic() - started
        if sources is not None:
            print(f"answered after {answered_after:.1f} s", flush=True)
        else:
            failures.append(f"no answer to {{ sources {{ id }} }} within {within} s"
                            + (f" (the command exited with {process.returncode})" if process.poll() is not None else ""))
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGINT)
            try:
                status = process.wait(60)
                print(f"Ctrl-C: exited with {status} after {time.monotonic() - started - answered_after:.1f} s")
                if status != 0:
                    failures.append(f"Ctrl-C ended the command with exit status {status}, not 0")
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                failures.append("the command did not stop within 60 s of Ctrl-C")
    with open(log_path, encoding="utf-8", errors="replace") as f:
        console = f.read().splitlines()
    if any(ALARMING.search(line) for line in console):
        failures.append("alarming console lines:\n    " + "\n    ".join(l for l in console if ALARMING.search(l))[:4000])
    return failures, sources, answered_after, console


def report(failures, console, log_path, success):
    for failure in failures:
        print("FAIL:", failure)
    if failures:
        print(f"--- the console ({log_path}), last 40 lines:")
        print("\n".join(console[-40:]))
        return 1
    print(success)
    return 0


def check_run(clone):
    for leftover in ("target", "data"):
        if os.path.exists(os.path.join(clone, leftover)):
            sys.exit(f"{clone} is not a fresh clone: it has {leftover}/")
    text = readme(clone)
    run, within = command("run", text), promised_seconds(text)
    log_path = os.path.join(os.path.dirname(clone), "readme-run.log")
    print(f"$ {run}    (in {clone}; the README promises an answer within {within} s)", flush=True)
    failures, sources, answered_after, console = run_and_interrupt(run, clone, within, log_path)
    expected = sorted(bundled_source_ids(clone))
    if sources is not None:
        if sorted(s["id"] for s in sources) != expected:
            failures.append(f"sources {sorted(s['id'] for s in sources)}, expected the bundled {expected}")
    if any(line.startswith("{") for line in console):
        failures.append("JSON log lines on the console (they are for containers)")
    for page, url in (("GraphiQL", "http://localhost:8080/q/graphql-ui"), ("GraphQL endpoint", "http://localhost:8080/graphql")):
        if not any(f"{page}: {url}" in line for line in console):
            failures.append(f"the console does not show {page}'s address {url}")
    return report(failures, console, log_path,
                  f"README run command on a fresh clone: bundled sources answered after {answered_after:.1f} s "
                  f"(promised: {within} s), console clean, Ctrl-C exits 0")


def check_interrupt(run):
    """Any build of the service, started on a fresh database: Ctrl-C once it answers exits 0."""
    data_dir = tempfile.mkdtemp(prefix="caravan-interrupt-")
    log_path = os.path.join(data_dir, "console.log")
    print(f"$ {run}    (CARAVAN_DATA_DIR={data_dir})", flush=True)
    failures, _, answered_after, console = run_and_interrupt(
        run, ROOT, 120, log_path, env=dict(os.environ, CARAVAN_DATA_DIR=data_dir))
    return report(failures, console, log_path, f"answered after {answered_after:.1f} s; Ctrl-C exits 0, console clean")


def main(argv):
    if len(argv) == 3 and argv[1] == "command" and argv[2] in ROWS:
        print(command(argv[2], readme()))
        return 0
    if len(argv) == 3 and argv[1] == "check-run":
        return check_run(os.path.abspath(argv[2]))
    if len(argv) == 3 and argv[1] == "check-interrupt":
        return check_interrupt(argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
