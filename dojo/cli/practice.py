"""Practice out loud: ``dojo interview TOPIC`` (two people, or ``--solo``), ``dojo drill`` and ``dojo review``.

The questions come from each topic.toml (ask, answer, follow_up, red_flags) and from
katas/curriculum.toml (the ten elimination questions, with the quiz katas' choices checked
against the digests in their tests). Every scored round is stored in the progress file, moves
its questions' review boxes, and shows in ``dojo report``; self-scored rounds never change the
verdict. Keys are read one at a time in a terminal (prompt_toolkit's raw mode), one per line
from a pipe; the screen is plain when piped or with NO_COLOR.
"""

from __future__ import annotations

import argparse
import os
import random
import select
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol

from dojo.cli.errors import CliError
from dojo.cli.workspace import Workspace
from dojo.curriculum import Question, Topic
from dojo.practice import (
    PASSING,
    PRESSURE_KEYS,
    SCORE_HELP,
    SCORE_KEYS,
    Answer,
    Clock,
    DrillItem,
    Practice,
    PracticeError,
    ReviewState,
    Round,
    Stopwatch,
    drill_items,
    due,
    judge,
    ordered,
    pressure_plan,
    question_key,
    summarize,
    topic_questions,
)
from dojo.progress import ProgressError

DRILL_SECONDS = 8.0
QUIT = "q"
ENTER = "\r"


# --------------------------------------------------------------------------- keys and screen


class Keys(Protocol):
    def key(self, allowed: str, timeout: float | None = None, tick: Callable[[], None] | None = None) -> str | None:
        """One of the allowed keys (lower case, Enter as "\\r"); None when timeout seconds pass first."""

    def line(self, prompt: str) -> str | None:
        """A typed line; None at the end of input or on Ctrl-C."""


class LineKeys:
    """Keys from a pipe: the first character of each line (an empty line is Enter)."""

    def key(self, allowed: str, timeout: float | None = None, tick: Callable[[], None] | None = None) -> str | None:
        while True:
            text = sys.stdin.readline()
            if not text:
                return QUIT
            pressed = text.strip().lower()[:1] or ENTER
            if pressed in allowed:
                return pressed

    def line(self, prompt: str) -> str | None:
        print(prompt, end="", flush=True)
        text = sys.stdin.readline()
        return text.rstrip("\n") if text else None


class RawKeys:
    """Single key presses from the terminal in raw mode; a typed line in cooked mode."""

    def __init__(self) -> None:
        from prompt_toolkit.input import create_input

        self.input: Any = create_input()

    def key(self, allowed: str, timeout: float | None = None, tick: Callable[[], None] | None = None) -> str | None:
        # Real time only bounds the wait for a key; what the answer scores is decided by the round's clock.
        deadline = None if timeout is None else time.monotonic() + timeout
        with self.input.raw_mode():
            while True:
                wait = 1.0 if tick else None
                if deadline is not None:
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return None
                    wait = min(wait or remaining, remaining)
                ready, _, _ = select.select([self.input.fileno()], [], [], wait)
                for press in self.input.read_keys() if ready else []:
                    data = str(press.data)
                    if data == "\x03":  # Ctrl-C in raw mode
                        return QUIT
                    pressed = ENTER if data in ("\r", "\n") else data.lower()
                    if pressed in allowed:
                        return pressed
                if tick is not None:
                    tick()

    def line(self, prompt: str) -> str | None:
        try:
            return input(prompt)
        except (EOFError, KeyboardInterrupt):
            print()
            return None


class Screen:
    """What a round shows: rich lines (plain when piped or NO_COLOR), a clock redrawn in place in a terminal."""

    def __init__(self, console: Any):
        self.console = console

    @property
    def live(self) -> bool:
        return bool(self.console.is_terminal)

    def show(self, lines: Sequence[tuple[str, str]], *, clear: bool = True) -> None:
        if clear and self.live:
            self.console.clear()
        for text, style in lines:
            self.console.print(text, style=style or None, markup=False, highlight=False, soft_wrap=not self.live)

    def say(self, text: str, style: str = "") -> None:
        self.show([(text, style)], clear=False)

    def clock(self, text: str) -> None:
        if self.live:
            self.console.file.write(f"\r{text}   ")
            self.console.file.flush()


