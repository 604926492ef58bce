"""The demo kata repository every scratch repository of the project's tests is made of.

Two topics (01_demo: an implement kata and a predict kata; 02_other: one implement kata), their
stubs, tests and reference solutions; UPSTREAM_FILES is the demo as published (with its pytest
settings), ready to be committed with :func:`git`.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import textwrap
import tomllib
from pathlib import Path

from tests.support.project import REPO

# The plugins the project's own settings switch off (Hypothesis', anyio's): the demo repositories
# switch them off too, as a learner's runs do; each would be imported again by every run.
_ADDOPTS = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]["addopts"]
PLUGINS_OFF = [argument for flag, name in itertools.pairwise(_ADDOPTS) if flag == "-p" for argument in (flag, name)]

DEMO_CURRICULUM = """
[verdict]
max_failed_elimination = 0
min_checklist_done = 0.8

[[elimination]]
number = 1
question = "Can you add?"
must = "Must add"
checklist = ["demo.adding"]

[[elimination]]
number = 2
question = "Can you greet?"
must = "Must greet"
checklist = ["other.greeting"]
"""

DEMO_TOPIC = """
title = "Demo"

[[checklist]]
id = "demo.adding"
text = "Can add two numbers"

[[checklist]]
id = "demo.naming"
text = "Can name things"

[[kata]]
module = "arith"
title = "Adding"
kind = "implement"
hints = ["first hint: think of +", "second hint: a + b", "third hint: return a + b"]

[[kata]]
module = "demo_predictions"
title = "Predict"
kind = "predict"
hints = ["run it in your head"]
"""

OTHER_TOPIC = """
title = "Other"

[[checklist]]
id = "other.greeting"
text = "Can greet"

[[kata]]
module = "greet"
title = "Greeting"
kind = "implement"
hints = ["say hello"]
"""

ARITH_STUB = '''
def add(a, b):
    raise NotImplementedError("add: return the sum")


def name():
    raise NotImplementedError("name: return a name")
'''

ARITH_SOLUTION = '''
def add(a, b):
    return a + b


def name():
    return "demo"
'''

ARITH_TESTS = '''
import pytest
from arith import add, name
from dojo.testing import call_kata


@pytest.mark.checklist("demo.adding")
def test_adds():
    assert call_kata(add, 2, 3) == 5


@pytest.mark.checklist("demo.adding")
def test_adds_negatives():
    assert call_kata(add, -2, -3) == -5


@pytest.mark.checklist("demo.naming")
def test_names():
    assert call_kata(name) == "demo"
'''

PREDICTIONS_STUB = '''
from dojo import predict


@predict(...)
def secret():
    print("-".join(["hidden", "truth"]))  # the output appears nowhere in the source
'''

PREDICTIONS_WRONG = PREDICTIONS_STUB.replace("@predict(...)", '@predict("hidden truth")')
PREDICTIONS_SOLUTION = PREDICTIONS_STUB.replace("@predict(...)", '@predict("hidden-truth")')

PREDICTIONS_TESTS = '''
import pytest
import demo_predictions as puzzles
from dojo.testing import check_prediction


@pytest.mark.checklist("demo.naming")
def test_secret():
    check_prediction(puzzles.secret)
'''

GREET_STUB = '''
def greet(who):
    raise NotImplementedError("greet: say hello")
'''

GREET_SOLUTION = '''
def greet(who):
    return f"Hello, {who}!"
'''

GREET_TESTS = '''
import pytest
from greet import greet
from dojo.testing import call_kata


@pytest.mark.checklist("other.greeting")
def test_greets():
    assert call_kata(greet, "Ada") == "Hello, Ada!"
'''


# Every scratch kata repository of the project's tests is made of these.
DEMO_FILES = {
    "katas/curriculum.toml": DEMO_CURRICULUM,
    "katas/01_demo/topic.toml": DEMO_TOPIC,
    "katas/01_demo/arith.py": ARITH_STUB,
    "katas/01_demo/test_arith.py": ARITH_TESTS,
    "katas/01_demo/demo_predictions.py": PREDICTIONS_STUB,
    "katas/01_demo/test_demo_predictions.py": PREDICTIONS_TESTS,
    "katas/02_other/topic.toml": OTHER_TOPIC,
    "katas/02_other/greet.py": GREET_STUB,
    "katas/02_other/test_greet.py": GREET_TESTS,
    "solutions/01_demo/arith.py": ARITH_SOLUTION,
    "solutions/01_demo/demo_predictions.py": PREDICTIONS_SOLUTION,
    "solutions/02_other/greet.py": GREET_SOLUTION,
}

UPSTREAM_FILES = {
    "conftest.py": 'pytest_plugins = ["dojo.plugin"]\n',
    # A long call limit: a spinning kata then runs into dojo verify's own time limit (tests set it short).
    "pyproject.toml": (f'[tool.pytest.ini_options]\naddopts = {json.dumps(["--import-mode=importlib", *PLUGINS_OFF])}\n'
                       'timeout = 20\ndojo_call_limit = 60\n'),
    **DEMO_FILES,
}


def write(root: Path, path: str, text: str) -> None:
    """One file of a scratch repository, dedented (the texts above are written indented)."""
    file = root / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")


def write_all(root: Path, files: dict[str, str]) -> Path:
    for path, text in files.items():
        write(root, path, text)
    return root


def demo_with_project_settings(root: Path) -> Path:
    """The demo kata repository with this project's conftest.py and pyproject.toml (its pytest settings)."""
    write_all(root, DEMO_FILES)
    shutil.copy(REPO / "conftest.py", root / "conftest.py")
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    return root


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t"}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout


def committed(root: Path, files: dict[str, str]) -> Path:
    """A git repository on branch main with `files` in its first commit."""
    write_all(root, files)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "upstream")
    return root
