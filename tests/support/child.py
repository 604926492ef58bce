"""Child processes of the tests: `dojo` as a learner runs it, with this checkout's dojo and none of the outer run's settings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.project import REPO


def child_env() -> dict[str, str]:
    """The environment without the outer run's DOJO_*/PYTEST_* settings, and with this checkout's dojo first."""
    # Not COLUMNS/LINES either: xdist workers export them, and rich would wrap at their size.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DOJO_", "PYTEST_")) and k not in ("COLUMNS", "LINES")}
    env["PYTHONPATH"] = str(REPO)  # this dojo, whatever the scratch repository holds
    return env


def dojo(root: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dojo", *args], cwd=root, env=child_env(), input=stdin, capture_output=True, text=True, timeout=120
    )
