"""Pair practice without a terminal: the review schedule on injected dates, the drill's clock, the quiz
katas' choices and digests, the rounds in the progress store and in the report's three views."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from dojo import render
from dojo.cli.practice import Due, Screen, Session, run_drill, run_interview, run_review
from dojo.curriculum import Question, Topic
from dojo.practice import (
    BOX_DAYS,
    LAST_BOX,
    Answer,
    DrillItem,
    PracticeError,
    ReviewState,
    Round,
    drill_items,
    due,
    judge,
    next_review,
    ordered,
    pressure_plan,
    question_key,
    summarize,
    topic_questions,
)
from dojo.progress import ProgressStore, progress_path
from dojo.readiness import assess
from tests.support.project import CURRICULUM, REPO

DAY = date(2026, 3, 2)


# --------------------------------------------------------------------------- helpers


class FakeClock:
    """A clock that only moves when told: nothing in these tests waits."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class ScriptedKeys:
    """Keys and typed lines from a script; each entry may first move the clock: (seconds, key)."""

    def __init__(self, clock: FakeClock, script: list[tuple[float, str | None]]):
        self.clock = clock
        self.script = list(script)
        self.timeouts: list[float | None] = []

    def _next(self) -> str | None:
        seconds, pressed = self.script.pop(0)
        self.clock.now += seconds
        return pressed

    def key(self, allowed, timeout=None, tick=None):
        self.timeouts.append(timeout)
        pressed = self._next()
        assert pressed is None or pressed in allowed, (pressed, allowed)
        return pressed

    def line(self, prompt):
        return self._next()


class Console:
    is_terminal = False

    def __init__(self) -> None:
        self.lines: list[str] = []

    def print(self, text, **_):
        self.lines.append(text)


def _session(script: list[tuple[float, str | None]]) -> tuple[Session, Console, ScriptedKeys]:
    clock, console = FakeClock(), Console()
    keys = ScriptedKeys(clock, script)
    return Session(Screen(console), keys, clock), console, keys


def _question(n: int) -> Question:
    return Question(f"question {n}?", f"answer {n}", f"follow-up {n}", (f"red flag {n}",), "core")


TOPIC = Topic("08_scope", 8, "Scope", (), (), tuple(_question(n) for n in range(4)))


# --------------------------------------------------------------------------- the review schedule


def test_a_miss_comes_back_the_same_day_and_passes_move_it_up_until_it_retires():
    box, when = next_review(None, "fail", DAY)
    assert (box, when) == (1, DAY)
    seen = []
    today = DAY
    while box is not None:
        assert when is not None
        today = when
        box, when = next_review(box, "pass", today)
        seen.append((box, when))
    expected = [(n, DAY + timedelta(days=sum(BOX_DAYS[k] for k in range(2, n + 1)))) for n in range(2, LAST_BOX + 1)]
    assert seen == [*expected, (None, None)], "each pass waits longer; a pass from the last box retires the question"


@pytest.mark.parametrize("score", ["shaky", "fail", "caved", "miss"])
def test_anything_below_pass_goes_back_to_box_one(score):
    assert next_review(4, score, DAY) == (1, DAY)


def test_a_pass_on_a_question_never_missed_is_not_scheduled():
    assert next_review(None, "pass", DAY) == (None, None)
    assert next_review(None, "follow_up", DAY) == (None, None)


def test_due_on_an_injected_date_least_known_first():
    states = [
        ReviewState("a", "08_scope", 3, DAY + timedelta(days=3)),
        ReviewState("b", "08_scope", 2, DAY + timedelta(days=1)),
        ReviewState("c", "09_functions", 1, DAY),
    ]
    assert [s.question for s in due(states, DAY)] == ["c"]
    assert [s.question for s in due(states, DAY + timedelta(days=1))] == ["c", "b"]
    assert [s.question for s in due(states, DAY + timedelta(days=30))] == ["c", "b", "a"]


