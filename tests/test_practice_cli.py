"""Pair practice end to end: interview (pair, solo, candidate, pressure), drill and review in a real
pseudo-terminal, keys pressed and answers typed, the round saved and shown by `dojo report`."""

from __future__ import annotations

import json
import re
import shutil
import sys
import textwrap
from datetime import date
from pathlib import Path

import pexpect
import pytest

from dojo.practice import Answer, Round, question_key
from dojo.progress import ProgressStore, progress_path
from dojo.testing import answer_digest
from tests.support.child import child_env, dojo
from tests.support.demo import DEMO_TOPIC, UPSTREAM_FILES, git
from tests.support.project import REPO

pytestmark = pytest.mark.timeout(120)

QUESTIONS = """
[[question]]
level = "elimination"
ask = "What does 2 + 3 give?"
answer = "5: the sum of the two numbers."
follow_up = "And 2 + -3?"
red_flags = ["Says 23"]

[[question]]
level = "core"
ask = "Why is 0.1 + 0.2 not 0.3?"
answer = "Binary floating point cannot hold 0.1 exactly."
follow_up = "How do you compare floats then?"
red_flags = ["Blames Python", "Uses == on floats"]

[[question]]
level = "senior"
ask = "When would you use decimal.Decimal?"
answer = "For money and other decimal quantities that must round the way people expect."
follow_up = "What does its context control?"
red_flags = ["Never heard of it"]
"""

QUIZ_KATA = """
[[kata]]
module = "demo_quiz"
title = "Quiz"
kind = "quiz"
hints = ["read the choices"]
"""

QUIZ_MODULE = '''
"""Kata: a quiz. Task: set ADD_ANSWER to the letter of the right choice."""

# Question 1 (elimination): "Can you add?" What is 2 + 3?
ADD_CHOICES = {
    "a": "23, the digits side by side",
    "b": "5, the sum",
    "c": "6, the product",
}
ADD_ANSWER = ...  # "a", "b" or "c"
'''

QUIZ_TESTS = f'''
import pytest

from dojo.testing import check_answer
from demo_quiz import ADD_ANSWER, ADD_CHOICES


@pytest.mark.checklist("demo.adding")
def test_adding():
    check_answer(ADD_CHOICES, ADD_ANSWER, salt="demo.adding/sum", digest="{answer_digest("demo.adding/sum", "5, the sum")}")
'''

ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
COLOUR = re.compile(r"\x1b\[[0-9;]*(3[0-7]|9[0-7]|38;[0-9;]+)m")


def _write(root: Path, path: str, text: str) -> None:
    file = root / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")


@pytest.fixture
def repo(tmp_path) -> Path:
    """The demo kata repository with interview questions in 01_demo, a quiz kata, and none in 02_other."""
    root = tmp_path / "repo"
    files = {
        **UPSTREAM_FILES,
        "katas/01_demo/topic.toml": DEMO_TOPIC + QUIZ_KATA + QUESTIONS,
        "katas/01_demo/demo_quiz.py": QUIZ_MODULE,
        "katas/01_demo/test_demo_quiz.py": QUIZ_TESTS,
    }
    for path, text in files.items():
        _write(root, path, text)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "upstream")
    return root


def spawn(root: Path, *args: str, **env: str) -> pexpect.spawn:
    # The terminal's own size, not COLUMNS/LINES inherited from an xdist worker (rich would wrap at those).
    environment = {k: v for k, v in child_env().items() if k not in ("COLUMNS", "LINES")}
    return pexpect.spawn(
        sys.executable, ["-m", "dojo", *args], cwd=str(root), env={**environment, **env}, encoding="utf-8", timeout=30,
        dimensions=(60, 200),
    )


def finish(child: pexpect.spawn) -> str:
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert "Traceback" not in (child.before or "")
    return str(child.before)


def report(root: Path) -> tuple[str, dict, str]:
    done = dojo(root, "report", "--json", str(root / "r.json"), "--md", str(root / "r.md"))
    assert done.returncode == 0, done.stderr
    return done.stdout, json.loads((root / "r.json").read_text()), (root / "r.md").read_text()


def rounds(root: Path):
    return ProgressStore(progress_path(root), "katas").rounds()


# --------------------------------------------------------------------------- help and errors


