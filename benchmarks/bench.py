"""Measure the performance budgets of DESIGN.md and print them side by side.

    python benchmarks/bench.py [--runs N]

Each figure is the median wall time of N runs (default 7) of a fresh `python -m pytest`
process, as a learner would start it (bytecode caching on, no cache provider). Budgets:
- one topic (katas/08_scope, your code): under 1 s, and within 1.3x of a one-test pytest run;
- the whole curriculum against the solutions: under 15 s serial, and faster with -n 2;
- the plugin's overhead on the whole curriculum: at most 10% against the same run without it.
"""

from __future__ import annotations

import argparse
import os
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


def _solution_paths() -> str:
    """PYTHONPATH that stands in for the plugin's target selection when the plugin is off."""
    topics = sorted(p for p in (REPO / "solutions").iterdir() if p.is_dir())
    return os.pathsep.join(str(p) for p in topics)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (the median is reported)")
    runs = parser.parse_args().runs
    env = _environment()

    with tempfile.TemporaryDirectory() as scratch:
        trivial = Path(scratch) / "test_trivial.py"
        trivial.write_text("def test_trivial():\n    assert True\n")
        baseline = median_seconds([*PYTEST, str(trivial), "--rootdir", scratch], runs, Path(scratch), env)

    # The learner's single-topic run fails by design (stubs); its exit code is not the point here.
    topic = median_seconds([*PYTEST, "katas/08_scope", "--target", "katas"], runs, REPO, env)
    serial = median_seconds([*PYTEST, "katas", "--solutions"], runs, REPO, env)
    parallel = median_seconds([*PYTEST, "katas", "--solutions", "-n", "2"], runs, REPO, env)
    without_plugin = median_seconds(
        [*PYTEST, "katas", "-p", "no:dojo.plugin", "-p", "no:pytester"],
        runs,
        REPO,
        {**env, "PYTHONPATH": _solution_paths()},
    )

    rows = [
        ("one trivial test file (baseline)", baseline, ""),
        ("pytest katas/08_scope", topic, f"{topic / baseline:.2f}x baseline (budget 1.30x, and < 1 s)"),
        ("whole curriculum, solutions, serial", serial, "budget < 15 s"),
        ("whole curriculum, solutions, -n 2", parallel, f"{parallel / serial:.2f}x serial (budget < 1.00x)"),
        ("whole curriculum, plugin off", without_plugin, f"plugin overhead {serial / without_plugin - 1:+.1%} (budget 10%)"),
    ]
    print(f"median of {runs} runs, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    for name, seconds, note in rows:
        print(f"  {name:<40} {seconds:7.3f} s   {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
