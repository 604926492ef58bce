"""dojo.dev.runs and dojo.dev.batch: many kata-test runs through one preloaded batch server, and its failures.

A job whose code ends the process, or a server past its time bound, must cost only that job:
the jobs after it still get their results, and no server or child is left behind.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, replace
from pathlib import Path

import pytest

from dojo.dev import runs
from tests.support.demo import demo_with_project_settings

ENDS_ITS_PROCESS = """
import os


def add(a, b):
    os._exit(3)


def name():
    return "demo"
"""

HANGS = """
import time


def add(a, b):
    time.sleep(60)


def name():
    return "demo"
"""


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return demo_with_project_settings(tmp_path)


def _target(demo: Path, name: str, arith: str | None = None) -> str:
    target = demo / "targets" / name
    shutil.copytree(demo / "solutions", target)
    if arith is not None:
        (target / "01_demo" / "arith.py").write_text(arith, encoding="utf-8")
    return str(target)


def _job(demo: Path, target: str, name: str) -> runs.Job:
    return runs.Job(("katas/01_demo/test_arith.py",), target, str(demo / f"{name}.json"), shares_layout=True)


def _outcomes(results) -> dict[str, str]:
    return {row.nodeid.rpartition("::")[2]: row.outcome for row in results.rows}


def test_one_server_serves_every_list_of_jobs_of_a_process(demo, tmp_path_factory):
    scratch = tmp_path_factory.mktemp("scratch")
    first = runs.run_jobs(demo, [_job(demo, _target(demo, "a"), "a")], scratch)
    [(_, server)] = [entry for entry in runs._IDLE_SERVERS if entry[0] == demo]
    second = runs.run_jobs(demo, [_job(demo, _target(demo, "b"), "b")], scratch)
    assert runs._IDLE_SERVERS[-1] == (demo, server) and server.alive()
    assert set(_outcomes(first[0]).values()) == set(_outcomes(second[0]).values()) == {"passed"}
    runs._close_servers()
    assert not server.alive()


def test_a_job_that_ends_its_process_costs_only_its_own_results(demo, tmp_path_factory):
    jobs = [_job(demo, _target(demo, "before"), "before"),
            _job(demo, _target(demo, "exits", ENDS_ITS_PROCESS), "exits"),
            _job(demo, _target(demo, "after"), "after")]
    before, exits, after = runs.run_jobs(demo, jobs, tmp_path_factory.mktemp("scratch"))
    assert set(_outcomes(before).values()) == {"passed"}
    assert set(_outcomes(after).values()) == {"passed"}
    assert not exits.rows and exits.collection_errors, "a run that left no record says so"
    runs._close_servers()


def test_a_server_past_its_bound_is_ended_with_its_children_and_the_other_jobs_still_run(demo, tmp_path_factory):
    scratch = tmp_path_factory.mktemp("scratch")
    hung = _job(demo, _target(demo, "hangs", HANGS), "hangs")
    fine = _job(demo, _target(demo, "fine"), "fine")
    with runs._server(demo) as server:
        server.serve(_jobs_file(scratch, [hung, fine]), scratch / "log", bound=1.0)
        pid = server.process.pid
    assert not server.alive(), "past its bound the server is ended"
    with pytest.raises(ProcessLookupError):
        os.killpg(pid, 0)  # nothing of its session is left: no child still sleeping
    assert all(entry[0] != demo for entry in runs._IDLE_SERVERS), "an ended server is not handed out again"
    [results] = runs.run_jobs(demo, [fine], scratch)
    assert set(_outcomes(results).values()) == {"passed"}
    runs._close_servers()


LOGS_STARTS_AND_TEMP_FOLDERS = """
from pathlib import Path

import pytest

LOG = Path(__file__).parents[2] / "log.txt"


def pytest_configure(config):
    with LOG.open("a") as log:
        log.write("pytest started\\n")


@pytest.fixture(autouse=True)
def _temp_folder(tmp_path):
    with LOG.open("a") as log:
        log.write(f"{tmp_path}\\n")