def test_every_practice_command_has_help_with_an_example(repo):
    for command in ("interview", "drill", "review"):
        done = dojo(repo, command, "--help")
        assert done.returncode == 0 and "example:" in done.stdout and f"dojo {command}" in done.stdout, command


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["interview", "02"], "katas/02_other/topic.toml: no interview questions"),
        (["interview", "99"], "unknown topic '99'"),
        (["interview", "01", "--candidate", "--shuffle"], "needs the interviewer's --seed"),
        (["drill", "--seconds", "0"], "give more than 0 and at most 600 seconds"),
    ],
)
def test_bad_input_is_one_line_and_a_non_zero_exit(repo, args, message):
    done = dojo(repo, *args)
    assert done.returncode != 0 and message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_a_malformed_question_names_the_file_and_key(repo):
    broken = (repo / "katas/01_demo/topic.toml").read_text().replace('answer = "5: the sum of the two numbers."\n', "")
    (repo / "katas/01_demo/topic.toml").write_text(broken)
    done = dojo(repo, "interview", "01")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.strip() == "dojo interview: the curriculum has problems: katas/01_demo/topic.toml: question[0]: missing 'answer'"


def test_candidate_screen_shows_only_the_questions_in_the_interviewers_order(repo):
    done = dojo(repo, "interview", "01_demo", "--candidate", "--shuffle", "--seed", "3")
    assert done.returncode == 0
    assert "What does 2 + 3 give?" in done.stdout and "Why is 0.1 + 0.2 not 0.3?" in done.stdout
    assert "5: the sum" not in done.stdout and "Says 23" not in done.stdout and "And 2 + -3?" not in done.stdout
    interviewer = dojo(repo, "interview", "01_demo", "--shuffle", "--seed", "3", stdin="q\n").stdout
    asked_first = done.stdout.split("\n 1. ")[1].splitlines()[0]
    assert f"Ask:\n  {asked_first}" in interviewer, "the same seed, the same first question"
    assert rounds(repo) == [], "nothing scored, nothing saved"


# --------------------------------------------------------------------------- the modes in a terminal


def test_two_people_score_a_round_with_one_key_each_and_the_report_shows_it(repo):
    child = spawn(repo, "interview", "01")
    child.expect("question 1 of 3")
    child.expect("5: the sum of the two numbers.")  # the model answer,
    child.expect("And 2 \\+ -3\\?")  # the follow-up,
    child.expect("Says 23")  # the red flags and
    child.expect("u follow-up asked and passed")  # the keys, for the interviewer
    child.send("u")
    child.expect("question 2 of 3")
    child.expect("q end the round")
    child.send("x")  # not a score key: nothing happens
    child.send("f")
    child.expect("question 3 of 3")
    child.expect("q end the round")
    child.send("s")
    child.expect("Round over: 01_demo, 3 of 3 scored, 1.5 points \\(50%\\)")
    finish(child)
    [saved] = rounds(repo)
    assert saved.kind == "interview" and [a.score for a in saved.answers] == ["follow_up", "fail", "shaky"]
    assert all(a.seconds >= 0 for a in saved.answers) and [a.box for a in saved.answers] == [None, 1, 1]

    text, data, markdown = report(repo)
    assert re.search(r"01 demo\s+last  50%  best  50%  1 round  \(interview, \d{4}-\d\d-\d\d\)", text)
    assert "review: 2 questions due today (dojo review)" in text
    assert data["practice"]["topics"][0]["topic"] == "01_demo" and data["practice"]["topics"][0]["last_score"] == 0.5
    assert data["practice"]["review"]["due"] == 2 and data["practice"]["counts_toward_verdict"] is False
    assert "| 01 demo | 50% | 50% | 1 |" in markdown
    assert "Verdict: NOT READY" in text


def test_q_ends_early_and_keeps_what_was_scored_and_pressure_asks_are_you_sure(repo):
    child = spawn(repo, "interview", "01", "--pressure", "--seed", "1", "--shuffle")
    child.expect("seed 1; the candidate's screen: dojo interview 01_demo --candidate --shuffle --seed 1")
    child.expect("q end the round")
    child.send("p")
    asked = child.expect(['"Are you sure\\?"', "question 2 of 3"])
    if asked == 0:
        child.send("c")
        child.expect("question 2 of 3")
    child.expect("q end the round")
    child.send("q")
    child.expect("1 of 3 scored")
    finish(child)
    [saved] = rounds(repo)
    assert saved.answers[0].score == ("caved" if asked == 0 else "pass")
    from dojo.practice import pressure_plan

    assert (asked == 0) == (0 in pressure_plan(3, 1)), "the seed decides where the pressure comes"


