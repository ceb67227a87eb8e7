#!/usr/bin/env python3
"""Start-up of conelab, measured side by side with `java -version` as the floor.

Usage (from the repository root, after one `./conelab list` has built the distribution and its
class-data archive):

    python3 benchmarks/startup/startup.py [--rounds N] [--json FILE]

Cases, measured in interleaved rounds (one of each per round, so that a change in the machine's
load hits every case alike):

  java -version      the JVM alone: the floor no Java program starts under
  help               the conelab script and the launcher jar, no framework
  list               a batch command: Felix, the feature's bundles, DS, Gogo, the listing
  run (paper)        ./conelab run examples/paper-tridiagonal.properties -q, charts and all
  shell prompt       ./conelab shell in a pseudo-terminal, until the prompt 'conelab> ' shows
  run, no CDS        the run again with CONELAB_CDS=off, to show the class-data archive's share

Each case prints its median, minimum and maximum wall time over the rounds, and the ratio of its
median to the floor's. The machine (CPU model, processors, load average before and after) is
printed beside the figures. Run folders go to a temporary folder that is deleted at the end.
"""

import argparse
import fcntl
import json
import os
import pty
import select
import shutil
import statistics
import subprocess
import struct
import sys
import tempfile
import termios
import time

PROMPT = b"conelab> "


def timed(command, env):
    """Wall seconds of one run of command (its output discarded); raises when it fails."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"startup: {' '.join(command)} failed ({done.returncode}): {done.stderr.decode()[-400:]}")
    return elapsed


def timed_prompt(command, env, timeout=60.0):
    """Wall seconds from starting command in a pseudo-terminal until PROMPT appears; then exits it."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(command[0], command, env)
    # a terminal of 40 rows and 120 columns: JLine draws no prompt on a terminal of width 0
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen = b""
    try:
        while PROMPT not in seen:
            if time.perf_counter() - start > timeout:
                raise SystemExit(f"startup: no prompt from {' '.join(command)} within {timeout} s: {seen[-400:]!r}")
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(fd, 4096)
                except OSError:
                    raise SystemExit(f"startup: {' '.join(command)} ended before its prompt: {seen[-400:]!r}")
        elapsed = time.perf_counter() - start
        os.write(fd, b"exit\r")
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            finished, _ = os.waitpid(pid, os.WNOHANG)
            if finished:
                break
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    os.read(fd, 4096)
                except OSError:
                    pass
        return elapsed
    finally:
        os.close(fd)


def machine():
    """The CPU model and the number of processors, from lscpu (or what Python knows)."""
    model = "unknown CPU"
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} processors"


def main():
    parser = argparse.ArgumentParser(description="conelab start-up, side by side with java -version")
    parser.add_argument("--rounds", type=int, default=10, help="interleaved rounds (default 10)")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    script = os.path.join(root, "conelab")
    example = os.path.join(root, "examples", "paper-tridiagonal.properties")
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    scratch = tempfile.mkdtemp(prefix="conelab-startup-")
    env = dict(os.environ)
    env.pop("CONELAB_JAVA_OPTS", None)
    no_cds = dict(env, CONELAB_CDS="off")
    run = [script, "run", example, "-q", f"output={scratch}"]
    cases = [
        ("java -version", lambda: timed([java, "-version"], env)),
        ("help", lambda: timed([script, "help"], env)),
        ("list", lambda: timed([script, "list"], env)),
        ("run (paper)", lambda: timed(run, env)),
        ("shell prompt", lambda: timed_prompt([script, "shell"], env)),
        ("run, no CDS", lambda: timed(run, no_cds)),
    ]
    try:
        timed([script, "list"], env)  # builds and prepares the class-data archive when needed
        load_before = os.getloadavg()
        times = {name: [] for name, _ in cases}
        for round_number in range(args.rounds):
            for name, measure in cases:
                times[name].append(measure())
            print(f"# round {round_number + 1}/{args.rounds} done", file=sys.stderr)
        load_after = os.getloadavg()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    floor = statistics.median(times["java -version"])
    print(f"machine: {machine()}; load average before {load_before[0]:.2f}, after {load_after[0]:.2f}")
    print(f"{'case':<14} {'median s':>9} {'min s':>7} {'max s':>7} {'x floor':>8}")
    for name, _ in cases:
        values = times[name]
        median = statistics.median(values)
        print(f"{name:<14} {median:9.3f} {min(values):7.3f} {max(values):7.3f} {median / floor:8.1f}")
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"machine": machine(), "load_before": load_before, "load_after": load_after, "seconds": times}, out, indent=1)


if __name__ == "__main__":
    main()