"""


def test_jobs_of_different_test_files_of_a_topic_share_one_start_and_keep_their_temp_folders_beside_them(demo, tmp_path_factory):
    (demo / "katas" / "01_demo" / "conftest.py").write_text(LOGS_STARTS_AND_TEMP_FOLDERS, encoding="utf-8")
    scratch = tmp_path_factory.mktemp("scratch")
    arith = _job(demo, _target(demo, "arith"), "arith")
    predictions = runs.Job(("katas/01_demo/test_demo_predictions.py",), _target(demo, "predictions"), str(demo / "predictions.json"),
                           shares_layout=True)
    first, second = runs.run_jobs(demo, [arith, predictions], scratch)
    runs._close_servers()
    assert {row.nodeid.partition("::")[0] for row in first.rows} == {"katas/01_demo/test_arith.py"}
    assert {row.nodeid.partition("::")[0] for row in second.rows} == {"katas/01_demo/test_demo_predictions.py"}
    starts, *folders = (demo / "log.txt").read_text(encoding="utf-8").splitlines()
    assert starts == "pytest started" and folders and "pytest started" not in folders, "pytest starts once for both jobs"
    ours = tmp_path_factory.getbasetemp()  # the jobs' folders are here: none is a new numbered folder of the user's
    assert all(Path(folder).is_relative_to(ours) for folder in folders), (
        f"the jobs' temporary folders lie beside their files (a forked run never cleans up the user's): {folders}")


def test_a_misconception_and_an_alternative_share_one_start_each_with_its_own_stop_rule(demo, tmp_path_factory):
    (demo / "katas" / "01_demo" / "conftest.py").write_text(LOGS_STARTS_AND_TEMP_FOLDERS, encoding="utf-8")
    wrong = _target(demo, "wrong", "def add(a, b):\n    return a - b\n\n\ndef name():\n    return 'demo'\n")
    misconception = replace(_job(demo, wrong, "wrong"), stop="rejection")
    alternative = _job(demo, _target(demo, "right"), "right")
    rejected, accepted = runs.run_jobs(demo, [misconception, alternative], tmp_path_factory.mktemp("scratch"))
    runs._close_servers()
    assert _outcomes(rejected) == {"test_adds": "failed"}, "the misconception's run stops at the first test that rejects it"
    assert _outcomes(accepted) == {"test_adds": "passed", "test_adds_negatives": "passed", "test_names": "passed"}
    assert (demo / "log.txt").read_text(encoding="utf-8").splitlines().count("pytest started") == 1


def _jobs_file(scratch: Path, jobs: list[runs.Job]) -> Path:
    path = scratch / "jobs.json"
    path.write_text(json.dumps([asdict(job) for job in jobs]), encoding="utf-8")
    return path


def test_beyond_the_most_idle_servers_the_least_recently_used_ends(monkeypatch):
    class Server:
        def __init__(self, repo: Path) -> None:
            self.repo, self.closed = repo, False

        def alive(self) -> bool:
            return not self.closed

        def close(self) -> None:
            self.closed = True

    monkeypatch.setattr(runs, "_BatchServer", Server)
    monkeypatch.setattr(runs, "_IDLE_SERVERS", [])
    most = runs._MOST_IDLE_SERVERS
    scratches = [f"scratch-{number}" for number in range(1, most + 1)]
    used = []
    for name in ("main", *scratches[:-1], "main", scratches[-1]):  # one repository more than are kept idle
        with runs._server(Path(name)) as server:
            used.append(server)
    main, scratch_1, *others, main_again, last = used
    assert main_again is main, "an idle server of the same repository is used again"
    assert scratch_1.closed, "the least recently used server ends"
    assert not any(server.closed for server in (main, *others, last))
    assert [repo for repo, _ in runs._IDLE_SERVERS] == [Path(name) for name in (*scratches[1:-1], "main", scratches[-1])]


@pytest.mark.parametrize(
    ("argv", "args", "own"),
    [
        (["/venv/bin/pytest"], (), True),  # `pytest` with no arguments
        (["/venv/bin/pytest", "katas/08_scope"], ("katas/08_scope",), True),
        (["/venv/bin/pytest", "tests"], (), False),  # pytester's in-process run inside the project's tests
        # An xdist worker runs `python -c ...`: an in-process run without arguments inside it is not the
        # worker's own session, and must not end the worker's batch servers as "left running by kata code".
        (["-c"], (), False),
    ],
)
def test_only_the_processs_own_session_checks_what_was_left_running(monkeypatch, argv, args, own):
    from dojo import leftovers

    monkeypatch.setattr("sys.argv", argv)
    assert leftovers.own_session(args) is own
