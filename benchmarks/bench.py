"""Measure the performance budgets of DESIGN.md and print them side by side.

    python benchmarks/bench.py [--runs N]

Each figure is the median wall time of N runs (default 7) of a fresh `python -m pytest`
process, as a learner would start it (bytecode caching on, no cache provider). Budgets:
- one topic (katas/08_scope, your code): under 1 s, and within 1.3x of a one-test pytest run
  (also shown: the same topic solved, and with the plugin off, to separate pytest's cost of
  reporting 29 failures from the plugin's);
- the whole curriculum against the solutions: under 15 s serial, and faster with -n 2;
- the plugin's overhead on the whole curriculum: at most 10% against the same run without it.

    python benchmarks/bench.py --suite [--runs N]

The project's own suite (`pytest tests`), serial and with -n 2: under 20 s and 12 s, no test
over 2 s; prints the median of N runs and the slowest five tests of the last serial run.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTEST = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]


def _environment() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DOJO_", "PYTEST_"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # learners' Pythons cache bytecode
    return env


def median_seconds(command: list[str], runs: int, cwd: Path, env: dict[str, str]) -> float:
    subprocess.run(command, cwd=cwd, env=env, capture_output=True)  # warm-up: bytecode, disk cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=cwd, env=env, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _topic_paths(target: str) -> str:
    """PYTHONPATH that stands in for the plugin's target selection when the plugin is off."""
    topics = sorted(p for p in (REPO / target).iterdir() if p.is_dir())
    return os.pathsep.join(str(p) for p in topics)


def suite(runs: int, env: dict[str, str]) -> int:
    """The project's own suite, serial and -n 2, with the slowest tests of a serial run."""
    command = [sys.executable, "-m", "pytest", "tests", "-q", "-p", "no:cacheprovider", "--durations=5"]
    figures = {}
    slowest: list[str] = []
    for label, extra in (("serial", []), ("-n 2", ["-n", "2"])):
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            done = subprocess.run([*command, *extra], cwd=REPO, env=env, capture_output=True, text=True)
            times.append(time.perf_counter() - started)
            if label == "serial":
                slowest = [line for line in done.stdout.splitlines() if re.match(r"^\d+\.\d+s (call|setup|teardown)", line)]
        figures[label] = statistics.median(times)
    print(f"project suite, median of {runs} runs, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    print(f"  serial  {figures['serial']:7.2f} s   budget 20 s")
    print(f"  -n 2    {figures['-n 2']:7.2f} s   budget 12 s")
    print("  slowest five tests (serial; budget 2 s each):")
    for line in slowest[:5]:
        print(f"    {line}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (the median is reported)")
    parser.add_argument("--suite", action="store_true", help="measure the project's own suite instead")
    arguments = parser.parse_args()
    runs = arguments.runs
    env = _environment()
    if arguments.suite:
        return suite(runs, env)

    with tempfile.TemporaryDirectory() as scratch:
        trivial = Path(scratch) / "test_trivial.py"
        trivial.write_text("def test_trivial():\n    assert True\n")
        baseline = median_seconds([*PYTEST, str(trivial), "--rootdir", scratch], runs, Path(scratch), env)

    plugin_off = ["-p", "no:dojo.plugin"]
    # The learner's single-topic run fails by design (stubs); its exit code is not the point here.
    topic = median_seconds([*PYTEST, "katas/08_scope", "--dojo-target", "katas"], runs, REPO, env)
    topic_solved = median_seconds([*PYTEST, "katas/08_scope", "--dojo-solutions"], runs, REPO, env)
    topic_off = median_seconds(
        [*PYTEST, "katas/08_scope", *plugin_off], runs, REPO, {**env, "PYTHONPATH": _topic_paths("katas")}
    )
    serial = median_seconds([*PYTEST, "katas", "--dojo-solutions"], runs, REPO, env)
    parallel = median_seconds([*PYTEST, "katas", "--dojo-solutions", "-n", "2"], runs, REPO, env)
    serial_off = median_seconds([*PYTEST, "katas", *plugin_off], runs, REPO, {**env, "PYTHONPATH": _topic_paths("solutions")})

    rows = [
        ("one trivial test file (baseline)", baseline, ""),
        ("katas/08_scope, stubs (all fail)", topic, f"{topic / baseline:.2f}x baseline (budget 1.30x, and < 1 s)"),
        ("katas/08_scope, solutions (all pass)", topic_solved, f"{topic_solved / baseline:.2f}x baseline"),
        ("katas/08_scope, stubs, plugin off", topic_off, f"plugin overhead {topic / topic_off - 1:+.1%}"),
        ("whole curriculum, solutions, serial", serial, "budget < 15 s"),
        ("whole curriculum, solutions, -n 2", parallel, f"{parallel / serial:.2f}x serial (budget < 1.00x)"),
        ("whole curriculum, solutions, plugin off", serial_off, f"plugin overhead {serial / serial_off - 1:+.1%} (budget 10%)"),
    ]
    print(f"median of {runs} runs, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    for name, seconds, note in rows:
        print(f"  {name:<40} {seconds:7.3f} s   {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
