"""The learner's progress between runs: ``.dojo/progress.json`` under the repository root (git-ignored).

One record per target (``katas``, ``solutions`` or another folder): the last result of every
kata test, and how many runs in a row each kata has failed (which sets the hint tier).
Only the pytest controller writes it, atomically (a temporary file, then ``os.replace``), so a
crash or Ctrl-C mid-write never leaves a torn file. An unreadable file is set aside, not lost.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from dojo.readiness import KataResult

FORMAT_VERSION = 1
RUNS_PER_HINT_TIER = 3  # a kata failing this many runs in a row unlocks its next hint


def progress_path(rootdir: Path) -> Path:
    return rootdir / ".dojo" / "progress.json"


@dataclass
class TargetProgress:
    tests: dict[str, dict] = field(default_factory=dict)  # nodeid -> {topic, kata, checklist, outcome, recorded}
    failing_runs: dict[str, int] = field(default_factory=dict)  # kata module -> consecutive failing runs

    def hint_tier(self, kata: str, hint_count: int) -> int:
        """0-based index of the hint to show for a kata, given how long it has been failing."""
        return min(self.failing_runs.get(kata, 0) // RUNS_PER_HINT_TIER, hint_count - 1)

    def earlier_results(self, rootdir: Path, exclude: set[str]) -> list[KataResult]:
        """Results from earlier runs for tests not in `exclude`, skipping tests whose file is gone."""
        results = []
        file_exists: dict[str, bool] = {}  # one stat per test file, not per test
        for nodeid, record in self.tests.items():
            file = nodeid.split("::", 1)[0]
            if file not in file_exists:
                file_exists[file] = (rootdir / file).is_file()
            if nodeid in exclude or not file_exists[file]:
                continue
            results.append(
                KataResult(
                    nodeid=nodeid,
                    topic=record["topic"],
                    kata=record.get("kata"),
                    checklist=tuple(record.get("checklist", ())),
                    outcome=record["outcome"],
                    recorded=record.get("recorded", "unknown"),
                )
            )
        return results

    def record(self, results: list[KataResult]) -> None:
        """Store this run's results and advance each kata's failing-run count."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        kata_passed: dict[str, bool] = {}
        for result in results:
            self.tests[result.nodeid] = {
                "topic": result.topic,
                "kata": result.kata,
                "checklist": list(result.checklist),
                "outcome": result.outcome,
                "recorded": now,
            }
            if result.kata:
                kata_passed[result.kata] = kata_passed.get(result.kata, True) and result.outcome == "passed"
        for kata, passed in kata_passed.items():
            self.failing_runs[kata] = 0 if passed else self.failing_runs.get(kata, 0) + 1


def load(path: Path, target: str) -> TargetProgress:
    """The progress recorded for target; empty when there is none or the file is unreadable."""
    record = (_read(path) or {}).get("targets", {}).get(target, {})
    return TargetProgress(dict(record.get("tests", {})), dict(record.get("failing_runs", {})))


def save(path: Path, target: str, progress: TargetProgress) -> None:
    data = _read(path)
    if data is None:
        # Unreadable or from another format: keep it beside the new file rather than lose it.
        path.replace(path.with_name(f"{path.name}.unreadable"))
        data = {}
    data["version"] = FORMAT_VERSION
    data.setdefault("targets", {})[target] = {"tests": progress.tests, "failing_runs": progress.failing_runs}
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".progress-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(data, file, indent=1, sort_keys=True)
        os.replace(temporary, path)  # atomic: readers see the old file or the new one, never half of one
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _read(path: Path) -> dict | None:
    """The file's data; {} when there is no file; None when it exists but cannot be used."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("version") == FORMAT_VERSION else None
