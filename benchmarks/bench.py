"""Measure the performance budgets of DESIGN.md and print them side by side.

    python benchmarks/bench.py [--runs N]

Each figure is the median wall time of N runs (default 7) of a fresh `python -m pytest`
process, as a learner would start it (bytecode caching on, no cache provider). Budgets:
- one topic (katas/08_scope, your code): under 1 s, and within 1.3x of a fair baseline: one
  trivial test run inside this repository, so with the same ini file, `addopts` and plugins,
  the dojo plugin off (also shown: the same topic solved, and with the plugin off, to separate
  pytest's cost of reporting 35 failures from the plugin's);
- the whole curriculum against the solutions: under 15 s serial, and faster with -n 2;
- the plugin's overhead on the whole curriculum: at most 10% against the same run without it (both
  on the stubs: with the plugin off, plain pytest imports the kata modules from katas/).

    python benchmarks/bench.py --suite [--runs N]

The project's own suite, `pytest tests -n 2`: under 150 s wall and 300 CPU-seconds, no test over
10 s; prints the median of N runs cold (no contract verdict cached: a fresh clone) and warm (every
topic unchanged since it passed), and the slowest five tests of the last cold run.

    python benchmarks/bench.py --contract [--runs N]

`dojo dev check 08_scope`: under 10 s cold (no cache), under 1 s when nothing changed;
`dojo dev check --mutants 08_scope`: under 30 s cold.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYTEST = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]


def learner_environment() -> dict[str, str]:
    """The environment a learner's pytest runs in: no dojo or pytest settings of ours, bytecode cached."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DOJO_", "PYTEST_"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # learners' Pythons cache bytecode
    return env


def median_seconds(command: list[str], runs: int, cwd: Path, env: dict[str, str]) -> float:
    return interleaved_medians([command], runs, cwd, env)[0]


def interleaved_medians(commands: list[list[str]], runs: int, cwd: Path, env: dict[str, str]) -> list[float]:
    """Each command's median time, the commands taking turns: a slower stretch of this (shared) machine
    then costs every command alike, rather than the one whose runs it fell on."""
    for command in commands:
        subprocess.run(command, cwd=cwd, env=env, capture_output=True)  # warm-up: bytecode, disk cache
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, taken in zip(commands, times, strict=True):
            started = time.perf_counter()
            subprocess.run(command, cwd=cwd, env=env, capture_output=True)
            taken.append(time.perf_counter() - started)
    return [statistics.median(taken) for taken in times]


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds of the command and its children, its output)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout + done.stderr


