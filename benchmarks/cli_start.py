"""Start-up of the `dojo` command: `dojo --help` and `dojo list`, medians over N runs (budget: under 150 ms).

    python benchmarks/cli_start.py [--runs 20]

Each figure is the wall time of a fresh `python -m dojo ...` in this repository (bytecode
caching on, as a learner's Python has it), beside `python -c pass` (the interpreter's own
start) and the ratio to the budget. `dojo list` reads the curriculum from .dojo/cache/ after
its first run; the first run after a topic.toml changes reads the TOML files again (shown too).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench import learner_environment  # this folder is on sys.path when a benchmark runs as a script

REPO = Path(__file__).resolve().parent.parent
BUDGET_MS = 150


def _env() -> dict[str, str]:
    return {**learner_environment(), "PYTHONPATH": str(REPO)}


def median_ms(command: list[str], runs: int, before: list[str] | None = None, cwd: Path = REPO) -> tuple[float, float]:
    """(wall, CPU) medians in ms; CPU time (user + system of the child) hardly moves with the machine's load."""
    subprocess.run(command, cwd=cwd, env=_env(), capture_output=True)  # warm-up: bytecode, disk cache
    walls, cpus = [], []
    for _ in range(runs):
        if before:
            subprocess.run(before, cwd=REPO, capture_output=True)
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, cwd=cwd, env=_env(), capture_output=True)
        walls.append((time.perf_counter() - started) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    python = [sys.executable]
    rows = [
        ("python -c pass", median_ms([*python, "-c", "pass"], runs)),
        ("dojo --help", median_ms([*python, "-m", "dojo", "--help"], runs)),
        ("dojo list", median_ms([*python, "-m", "dojo", "list"], runs)),
    ]
    cache = REPO / ".dojo" / "cache"
    rows.append(("dojo list, curriculum not cached", median_ms(
        [*python, "-m", "dojo", "list"], max(runs // 4, 3), before=[*python, "-c", f"import shutil; shutil.rmtree({str(cache)!r}, True)"])))
    shutil.rmtree(cache, ignore_errors=True)
    subprocess.run([*python, "-m", "dojo", "list"], cwd=REPO, env=_env(), capture_output=True)  # leave it cached
    print(f"dojo command start-up, median of {runs} runs (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print(f"  {'':<34} {'wall':>7} {'/budget':>8} {'CPU':>7}")
    for name, (wall, cpu) in rows:
        print(f"  {name:<34} {wall:4.0f} ms {wall / BUDGET_MS:7.2f}x {cpu:4.0f} ms")
    print(f"  budget: {BUDGET_MS} ms wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