def test_the_store_moves_boxes_round_by_round_on_injected_dates(tmp_path):
    store = ProgressStore(progress_path(tmp_path), "katas")
    key = question_key("08_scope", "question 1?")

    def answer(score: str, today: date) -> int | None:
        saved = store.record_round(Round("solo", "08_scope", f"{today}T10:00:00+00:00", 1, answers=[
            Answer(key, "08_scope", score, 3.0)]), today)
        return saved.answers[0].box

    assert answer("shaky", DAY) == 1
    assert [s.question for s in due(store.review_states(), DAY)] == [key], "a miss is due the same day"
    assert answer("pass", DAY) == 2
    assert due(store.review_states(), DAY) == [] and len(due(store.review_states(), DAY + timedelta(days=1))) == 1
    assert answer("pass", DAY + timedelta(days=1)) == 3
    assert answer("fail", DAY + timedelta(days=4)) == 1, "a miss sends it back to box 1"
    stored = store.rounds()
    assert [r.answers[0].box for r in stored] == [1, 2, 3, 1], "each answer keeps the box it left the question in"
    assert [r.answers[0].score for r in stored] == ["shaky", "pass", "pass", "fail"]


# --------------------------------------------------------------------------- order and pressure


def test_shuffle_is_repeated_by_its_seed_and_the_plain_order_is_the_topics():
    questions = list(TOPIC.questions)
    assert ordered(questions, shuffle=False, seed=5) == questions
    assert ordered(questions, shuffle=True, seed=7) == ordered(questions, shuffle=True, seed=7)
    assert sorted(q.ask for q in ordered(questions, shuffle=True, seed=7)) == sorted(q.ask for q in questions)
    assert len({tuple(q.ask for q in ordered(questions, shuffle=True, seed=s)) for s in range(20)}) > 1


def test_pressure_asks_on_some_questions_never_none_and_the_seed_repeats_it():
    for seed in range(50):
        plan = pressure_plan(10, seed)
        assert plan and plan <= set(range(10)) and plan == pressure_plan(10, seed)
    assert len({frozenset(pressure_plan(10, s)) for s in range(20)}) > 1
    assert pressure_plan(0, 1) == set()


def test_a_topic_without_questions_is_one_line_naming_the_file_and_key():
    with pytest.raises(PracticeError, match=r"katas/02_tuples/topic.toml: no interview questions.*key 'question'"):
        topic_questions(Topic("02_tuples", 2, "Tuples", (), (), ()), REPO / "katas")


# --------------------------------------------------------------------------- the drill


def test_the_drill_reads_the_quiz_katas_choices_and_each_has_exactly_one_right_answer():
    items = drill_items(CURRICULUM)
    assert [i.question.number for i in items] == list(range(1, 11))
    with_quiz = [i for i in items if i.quiz]
    assert len(with_quiz) >= 7
    for item in with_quiz:
        assert item.quiz is not None
        assert sum(item.quiz.is_right(letter) for letter in item.quiz.choices) == 1, item.quiz.kata
        assert not item.quiz.is_right("z")
    assert {i.quiz.kata for i in with_quiz if i.quiz} >= {"08_scope/legb_quiz.py", "09_functions/functions_quiz.py"}


def _legb() -> DrillItem:
    return next(i for i in drill_items(CURRICULUM) if i.question.number == 1)


def _right_and_wrong(item: DrillItem) -> tuple[str, str]:
    assert item.quiz is not None
    right = next(letter for letter in item.quiz.choices if item.quiz.is_right(letter))
    return right, next(letter for letter in item.quiz.choices if letter != right)


def test_judge_right_in_time_passes_late_or_wrong_or_none_misses():
    item = _legb()
    right, wrong = _right_and_wrong(item)
    assert judge(item, right, 2.0, 8.0).score == "pass"
    assert judge(item, right, 8.5, 8.0).why == "too late"
    assert judge(item, wrong, 1.0, 8.0).why == "wrong"
    assert judge(item, None, 8.0, 8.0).why == "no answer"


