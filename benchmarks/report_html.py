"""`dojo report --html` on a full curriculum with four weeks of history: its time and the page's size (budget: 300 ms).

    python benchmarks/report_html.py [--runs 5]

A scratch copy of this checkout's katas gets the generated history of tests/support/history.py
(every kata test of the curriculum, four weeks of saved runs, interview rounds and drills); then
`python -m dojo report --html PAGE` runs there, fresh each time, beside `dojo report` without
the page. Medians of wall and CPU time (CPU hardly moves with the machine's load), and the size
of the page.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from cli_start import median_ms  # this folder is on sys.path when a benchmark runs as a script

REPO = Path(__file__).resolve().parent.parent
BUDGET_MS = 300


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    sys.path.insert(0, str(REPO))
    from tests.support import history as history_demo

    with tempfile.TemporaryDirectory(prefix="dojo-report-html-") as scratch:
        root = Path(scratch)
        shutil.copytree(REPO / "katas", root / "katas")
        for name in ("pyproject.toml", "conftest.py"):
            shutil.copy(REPO / name, root / name)
        history_demo.fill(root)
        page = root / "report.html"
        command = [sys.executable, "-m", "dojo", "report"]
        with_page = median_ms([*command, "--html", str(page)], runs, cwd=root)
        without = median_ms(command, runs, cwd=root)
        size = page.stat().st_size
    print(f"dojo report on a full curriculum with four weeks of history, median of {runs} runs "
          f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print(f"  {'':<24} {'wall':>7} {'CPU':>7}")
    print(f"  {'dojo report --html':<24} {with_page[0]:4.0f} ms {with_page[1]:4.0f} ms   budget {BUDGET_MS} ms")
    print(f"  {'dojo report':<24} {without[0]:4.0f} ms {without[1]:4.0f} ms")
    print(f"  the page: {size / 1024:.0f} KiB ({size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
