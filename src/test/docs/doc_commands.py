#!/usr/bin/env python3
"""Keeps the shell commands of the README and docs/ from going stale. Standard library only.

    python3 src/test/docs/doc_commands.py check                        # every shell block says how it is run
    python3 src/test/docs/doc_commands.py run http://localhost:18080 PASSWORD   # runs the blocks marked 'service'

Each ```sh or ```bash block is preceded by one of:
    <!-- run: service -->       CI runs it against the running service (checks.sh, JVM and native), in a scratch
                                directory, with localhost:8080 and the editor password s3cret replaced by the
                                service's; it must exit 0
    <!-- run: PATH -->          every command line of the block is, word for word, a line of PATH, a script CI runs
    <!-- not run: REASON -->    CI cannot run it here (REASON says why); listed on every check
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
BLOCK = re.compile(r"(?:<!-- (run|not run): (.+?) -->\n)?```(sh|bash)\n(.*?)```", re.S)


def blocks():
    for path in ["README.md"] + sorted(glob.glob("docs/*.md", root_dir=ROOT)):
        with open(os.path.join(ROOT, path), encoding="utf-8") as f:
            text = f.read()
        for match in BLOCK.finditer(text):
            line = text[:match.start(3) if match.group(1) is None else match.start()].count("\n") + 1
            yield path, line, match.group(1), (match.group(2) or "").strip(), match.group(4)


def command_lines(block):
    """The block's commands: continuation lines joined, comments and blank lines left out."""
    joined = re.sub(r"\\\n\s*", " ", block)
    lines = []
    for line in joined.splitlines():
        line = re.sub(r"\s+#\s.*$", "", line).strip()
        if line and not line.startswith("#"):
            lines.append(" ".join(line.split()))
    return lines


def check():
    failures = 0
    for path, line, kind, detail, block in blocks():
        where = f"{path}:{line}"
        if kind is None:
            failures += 1
            print(f"FAIL {where}: a shell block without <!-- run: ... --> or <!-- not run: ... -->")
        elif kind == "not run":
            print(f"not run {where}: {detail}")
        elif detail == "service":
            print(f"ok {where}: run against the service by checks.sh")
        else:
            script = os.path.join(ROOT, detail)
            if not os.path.isfile(script):
                failures += 1
                print(f"FAIL {where}: {detail} does not exist")
                continue
            with open(script, encoding="utf-8") as f:
                script_lines = set(command_lines(f.read()))
            missing = [command for command in command_lines(block) if command not in script_lines]
            if missing:
                failures += 1
                print(f"FAIL {where}: not in {detail}: {missing}")
            else:
                print(f"ok {where}: every command is run by {detail}")
    return failures


def run(base, password):
    host = re.sub(r"^https?://", "", base).rstrip("/")
    failures = 0
    for path, line, kind, detail, block in blocks():
        if kind != "run" or detail != "service":
            continue
        script = block.replace("localhost:8080", host).replace("s3cret", password)
        with tempfile.TemporaryDirectory() as scratch:
            result = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=scratch, capture_output=True,
                                    text=True, timeout=120)
        if result.returncode == 0:
            print(f"ok {path}:{line}: exits 0 against {base}")
        else:
            failures += 1
            print(f"FAIL {path}:{line}: exit {result.returncode}\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return failures


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "check":
        sys.exit(1 if check() else 0)
    if len(sys.argv) == 4 and sys.argv[1] == "run":
        sys.exit(1 if run(sys.argv[2], sys.argv[3]) else 0)
    sys.exit(__doc__)