def test_a_drill_answer_after_the_time_is_a_miss_without_waiting():
    item = _legb()
    right, _ = _right_and_wrong(item)
    # The right answer, but 30 seconds of the fake clock later: a miss; then the time runs out with no key.
    session, console, keys = _session([(30.0, right), (8.0, None), (1.0, right)])
    practice_round = Round("drill", "elimination", "2026-03-02T10:00:00+00:00", 3)
    run_drill(session, [item, item, item], practice_round, seconds=8.0)
    assert [(a.score, a.seconds) for a in practice_round.answers] == [("miss", 30.0), ("miss", 8.0), ("pass", 1.0)]
    assert keys.timeouts == [8.0, 8.0, 8.0], "the key wait is bounded by the time left"
    assert any("too late (30.0 s): a miss" in line for line in console.lines)
    assert any("no answer (8.0 s): a miss" in line for line in console.lines)
    assert any(f"the right answer: {right})" in line for line in console.lines), "a miss shows the right answer (walkthrough #20)"


def test_a_question_no_quiz_asks_is_answered_aloud_and_self_checked():
    # A question no quiz kata offers choices for (every one has them today; a new curriculum may not).
    gil = DrillItem(next(q for q in CURRICULUM.elimination if q.number == 5), None)
    session, console, _ = _session([(2.0, "\r"), (5.0, "y"), (9.0, "\r"), (1.0, "\r"), (0.0, "n")])
    practice_round = Round("drill", "elimination", "2026-03-02T10:00:00+00:00", 3)
    run_drill(session, [gil, gil, gil], practice_round, seconds=8.0)
    assert [a.score for a in practice_round.answers] == ["pass", "miss", "miss"], "Enter after the time is a miss"
    assert any("It must have: Must know Global Interpreter Lock" in line for line in console.lines)


def test_q_ends_the_drill_and_keeps_the_answers_given():
    item = _legb()
    right, _ = _right_and_wrong(item)
    session, _, _ = _session([(1.0, right), (0.5, "q")])
    practice_round = Round("drill", "elimination", "2026-03-02T10:00:00+00:00", 3)
    run_drill(session, [item, item, item], practice_round, seconds=8.0)
    assert [a.score for a in practice_round.answers] == ["pass"]


# --------------------------------------------------------------------------- interview and review loops


def test_the_interviewer_scores_each_question_with_one_key_and_the_clock_times_it():
    session, console, _ = _session([(4.0, "p"), (6.0, "s"), (2.0, "f"), (3.0, "u")])
    practice_round = Round("interview", "08_scope", "2026-03-02T10:00:00+00:00", 4)
    run_interview(session, TOPIC, list(TOPIC.questions), practice_round, plan=set())
    assert [(a.score, a.seconds) for a in practice_round.answers] == [("pass", 4.0), ("shaky", 6.0), ("fail", 2.0), ("follow_up", 3.0)]
    text = "\n".join(console.lines)
    assert "question 0?" in text and "answer 0" in text and "follow-up 0" in text and "red flag 0" in text


def test_pressure_after_a_pass_scores_held_or_caved():
    session, console, _ = _session([(1.0, "p"), (1.0, "h"), (1.0, "u"), (1.0, "c"), (1.0, "s"), (1.0, "q")])
    practice_round = Round("interview", "08_scope", "2026-03-02T10:00:00+00:00", 4, pressure=True)
    run_interview(session, TOPIC, list(TOPIC.questions), practice_round, plan={0, 1, 2})
    assert [a.score for a in practice_round.answers] == ["pass", "caved", "shaky"], "no pressure after a shaky answer"
    assert sum('"Are you sure?"' in line for line in console.lines) == 2


def test_solo_keeps_typed_answers_and_times_the_answer_not_the_scoring():
    session, console, _ = _session([(7.0, "Local, Enclosing"), (20.0, "p"), (3.0, ""), (1.0, "f"), (0.0, None)])
    practice_round = Round("solo", "08_scope", "2026-03-02T10:00:00+00:00", 4)
    run_interview(session, TOPIC, list(TOPIC.questions), practice_round, plan=set())
    assert [(a.score, a.seconds, a.typed) for a in practice_round.answers] == [("pass", 7.0, "Local, Enclosing"), ("fail", 3.0, "")]
    assert "you answered: Local, Enclosing" in console.lines