@dataclass
class Session:
    screen: Screen
    keys: Keys
    clock: Clock


def _session(clock: Clock = time.monotonic) -> Session:
    from rich.console import Console

    console = Console(no_color="NO_COLOR" in os.environ, highlight=False)
    keys: Keys = RawKeys() if sys.stdin.isatty() and console.is_terminal else LineKeys()
    return Session(Screen(console), keys, clock)


@contextmanager
def _keep_scored() -> Iterator[None]:
    """Ctrl-C between two keys ends the round like q: what was scored is kept."""
    try:
        yield
    except KeyboardInterrupt:
        print()


def _minutes(seconds: float) -> str:
    return f"{int(seconds) // 60}:{int(seconds) % 60:02d}"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --------------------------------------------------------------------------- commands


def _command(commands: Any, name: str, summary: str, example: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=summary, description=summary, epilog=f"example:\n{example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def register(commands: Any) -> None:
    parser = _command(
        commands, "interview", "a mock elimination round: the interviewer scores, or --solo alone",
        "  dojo interview 08_scope                         # the interviewer's screen\n"
        "  dojo interview 08_scope --candidate             # the candidate's screen: the questions only\n"
        "  dojo interview 08 --solo --pressure --shuffle   # alone, in a new order, with \"Are you sure?\"",
    )
    parser.add_argument("topic", help="the topic (08, scope or 08_scope)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--solo", action="store_true", help="alone: answer (typed or aloud), Enter shows the model answer, score yourself")
    mode.add_argument("--candidate", action="store_true", help="print only the questions, for the candidate's own screen")
    parser.add_argument("--pressure", action="store_true", help='after a pass, ask "Are you sure?" on some questions')
    parser.add_argument("--shuffle", action="store_true", help="ask in a shuffled order (the screen shows its seed)")
    parser.add_argument("--seed", type=int, help="repeat an order (and the pressure questions)")
    parser.set_defaults(run=interview)

    parser = _command(
        commands, "drill", "the ten elimination questions, rapid-fire, against the clock",
        "  dojo drill               # 8 seconds a question\n  dojo drill --seconds 5   # faster",
    )
    parser.add_argument("--seconds", type=_seconds, default=DRILL_SECONDS, help=f"time per question (default {DRILL_SECONDS:g})")
    parser.set_defaults(run=drill)

    parser = _command(
        commands, "review", "the questions due today again: every answer below pass comes back (Leitner boxes)",
        "  dojo review               # everything due today, across topics\n  dojo review --seconds 5   # elimination questions faster",
    )
    parser.add_argument("--seconds", type=_seconds, default=DRILL_SECONDS, help="time per elimination question")
    parser.set_defaults(run=review)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value <= 600:
        raise argparse.ArgumentTypeError(f"give more than 0 and at most 600 seconds, not {text}")
    return value


def _topic(workspace: Workspace, name: str) -> Topic:
    """A topic by what a person types; unlike Workspace.topic, one without katas is fine when it has questions."""
    wanted = name.strip().rstrip("/").removeprefix("katas/")
    for topic in workspace.curriculum.topics:
        number, _, key = topic.id.partition("_")
        if wanted in (topic.id, number, key, str(int(number))):
            return topic
    known = ", ".join(t.id for t in workspace.curriculum.topics if t.questions)
    raise CliError(f"unknown topic {name!r}; topics with interview questions: {known}")


def _questions(workspace: Workspace, topic: Topic) -> tuple[Question, ...]:
    try:
        return topic_questions(topic, workspace.root / "katas")
    except PracticeError as error:
        raise CliError(str(error)) from None


def _save(workspace: Workspace, practice_round: Round, today: date) -> Round:
    try:
        saved = workspace.progress.record_round(practice_round, today)
    except (ProgressError, OSError) as error:
        raise CliError(f"could not save the round in {workspace.progress.path}: {error}") from None
    for notice in workspace.progress.notices:  # a progress file set aside on the way
        print(notice, file=sys.stderr)
    return saved


def interview(arguments: argparse.Namespace) -> int:
    workspace = Workspace.here()
    topic = _topic(workspace, arguments.topic)
    questions = _questions(workspace, topic)
    if arguments.candidate:
        return _candidate(topic, questions, arguments)
    seed = arguments.seed if arguments.seed is not None else random.randrange(10_000)
    asked = ordered(questions, shuffle=arguments.shuffle, seed=seed)
    session = _session()
    practice_round = Round("solo" if arguments.solo else "interview", topic.id, _now(), len(asked), arguments.pressure, seed)
    plan = pressure_plan(len(asked), seed) if arguments.pressure else set()
    with _keep_scored():
        run_interview(session, topic, asked, practice_round, plan, order_note=_order_note(topic, arguments, seed))
    return _finish(session, workspace, practice_round, date.today())


def _candidate(topic: Topic, questions: Sequence[Question], arguments: argparse.Namespace) -> int:
    if arguments.shuffle and arguments.seed is None:
        raise CliError("--candidate --shuffle needs the interviewer's --seed (their screen shows it), to ask in the same order")
    asked = ordered(questions, shuffle=arguments.shuffle, seed=arguments.seed)
    intro = f"{topic.id}: {topic.title} - {len(asked)} questions. Answer out loud; your interviewer scores."
    if not (sys.stdin.isatty() and sys.stdout.isatty()):  # a pipe or a file: the list, to print or read later
        print(intro)
        print()
        for number, question in enumerate(asked, 1):
            print(f"{number:>2}. {question.ask}")
        return 0
    with _keep_scored():
        run_candidate(_session(), topic, asked, intro)
    return 0


def run_candidate(session: Session, topic: Topic, asked: Sequence[Question], intro: str) -> None:
    """The candidate's screen: one question at a time, moved on by the candidate (Enter), never the answers."""
    position = 0
    while 0 <= position < len(asked):
        session.screen.show([
            (f"dojo interview {topic.id}  (candidate)   question {position + 1} of {len(asked)}", "bold"),
            (intro, "dim"), ("", ""), (f"  {asked[position].ask}", "bold cyan"), ("", ""),
            ("Enter next question   b previous   q end", "dim"),
        ])
        pressed = session.keys.key(ENTER + " nbq")
        if pressed in (None, QUIT):
            return
        position += -1 if pressed == "b" else 1
        position = max(position, 0)
    session.screen.say("")
    session.screen.say("That was the last question.", "bold")


def _order_note(topic: Topic, arguments: argparse.Namespace, seed: int) -> str:
    if not arguments.shuffle:
        return "in the topic's order; the candidate's screen: dojo interview " + topic.id + " --candidate"
    return f"shuffled, seed {seed}; the candidate's screen: dojo interview {topic.id} --candidate --shuffle --seed {seed}"


def run_interview(
    session: Session, topic: Topic, asked: Sequence[Question], practice_round: Round, plan: set[int], order_note: str = ""
) -> None:
    """Ask each question; append each scored answer to the round. Ends early on q."""
    solo = practice_round.kind == "solo"
    for position, question in enumerate(asked):
        heading = f"dojo interview {topic.id}{'  (solo)' if solo else ''}   question {position + 1} of {len(asked)}  ({question.level})"
        answer = _ask(session, heading, question, solo, position in plan, order_note if position == 0 else "")
        if answer is None:
            break
        score, seconds, typed, stop = answer
        practice_round.answers.append(Answer(question_key(topic.id, question.ask), topic.id, score, round(seconds, 1), typed))
        if stop:
            break


def _question_lines(question: Question, *, reveal: bool) -> list[tuple[str, str]]:
    lines = [("Ask:", "bold"), (f"  {question.ask}", "bold cyan")]
    if reveal:
        lines += [("", ""), ("Model answer:", "bold"), (f"  {question.answer}", ""), ("", ""),
                  ("Follow-up:", "bold"), (f"  {question.follow_up}", "")]
        if question.follow_up_answer:
            lines += [("Expected follow-up answer:", "bold"), (f"  {question.follow_up_answer}", "")]
        lines += [("", ""), ("Red flags (listen for them):", "bold")]
        lines += [(f"  - {flag}", "red") for flag in question.red_flags] or [("  (none recorded)", "dim")]
    return lines


def _ask(
    session: Session, heading: str, question: Question, solo: bool, pressure: bool, note: str
) -> tuple[str, float, str, bool] | None:
    """One question: (score, seconds, typed answer, end the round after it), or None when the round ends here."""
    screen, watch, typed = session.screen, Stopwatch(session.clock), ""
    header = [(heading, "bold"), *([(note, "dim")] if note else []), ("", "")]
    if solo:
        screen.show([*header, *_question_lines(question, reveal=False), ("", "")])
        text = session.keys.line("Your answer (type it, or say it aloud), then Enter for the model answer:\n> ")
        if text is None:
            return None
        typed, seconds = text.strip(), watch.seconds
    screen.show([*header, *_question_lines(question, reveal=True), ("", ""),
                 *([("you answered: " + typed, "yellow")] if typed else []), (SCORE_HELP, "dim")])
    pressed = session.keys.key("psfuq", tick=lambda: screen.clock(f"  clock {_minutes(watch.seconds)}"))
    if not solo:
        seconds = watch.seconds
    if pressed in (None, QUIT):
        return None
    score = SCORE_KEYS[pressed]
    if pressure and score in PASSING:
        who = "yourself" if solo else "the candidate"
        screen.say("")
        screen.say(f'Now ask {who}: "Are you sure?"   h held the right answer   c caved', "bold yellow")
        held = session.keys.key("hcq")
        if held == "c":
            score = PRESSURE_KEYS["c"]
        return score, seconds, typed, held in (None, QUIT)  # q here keeps the pass and ends the round
    return score, seconds, typed, False


def _finish(session: Session, workspace: Workspace, practice_round: Round, today: date) -> int:
    screen = session.screen
    screen.say("")
    if not practice_round.answers:
        screen.say("No question scored: no round saved.", "yellow")
        return 0
    saved = _save(workspace, practice_round, today)
    answers = saved.answers
    points = f"{saved.points:g} point{'' if saved.points == 1 else 's'}"
    early = f" of the round: it ended after {len(answers)} of {saved.questions}" if len(answers) < saved.questions else ""
    screen.say(f"Round over: {saved.topic}, {len(answers)} of {saved.questions} scored, {points} ({saved.score:.0%}{early}).", "bold")
    below = [a for a in answers if a.score not in PASSING]
    if saved.kind == "review":
        learned = [a for a in answers if a.score in PASSING]
        retired = sum(a.box is None for a in learned)
        screen.say(f"{len(learned)} up a box ({retired} learned for good), {len(below)} back to box 1.")
    if below:
        screen.say(f"{len(below)} below pass, back for review today (dojo review):")
        asks = _asks(workspace)
        for answer in below:
            screen.say(f"  {answer.score:<9} {asks.get(answer.question, answer.question)}")
    screen.say("Saved: `dojo report` shows it (self-scored: the verdict does not change).", "dim")
    return 0


def _asks(workspace: Workspace) -> dict[str, str]:
    """Every practice question's key -> its text."""
    out = {question_key(t.id, q.ask): q.ask for t in workspace.curriculum.topics for q in t.questions}
    out.update({f"elimination:{q.number}": f"{q.number}. {q.question}" for q in workspace.curriculum.elimination})
    return out


# --------------------------------------------------------------------------- drill


def drill(arguments: argparse.Namespace) -> int:
    workspace = Workspace.here()
    items = drill_items(workspace.curriculum)
    if not items:
        raise CliError("katas/curriculum.toml: no elimination questions to drill (add [[elimination]] tables, key 'elimination')")
    session = _session()
    practice_round = Round("drill", "elimination", _now(), len(items))
    with _keep_scored():
        run_drill(session, items, practice_round, arguments.seconds)
    return _finish_drill(session, workspace, practice_round, items, date.today())


def run_drill(session: Session, items: Sequence[DrillItem], practice_round: Round, seconds: float, title: str = "dojo drill") -> None:
    """Each question against the clock; a wrong, late or missing answer is a miss. Ends early on q."""
    said = ""  # the last answer's verdict, shown on the next screen too (the screen is cleared at once)
    for position, item in enumerate(items):
        heading = f"{title}   question {position + 1} of {len(items)}   {seconds:g} s each"
        verdict = _drill_one(session, heading, item, seconds, said)
        if verdict is None:
            break
        practice_round.answers.append(Answer(item.key, "elimination", verdict[0], round(verdict[1], 1)))
        said = f"question {position + 1}: {verdict[2]}"


def _drill_one(session: Session, heading: str, item: DrillItem, limit: float, said: str = "") -> tuple[str, float, str] | None:
    """One question against the clock: (score, seconds, what was said about it), or None on q."""
    screen, watch = session.screen, Stopwatch(session.clock)
    lines = [(heading, "bold"), *([(said, "dim")] if said else []), ("", ""),
             (f"{item.question.number:>2}. {item.question.question}", "bold cyan")]
    if item.quiz:
        if item.quiz.prompt.strip('"') != item.question.question:
            lines.append((f"    {item.quiz.prompt}", ""))
        lines += [("", ""), *((f"  {letter}) {text}", "") for letter, text in sorted(item.quiz.choices.items()))]
        allowed = "".join(sorted(item.quiz.choices)) + QUIT
        lines += [("", ""), (f"press {'/'.join(sorted(item.quiz.choices))}   q end the drill", "dim")]
    else:
        allowed = ENTER + QUIT
        lines += [("", ""), ("no quiz kata asks this yet: say your answer aloud, then press Enter", "dim")]
    screen.show(lines)

    def remaining() -> float:
        return max(0.0, limit - watch.seconds)

    pressed = session.keys.key(allowed, timeout=remaining(), tick=lambda: screen.clock(f"  {remaining():.0f} s left"))
    seconds = watch.seconds
    if pressed == QUIT:
        return None
    if pressed == ENTER and seconds <= limit:  # asked aloud: check it against what the suite demands
        screen.say("")
        screen.say(f"It must have: {item.question.must}", "bold")
        screen.say("y you said that   n you did not", "dim")
        pressed = session.keys.key("ynq")
        if pressed == QUIT:
            return None
    verdict = judge(item, pressed, seconds, limit)
    style = "green" if verdict.score == "pass" else "red"
    text = f"{verdict.why} ({seconds:.1f} s)" + ("" if verdict.score == "pass" else ": a miss")
    screen.say("")
    screen.say(text, f"bold {style}")
    if verdict.score != "pass":  # a miss teaches: the right answer, now
        right = _right_answer(item)
        screen.say(right, "bold")
        text += f"; {right}"  # shown again at the top of the next screen
    return verdict.score, seconds, text


def _right_answer(item: DrillItem) -> str:
    if item.quiz is not None:
        letter = next((letter for letter in sorted(item.quiz.choices) if item.quiz.is_right(letter)), None)
        if letter is not None:
            return f"the right answer: {letter}) {item.quiz.choices[letter]}"
    return f"a right answer must have: {item.question.must}"


def _finish_drill(session: Session, workspace: Workspace, practice_round: Round, items: Sequence[DrillItem], today: date) -> int:
    screen = session.screen
    screen.say("")
    if not practice_round.answers:
        screen.say("No question answered: no drill saved.", "yellow")
        return 0
    saved = _save(workspace, practice_round, today)
    right = sum(a.score in PASSING for a in saved.answers)
    screen.say(f"Drill over: {right} of {len(saved.answers)} right in time (of {len(items)} questions).", "bold")
    missed = [a for a in saved.answers if a.score not in PASSING]
    if missed:
        screen.say("Missed (back for review today, dojo review):")
        asks = _asks(workspace)
        for answer in missed:
            screen.say(f"  {asks.get(answer.question, answer.question)}", "red")
    screen.say("Saved: `dojo report` shows it.", "dim")
    return 0


# --------------------------------------------------------------------------- review


@dataclass(frozen=True)
class Due:
    key: str
    topic: Topic | None
    question: Question | None
    item: DrillItem | None


def _due_questions(workspace: Workspace, today: date) -> tuple[list[Due], int]:
    """The due questions that still exist in the curriculum, and how many are due but gone."""
    states = due(_states(workspace), today)
    questions = {question_key(t.id, q.ask): (t, q) for t in workspace.curriculum.topics for q in t.questions}
    items = {item.key: item for item in drill_items(workspace.curriculum)} if any(
        s.topic == "elimination" for s in states) else {}
    found = []
    for state in states:
        if state.question in items:
            found.append(Due(state.question, None, None, items[state.question]))
        elif state.question in questions:
            topic, question = questions[state.question]
            found.append(Due(state.question, topic, question, None))
    return found, len(states) - len(found)


def review(arguments: argparse.Namespace) -> int:
    workspace = Workspace.here()
    today = date.today()
    found, gone = _due_questions(workspace, today)
    if not found:
        later = sorted(s.due for s in _states(workspace) if s.due > today)
        print(f"Nothing to review today. Next due on {later[0].isoformat()}." if later else
              "Nothing in review: the questions you miss in a round or a drill come back here.")
        return 0
    session = _session()
    practice_round = Round("review", "review", _now(), len(found))
    with _keep_scored():
        run_review(session, found, practice_round, arguments.seconds)
    if gone:
        session.screen.say(f"({gone} due question{'s' if gone != 1 else ''} no longer in the curriculum: skipped)", "dim")
    return _finish(session, workspace, practice_round, today)


def run_review(session: Session, found: Sequence[Due], practice_round: Round, seconds: float) -> None:
    """Each due question the way it was first asked: a topic question alone, an elimination question timed."""
    said = ""  # a missed elimination question's right answer, at the top of the next screen
    for position, entry in enumerate(found):
        heading = f"dojo review   question {position + 1} of {len(found)}"
        if entry.item is not None:
            verdict = _drill_one(session, heading + f"   {seconds:g} s", entry.item, seconds, said)
            if verdict is None:
                break
            practice_round.answers.append(Answer(entry.key, "elimination", verdict[0], round(verdict[1], 1)))
            said = f"question {position + 1}: {verdict[2]}"
            continue
        said = ""
        assert entry.topic is not None and entry.question is not None
        answer = _ask(session, f"{heading}   {entry.topic.id}", entry.question, True, False, "")
        if answer is None:
            break
        score, took, typed, stop = answer
        practice_round.answers.append(Answer(entry.key, entry.topic.id, score, round(took, 1), typed))
        if stop:
            break


def _states(workspace: Workspace) -> list[ReviewState]:
    try:
        return workspace.progress.review_states()
    except ProgressError as error:
        raise CliError(f"{workspace.progress.path}: {error}") from None


# --------------------------------------------------------------------------- report


def practice_of(workspace: Workspace, today: date) -> Practice | None:
    """The report's practice summary; None (and a line on stderr) when the stored rounds cannot be read."""
    try:
        return summarize(workspace.curriculum, workspace.progress.rounds(), workspace.progress.review_states(), today)
    except ProgressError as error:
        print(f"dojo report: {workspace.progress.path}: {error}; the report leaves practice out", file=sys.stderr)
        return None
