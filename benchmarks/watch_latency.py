"""Save-to-redraw latency of `dojo watch`: the median over N saves (budget: under 150 ms).

    python benchmarks/watch_latency.py [--saves 20]

Starts `dojo watch` in a pseudo-terminal on a scratch copy of the demo kata repository the
project's tests use, then saves the kata N times, each time with a different wrong answer,
and times from the write to the screen showing that answer's failure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pexpect

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.test_cli import _env  # noqa: E402
from tests.test_verify import UPSTREAM_FILES  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--saves", type=int, default=20)
    saves = parser.parse_args().saves
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        for path, text in UPSTREAM_FILES.items():
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text(text.lstrip("\n"), encoding="utf-8")
        kata = root / "katas" / "01_demo" / "arith.py"
        child = pexpect.spawn(sys.executable, ["-m", "dojo", "watch", "01"], cwd=str(root), env=_env(),
                              encoding="utf-8", timeout=30, dimensions=(50, 150))
        child.expect("failing")
        times = []
        for save in range(saves):
            wrong = 1000 + save
            started = time.perf_counter()
            kata.write_text(f"def add(a, b):\n    return {wrong}\n\n\ndef name():\n    return 'demo'\n", encoding="utf-8")
            child.expect(f"assert {wrong} == ")
            times.append(time.perf_counter() - started)
        child.send("q")
        child.expect(pexpect.EOF)
    load = os.getloadavg()[0]
    print(f"dojo watch, save to redrawn verdict over {saves} saves (load average {load:.1f}, {os.cpu_count()} cores):")
    print(f"  median {statistics.median(times) * 1000:6.0f} ms   budget 150 ms")
    print(f"  min    {min(times) * 1000:6.0f} ms   max {max(times) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