def test_review_asks_topic_questions_alone_and_elimination_questions_timed():
    item = _legb()
    right, _ = _right_and_wrong(item)
    entries = [Due(question_key("08_scope", "question 0?"), TOPIC, TOPIC.questions[0], None), Due(item.key, None, None, item)]
    session, _, _ = _session([(2.0, "typed"), (1.0, "p"), (9.0, right)])
    practice_round = Round("review", "review", "2026-03-02T10:00:00+00:00", 2)
    run_review(session, entries, practice_round, seconds=8.0)
    assert [(a.question, a.score) for a in practice_round.answers] == [(entries[0].key, "pass"), ("elimination:1", "miss")]


# --------------------------------------------------------------------------- the report


def _stored(tmp_path: Path) -> ProgressStore:
    store = ProgressStore(progress_path(tmp_path), "katas")
    scope = [question_key("08_scope", q.ask) for q in CURRICULUM.topic("08_scope").questions]  # type: ignore[union-attr]
    store.record_round(Round("interview", "08_scope", "2026-03-01T10:00:00+00:00", 3, answers=[
        Answer(scope[0], "08_scope", "pass", 3.0), Answer(scope[1], "08_scope", "fail", 5.0)]), DAY - timedelta(days=1))
    store.record_round(Round("solo", "08_scope", "2026-03-02T10:00:00+00:00", 3, answers=[
        Answer(scope[0], "08_scope", "pass", 3.0), Answer(scope[1], "08_scope", "shaky", 5.0, "typed")]), DAY)
    store.record_round(Round("drill", "elimination", "2026-03-02T11:00:00+00:00", 10, answers=[
        Answer(f"elimination:{n}", "elimination", "miss" if n in (5, 9) else "pass", 2.0) for n in range(1, 11)]), DAY)
    return store


def test_summary_last_and_best_per_topic_the_last_drills_misses_and_what_is_due(tmp_path):
    store = _stored(tmp_path)
    practice = summarize(CURRICULUM, store.rounds(), store.review_states(), DAY)
    assert [(t.topic, t.rounds, t.last_score, t.best_score, t.last_kind) for t in practice.topics] == [
        ("08_scope", 2, 0.5, 0.5, "solo")  # pass + shaky over a round of 3 questions
    ]
    assert practice.drill is not None and practice.drill.last_right == 8 and practice.drill.questions == 10
    assert [m["number"] for m in practice.drill.missed] == [5, 9]
    assert practice.review.due == 3 and practice.review.in_review == 3
    assert summarize(CURRICULUM, store.rounds(), store.review_states(), DAY - timedelta(days=2)).review.due == 0


def test_the_views_add_practice_and_keep_everything_else(tmp_path):
    store = _stored(tmp_path)
    practice = summarize(CURRICULUM, store.rounds(), store.review_states(), DAY)
    readiness = assess(CURRICULUM, [], target="katas", python="3.11.7")
    before = json.loads(render.to_json(readiness))
    after = json.loads(render.to_json(readiness, practice))
    assert set(after) == set(before) | {"practice"} and {k: after[k] for k in before} == before
    assert set(after["practice"]) == {"topics", "drill", "review", "counts_toward_verdict"}
    assert after["practice"]["counts_toward_verdict"] is False
    assert set(after["practice"]["topics"][0]) == {"topic", "rounds", "last_score", "best_score", "last_date", "last_kind"}
    assert set(after["practice"]["drill"]) == {"rounds", "questions", "last_right", "best_right", "last_date", "missed"}
    assert set(after["practice"]["review"]) == {"due", "in_review", "next_due"}
    assert after["verdict"] == before["verdict"], "self-scored rounds never change the verdict"

    plain = [text for text, _ in render.terminal_lines(readiness)]
    with_practice = [text for text, _ in render.terminal_lines(readiness, practice)]
    remaining = iter(with_practice)
    assert all(line in remaining for line in plain), "the plain report's lines, in order: only lines added"
    shown = "\n".join(with_practice)
    assert "08 scope" in shown and "last  50%  best  50%  2 rounds" in shown  # rounds of 3 questions, 2 answered
    assert "missed in the last drill:  5. What is the GIL?" in shown and "review: 3 questions due today" in shown

    markdown = render.markdown(readiness, practice)
    assert render.markdown(readiness).split("\nNext:")[0].rstrip() in markdown
    assert "## Practice rounds" in markdown and "| 08 scope | 50% | 50% | 2 |" in markdown and "- 9. What's wrong" in markdown