def test_solo_types_an_answer_sees_the_model_answer_and_scores_itself(repo):
    child = spawn(repo, "interview", "01", "--solo")
    child.expect("What does 2 \\+ 3 give\\?")
    child.expect("> ")
    assert "5: the sum" not in child.before, "the model answer only after the learner answered"
    child.sendline("five, the sum")
    child.expect("5: the sum of the two numbers.")
    child.expect("you answered: five, the sum")
    child.expect("q end the round")
    child.send("p")
    child.expect("Why is 0.1")
    child.expect("> ")
    child.sendline("")  # said aloud
    child.expect("q end the round")
    child.send("s")
    child.expect("When would you use decimal")
    child.expect("> ")
    child.sendcontrol("c")  # Ctrl-C at a typed answer ends the round and keeps what was scored
    child.expect("2 of 3 scored")
    finish(child)
    [saved] = rounds(repo)
    assert saved.kind == "solo" and [(a.score, a.typed) for a in saved.answers] == [("pass", "five, the sum"), ("shaky", "")]
    text, _, _ = report(repo)
    assert "(solo," in text


def test_drill_against_the_clock_then_review_brings_the_miss_back(repo):
    child = spawn(repo, "drill", "--seconds", "60")
    child.expect("question 1 of 2")
    child.expect("b\\) 5, the sum")
    child.expect("press a/b/c")
    child.send("a")
    child.expect("wrong \\(")
    child.expect("the right answer: b\\) 5, the sum")  # a miss shows the right answer (walkthrough #20)
    child.expect("question 2 of 2")
    child.expect("question 1: wrong \\(.*the right answer: b\\) 5, the sum")  # and it stays on the next screen
    child.expect("Can you greet\\?")
    child.expect("press Enter")
    child.send("\r")
    child.expect("It must have: Must greet")
    child.send("y")
    child.expect("right \\(")
    child.expect("Drill over: 1 of 2 right in time")
    child.expect("1. Can you add\\?")
    finish(child)
    [saved] = rounds(repo)
    assert [(a.question, a.score) for a in saved.answers] == [("elimination:1", "miss"), ("elimination:2", "pass")]

    text, data, _ = report(repo)
    assert "elimination drill" in text and "last 1/2  best 1/2  1 drill" in text
    assert "missed in the last drill:  1. Can you add?" in text
    assert data["practice"]["drill"]["missed"] == [{"number": 1, "question": "Can you add?"}]



def test_review_brings_a_drill_miss_back_and_then_waits_longer(repo):
    store = ProgressStore(progress_path(repo), "katas")
    store.record_round(Round("drill", "elimination", "2026-03-02T10:00:00+00:00", 2, answers=[
        Answer("elimination:1", "elimination", "miss", 9.0), Answer("elimination:2", "elimination", "pass", 1.0)]), date.today())
    child = spawn(repo, "review")
    child.expect("dojo review   question 1 of 1")
    child.expect("press a/b/c")
    child.send("b")
    child.expect("right \\(")
    child.expect("1 up a box \\(0 learned for good\\), 0 back to box 1")
    finish(child)
    states = ProgressStore(progress_path(repo), "katas").review_states()
    assert [(s.question, s.box) for s in states] == [("elimination:1", 2)] and states[0].due > date.today()
    again = dojo(repo, "review")
    assert again.returncode == 0 and f"Nothing to review today. Next due on {states[0].due.isoformat()}." in again.stdout
    text, data, _ = report(repo)
    assert data["practice"]["review"] == {"due": 0, "in_review": 1, "next_due": states[0].due.isoformat()}
    assert "review: nothing due today; 1 in review" in text