def suite(runs: int, env: dict[str, str]) -> int:
    """The project's own suite with -n 2, cold (no contract verdict cached) and warm (every topic unchanged):
    wall and CPU time, the slowest tests of the last cold run."""
    command = [sys.executable, "-m", "pytest", "tests", "-n", "2", "-q", "-p", "no:cacheprovider", "--durations=5"]
    figures: dict[str, tuple[list[float], list[float]]] = {"cold": ([], []), "warm": ([], [])}
    output = ""
    with tempfile.TemporaryDirectory(prefix="bench-contract-") as scratch:
        for index in range(runs):  # each cold run with an empty cache of its own; the last one fills it
            cache = Path(scratch) / str(index)
            wall, cpu, output = _timed(command, {**env, "DOJO_CONTRACT_CACHE": str(cache)})
            figures["cold"][0].append(wall)
            figures["cold"][1].append(cpu)
        for _ in range(runs):
            wall, cpu, _ = _timed(command, {**env, "DOJO_CONTRACT_CACHE": str(cache)})
            figures["warm"][0].append(wall)
            figures["warm"][1].append(cpu)
    slowest = [line for line in output.splitlines() if re.match(r"^\d+\.\d+s (call|setup|teardown)", line)]
    print(f"project suite (pytest tests -n 2), median of {runs} runs, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    for name, (walls, cpus) in figures.items():
        how = "no contract verdict cached" if name == "cold" else "every topic unchanged: the contract from its cache"
        print(f"  {name}  wall {statistics.median(walls):7.1f} s (budget 150 s)  CPU {statistics.median(cpus):7.1f} s "
              f"(budget 300 s)  {how}")
    print("  slowest five tests of the last cold run (budget 10 s each):")
    for line in slowest[:5]:
        print(f"    {line}")
    return 0


def contract(runs: int, env: dict[str, str]) -> int:
    """dojo dev check on one topic: cold, unchanged (from the cache), and with mutation testing."""
    check = [sys.executable, "-m", "dojo", "dev", "check", "08_scope"]
    cold = statistics.median(_timed([*check, "--no-cache"], env)[0] for _ in range(runs))
    _timed(check, env)  # fill the cache
    warm = statistics.median(_timed(check, env)[0] for _ in range(runs))
    mutants = statistics.median(_timed([*check, "--no-cache", "--mutants"], env)[0] for _ in range(runs))
    print(f"dojo dev check, median of {runs} runs, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    print(f"  08_scope, cold            {cold:7.2f} s   budget 10 s")
    print(f"  08_scope, nothing changed {warm:7.2f} s   budget 1 s")
    print(f"  08_scope --mutants, cold  {mutants:7.2f} s   budget 30 s")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (the median is reported)")
    parser.add_argument("--suite", action="store_true", help="measure the project's own suite instead")
    parser.add_argument("--contract", action="store_true", help="measure dojo dev check instead")
    arguments = parser.parse_args()
    runs = arguments.runs
    if runs < 1:
        parser.error(f"--runs must be at least 1, not {runs}")
    env = learner_environment()
    if arguments.suite:
        return suite(runs, env)
    if arguments.contract:
        return contract(runs, env)

    plugin_off = ["-p", "no:dojo.plugin"]
    # The fair baseline: inside the repository (its ini file, addopts and plugins), the dojo plugin off.
    (REPO / ".dojo").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=REPO / ".dojo") as scratch:
        trivial = Path(scratch) / "test_trivial.py"
        trivial.write_text("def test_trivial():\n    assert True\n")
        # The learner's single-topic run fails by design (stubs); its exit code is not the point here.
        # Plugin off, the root conftest puts katas/ on sys.path (plain pytest imports the kata modules by
        # name): those runs test the stubs, so the plugin's overhead is measured on the stubs both ways.
        baseline, topic, topic_solved, topic_off = interleaved_medians([
            [*PYTEST, str(trivial.relative_to(REPO)), *plugin_off],
            [*PYTEST, "katas/08_scope", "--dojo-target", "katas"],
            [*PYTEST, "katas/08_scope", "--dojo-solutions"],
            [*PYTEST, "katas/08_scope", *plugin_off],
        ], runs, REPO, env)

    serial, parallel, stubs, stubs_off = interleaved_medians([
        [*PYTEST, "katas", "--dojo-solutions"],
        [*PYTEST, "katas", "--dojo-solutions", "-n", "2"],
        [*PYTEST, "katas", "--dojo-target", "katas"],
        [*PYTEST, "katas", *plugin_off],
    ], runs, REPO, env)

    rows = [
        ("one trivial test (fair baseline)", baseline, "same ini, addopts and plugins; dojo plugin off"),
        ("katas/08_scope, stubs (all fail)", topic, f"{topic / baseline:.2f}x baseline (budget 1.30x, and < 1 s)"),
        ("katas/08_scope, solutions (all pass)", topic_solved, f"{topic_solved / baseline:.2f}x baseline"),
        ("katas/08_scope, stubs, plugin off", topic_off, f"plugin overhead {topic / topic_off - 1:+.1%}"),
        ("whole curriculum, solutions, serial", serial, "budget < 15 s"),
        ("whole curriculum, solutions, -n 2", parallel, f"{parallel / serial:.2f}x serial (budget < 1.00x)"),
        ("whole curriculum, stubs (all fail)", stubs, ""),
        ("whole curriculum, stubs, plugin off", stubs_off, f"plugin overhead {stubs / stubs_off - 1:+.1%} (budget 10%)"),
    ]
    print(f"median of {runs} runs, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    for name, seconds, note in rows:
        print(f"  {name:<40} {seconds:7.3f} s   {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