def test_no_practice_yet_is_one_line():
    practice = summarize(CURRICULUM, [], [], DAY)
    assert render.practice_lines(practice)[1].startswith("  none yet: dojo interview")


RECORD_ROUNDS = """
import sys
from datetime import date
from pathlib import Path
from dojo.practice import Answer, Round
from dojo.progress import ProgressStore
print("ready", flush=True)
sys.stdin.readline()  # both start at once: the first writes race to create the file and switch it to WAL
store = ProgressStore(Path(sys.argv[1]), "katas")
for n in range(10):
    store.record_round(Round("drill", "elimination", "2026-03-02T10:00:00+00:00", 1, answers=[
        Answer("elimination:" + sys.argv[2], "elimination", "miss" if n % 2 else "pass", 1.0)]), date(2026, 3, 2))
"""


@pytest.mark.timeout(120)
def test_rounds_from_two_processes_at_once_are_all_kept(tmp_path):
    path = progress_path(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    workers = [subprocess.Popen([sys.executable, "-c", RECORD_ROUNDS, str(path), str(w)], env=env, text=True,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE) for w in (1, 2)]
    assert [worker.stdout.readline() for worker in workers] == ["ready\n"] * 2
    for worker in workers:
        worker.stdin.write("go\n")
        worker.stdin.flush()
    assert [worker.wait(60) for worker in workers] == [0, 0]
    store = ProgressStore(path, "katas")
    assert len(store.rounds()) == 20 and all(len(r.answers) == 1 for r in store.rounds())
    assert {s.question: s.box for s in store.review_states()} == {"elimination:1": 1, "elimination:2": 1}


def test_an_older_progress_file_without_practice_tables_reads_as_no_rounds(tmp_path):
    import sqlite3
    from contextlib import closing

    store = ProgressStore(progress_path(tmp_path), "katas")
    store.record([], {})
    with closing(sqlite3.connect(store.path)) as db:
        db.executescript("DROP TABLE answers; DROP TABLE rounds; DROP TABLE review;")
    assert store.rounds() == [] and store.review_states() == []
    store.record_round(Round("drill", "elimination", "2026-03-02T10:00:00+00:00", 1, answers=[
        Answer("elimination:1", "elimination", "miss", 1.0)]), DAY)
    assert len(store.rounds()) == 1, "writing adds the tables, nothing else changes"


def test_q_at_are_you_sure_keeps_the_pass_and_ends_the_round():
    session, _, _ = _session([(1.0, "p"), (1.0, "q")])
    practice_round = Round("interview", "08_scope", "2026-03-02T10:00:00+00:00", 4, pressure=True)
    run_interview(session, TOPIC, list(TOPIC.questions), practice_round, plan={0})
    assert [a.score for a in practice_round.answers] == ["pass"]


def test_the_running_clock_is_redrawn_in_place_in_a_terminal_only():
    import io

    class Terminal(Console):
        is_terminal = True

        def __init__(self) -> None:
            super().__init__()
            self.file = io.StringIO()

        def clear(self) -> None:
            self.lines.clear()

    terminal, piped = Terminal(), Console()
    Screen(terminal).clock("  clock 0:07")
    Screen(piped).clock("  clock 0:07")
    assert terminal.file.getvalue().startswith("\r  clock 0:07") and piped.lines == []


def test_every_elimination_question_is_drilled_with_the_choices_of_a_quiz_kata():
    from tests.support.project import CURRICULUM

    unasked = [item.question.number for item in drill_items(CURRICULUM) if item.quiz is None]
    assert unasked == [], f"elimination questions no quiz kata offers choices for: {unasked}"