def test_review_asks_a_missed_topic_question_alone_and_keeps_the_typed_answer(repo):
    child = spawn(repo, "interview", "01")
    child.expect("q end the round")
    child.send("f")
    child.expect("question 2 of 3")
    child.send("q")
    finish(child)
    child = spawn(repo, "review")
    child.expect("01_demo")
    child.expect("What does 2 \\+ 3 give\\?")
    child.expect("> ")
    child.sendline("5")
    child.expect("q end the round")
    child.send("p")
    child.expect("1 up a box")
    finish(child)
    review = rounds(repo)[-1]
    assert review.kind == "review" and [(a.question, a.score, a.typed, a.box) for a in review.answers] == [
        (question_key("01_demo", "What does 2 + 3 give?"), "pass", "5", 2)
    ]


def test_no_colour_with_NO_COLOR_and_plain_text_on_a_pipe(repo):
    child = spawn(repo, "interview", "01", NO_COLOR="1")
    child.expect("q end the round")
    child.send("q")
    output = finish(child)
    assert not COLOUR.search(output)
    piped = dojo(repo, "drill", stdin="b\n\ny\n")
    assert piped.returncode == 0 and "Drill over: 2 of 2 right in time" in piped.stdout
    assert not ESCAPE.search(piped.stdout), "plain text when not a terminal"


def test_two_people_run_the_real_08_scope_round(tmp_path):
    root = tmp_path / "real"
    shutil.copytree(REPO / "katas", root / "katas", ignore=shutil.ignore_patterns("__pycache__"))
    count = len(re.findall(r"^\[\[question\]\]", (root / "katas/08_scope/topic.toml").read_text(), re.M))
    child = spawn(root, "interview", "08_scope")
    for number in range(1, count + 1):
        child.expect(f"question {number} of {count}")
        child.expect("q end the round")
        child.send("p")
    child.expect(f"{count} of {count} scored")
    finish(child)
    text, data, _ = report(root)
    assert re.search(r"08 scope\s+last 100%  best 100%  1 round", text)
    assert [t["topic"] for t in data["practice"]["topics"]] == ["08_scope"]


def test_an_unreadable_round_leaves_practice_out_of_the_report_with_one_line(repo):
    import sqlite3
    from contextlib import closing

    store = ProgressStore(progress_path(repo), "katas")
    store.record_round(Round("drill", "elimination", "2026-03-02T10:00:00+00:00", 1, answers=[
        Answer("elimination:1", "elimination", "miss", 1.0)]), date.today())
    with closing(sqlite3.connect(store.path)) as db, db:
        db.execute("UPDATE answers SET score = 'bogus'")
    done = dojo(repo, "report")
    assert done.returncode == 0 and "Verdict: NOT READY" in done.stdout and "Practice rounds" not in done.stdout
    assert "has the wrong shape; the report leaves practice out" in done.stderr and "Traceback" not in done.stderr
    broken = dojo(repo, "drill", stdin="q\n")
    assert broken.returncode == 0 and "no drill saved" in broken.stdout


def test_the_candidates_screen_shows_one_question_at_a_time(repo):
    """walkthrough #20: in a terminal the candidate sees the question being asked, not the whole list."""
    child = spawn(repo, "interview", "01", "--candidate")
    child.expect("question 1 of 3")
    child.expect("What does 2 \\+ 3 give\\?")
    child.expect("Enter next question")
    assert "0.1 + 0.2" not in child.before
    child.send("\r")
    child.expect("question 2 of 3")
    child.expect("Why is 0.1 \\+ 0.2 not 0.3\\?")
    child.expect("Enter next question")
    assert "What does 2 + 3" not in child.before and "decimal.Decimal" not in child.before
    child.send("b")
    child.expect("question 1 of 3")
    child.send("q")
    finish(child)
    assert rounds(repo) == []


def test_a_round_ended_after_one_question_is_scored_as_one_question_of_the_round(repo):
    """walkthrough #20: one pass then Ctrl-C is 1 of 3 questions (33%), not a 100% round."""
    child = spawn(repo, "interview", "01")
    child.expect("question 1 of 3")
    child.expect("q end the round")
    child.send("p")
    child.expect("question 2 of 3")
    child.expect("q end the round")
    child.sendcontrol("c")
    child.expect("Round over: 01_demo, 1 of 3 scored, 1 point \\(33% of the round: it ended after 1 of 3\\)")
    finish(child)
    text, _, _ = report(repo)
    assert re.search(r"01 demo\s+last  33%  best  33%  1 round", text), text
