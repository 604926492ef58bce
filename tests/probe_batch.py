"""Run several kata-test runs in one child interpreter: ``python -m tests.probe_batch JOBS.json``.

Each job is {"paths": [...], "target": DIR, "out": FILE}: one pytest run of `paths` against
`target`, recorded by ``tests.kata_probe`` into `out`. One interpreter pays Python's and
pytest's start-up once for all of them (a misconception run costs a fraction of a fresh
process). Between runs the kata and test modules that a run imported are forgotten, so each
run imports the code of its own target. A job whose run ends the process (the watchdog, a
learner's os._exit) leaves no `out`: the caller runs the rest on its own.
"""

from __future__ import annotations

import json
import os
import sys

import pytest


def main(jobs_file: str) -> int:
    with open(jobs_file, encoding="utf-8") as handle:
        jobs = json.load(handle)
    for job in jobs:
        before = set(sys.modules)
        os.environ["KATA_PROBE_OUT"] = job["out"]
        pytest.main([*job["paths"], "--dojo-target", job["target"], "-p", "tests.kata_probe", "-p", "no:cacheprovider", "-q"])
        for name in set(sys.modules) - before:
            if not name.startswith(("_pytest", "pytest", "pluggy", "xdist", "execnet", "dojo", "hypothesis", "tests.")):
                del sys.modules[name]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
