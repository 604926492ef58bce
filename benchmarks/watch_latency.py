"""Save-to-redraw latency of `dojo watch` on the real katas: medians over N saves (budget: under 100 ms).

    python benchmarks/watch_latency.py [--saves 20] [--kata closures --kata bank_race ...] [--demo]

For each kata (default: closures of 08, bank_race of 16, gather_pages of 17) it copies this
repository to a scratch folder (katas, dojo, pyproject.toml, conftest.py), starts `dojo watch`
on the kata's topic in a pseudo-terminal of 80x24, saves the kata once so the loop follows it,
then saves it N times, each time with a different module-level error appended
(`raise RuntimeError("save 1003")`: every test of the kata fails, the kata's own worst case),
and times from the write to the screen showing that save's error. Alongside: a cold
`pytest` run of the same test file, the cost the loop saves on every save, and the ratios.
`--demo` also measures the small demo repository of the project's tests, as before.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pexpect

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench import median_seconds  # noqa: E402 - this folder is on sys.path when a benchmark runs as a script

from tests.support.child import child_env  # noqa: E402

BUDGET_MS = 100
DEFAULT_KATAS = ("closures", "bank_race", "gather_pages")


def _copy_repository(destination: Path) -> None:
    for name in ("katas", "dojo"):
        shutil.copytree(REPO / name, destination / name, ignore=shutil.ignore_patterns("__pycache__", ".dojo"))
    for name in ("pyproject.toml", "conftest.py"):
        shutil.copy2(REPO / name, destination / name)


def _topic_of(module: str) -> str:
    for test in sorted((REPO / "katas").glob(f"*/test_{module}.py")):
        return test.parent.name
    raise SystemExit(f"no kata named {module!r} under katas/")


def _learner_env(root: Path) -> dict[str, str]:
    env = {k: v for k, v in child_env().items() if k != "PYTHONDONTWRITEBYTECODE"}  # learners' Pythons cache bytecode
    env["PYTHONPATH"] = str(root)  # the copy's own dojo, as a learner's clone has it
    return env


def _cpu_ms(pid: int) -> float:
    """CPU time of the watch process and the children it has reaped (its runs), in ms (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return sum(int(fields[i]) for i in (11, 12, 13, 14)) * 1000 / os.sysconf("SC_CLK_TCK")


CPU: dict[str, list[float]] = {}  # kata -> CPU per save: the run, the redraw, and the next run's child made ready


def watch_saves(root: Path, topic: str, kata: Path, saves: int) -> list[float]:
    original = kata.read_text(encoding="utf-8")
    env = _learner_env(root)
    child = pexpect.spawn(sys.executable, ["-m", "dojo", "watch", topic[:2]], cwd=str(root), env=env,
                          encoding="utf-8", timeout=60, dimensions=(24, 80))
    if os.environ.get("WATCH_LOG"):
        child.logfile_read = open(os.environ["WATCH_LOG"], "w")  # to see the screens when debugging
    try:
        child.expect("failing|the run did not finish")
        kata.write_text(original + "\n\nraise RuntimeError('save 999')\n", encoding="utf-8")  # the loop follows this kata
        child.expect("save 999")
        times, cpu = [], []
        for save in range(saves):
            marker = f"save {1000 + save}"
            time.sleep(0.3)  # a person's pause between saves; lets the previous screen settle
            used = _cpu_ms(child.pid)
            started = time.perf_counter()
            kata.write_text(original + f"\n\nraise RuntimeError({marker!r})\n", encoding="utf-8")
            child.expect(marker)
            times.append(time.perf_counter() - started)
            time.sleep(0.3)  # the run's child records progress and the next one gets ready: counted too
            cpu.append(_cpu_ms(child.pid) - used)
        CPU[kata.stem] = cpu
        child.send("q")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    return times


def cold_pytest(root: Path, test_file: str, runs: int) -> float:
    command = [sys.executable, "-m", "pytest", test_file, "-q", "-p", "no:cacheprovider"]
    return median_seconds(command, runs, root, _learner_env(root))


DEMO_WRONG = "def add(a, b):\n    return {wrong}\n\n\ndef name():\n    return 'demo'\n"


def demo(saves: int) -> list[float]:
    from tests.support.demo import UPSTREAM_FILES, write_all

    with tempfile.TemporaryDirectory() as scratch:
        root = write_all(Path(scratch), UPSTREAM_FILES)
        kata = root / "katas" / "01_demo" / "arith.py"
        child = pexpect.spawn(sys.executable, ["-m", "dojo", "watch", "01"], cwd=str(root), env=child_env(),
                              encoding="utf-8", timeout=30, dimensions=(24, 80))
        child.expect("failing")
        times = []
        for save in range(saves):
            wrong = 1000 + save
            time.sleep(0.3)
            started = time.perf_counter()
            kata.write_text(DEMO_WRONG.format(wrong=wrong), encoding="utf-8")
            child.expect(f"assert {wrong} == ")
            times.append(time.perf_counter() - started)
        child.send("q")
        child.expect(pexpect.EOF)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--saves", type=int, default=20)
    parser.add_argument("--kata", action="append", help=f"a kata module (repeatable; default {', '.join(DEFAULT_KATAS)})")
    parser.add_argument("--demo", action="store_true", help="also the demo repository of the project's tests")
    arguments = parser.parse_args()
    rows = []
    for module in arguments.kata or DEFAULT_KATAS:
        topic = _topic_of(module)
        with tempfile.TemporaryDirectory(prefix="dojo-bench-") as scratch:
            root = Path(scratch)
            _copy_repository(root)
            times = watch_saves(root, topic, root / "katas" / topic / f"{module}.py", arguments.saves)
            cold = cold_pytest(root, f"katas/{topic}/test_{module}.py", 5)
        rows.append((f"{topic}/{module}.py", times, cold, statistics.median(CPU[module])))
    if arguments.demo:
        rows.append(("demo repository (tests/)", demo(arguments.saves), float("nan"), float("nan")))
    load = os.getloadavg()[0]
    print(f"dojo watch, save to redrawn verdict, median of {arguments.saves} saves; 80x24 terminal; "
          f"load average {load:.1f} on {os.cpu_count()} cores")
    print(f"  {'kata':<30} {'median':>7} {'min':>5} {'max':>5} {'/budget':>7}  {'cold pytest':>11} {'watch/cold':>10}"
          f" {'CPU/save':>9}")
    for name, times, cold, cpu in rows:
        median = statistics.median(times) * 1000
        print(f"  {name:<30} {median:5.0f}ms {min(times) * 1000:5.0f} {max(times) * 1000:5.0f} {median / BUDGET_MS:6.2f}x"
              f"  {cold * 1000:9.0f}ms {median / (cold * 1000):9.2f}x {cpu:7.0f}ms")
    print(f"  budget: {BUDGET_MS} ms median per kata (CPU/save: the watch process and its runs, the next run's child included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
