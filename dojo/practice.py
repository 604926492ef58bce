"""Pure: the practice rounds' rules (scores, order, "Are you sure?", the drill's items and clock, the
Leitner review schedule) and the summary the readiness report shows. No terminal, no database.

- A round is scored one answer at a time: ``pass``, ``follow_up`` (the follow-up was asked and
  passed too), ``shaky``, ``fail`` (a red flag was heard), ``caved`` (gave up a right answer
  when asked "Are you sure?"), ``miss`` (a drill answer wrong or too late).
- Every answer scored below pass puts its question in review box 1, due the same day (the
  next session); a pass moves a question already in review up a box, due later; a pass in
  the last box retires it. Questions never missed are never scheduled.
- The drill's choices are the quiz katas' own, read with :mod:`ast` from the kata module, and
  an answer is checked against the digest in the kata's test file, with the same salt: no
  answer is stored here or anywhere else.
"""

from __future__ import annotations

import ast
import hashlib
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from dojo.curriculum import Curriculum, EliminationQuestion, Question, Topic

Clock = Callable[[], float]  # seconds, monotonic; injected so that tests never wait

# key -> score, as the interviewer presses them
SCORE_KEYS = {"p": "pass", "s": "shaky", "f": "fail", "u": "follow_up"}
SCORE_HELP = "p pass   s shaky   f fail (a red flag heard)   u follow-up asked and passed   q end the round"
PRESSURE_KEYS = {"h": "pass", "c": "caved"}  # after "Are you sure?": held the answer, or caved
POINTS = {"pass": 1.0, "follow_up": 1.0, "shaky": 0.5, "caved": 0.5, "fail": 0.0, "miss": 0.0}
PASSING = frozenset({"pass", "follow_up"})

# Leitner boxes: days until a question in that box is due again. A miss goes to box 1 (due at once).
BOX_DAYS = {1: 0, 2: 1, 3: 3, 4: 7, 5: 14}
LAST_BOX = max(BOX_DAYS)
PRESSURE_SHARE = 0.5  # the share of passed questions that get "Are you sure?"
DRILL_TOPIC = "elimination"  # the topic of drill rounds and of the elimination questions' review keys


class PracticeError(Exception):
    """A topic's questions cannot be practised (missing); the message names the file and key."""


# --------------------------------------------------------------------------- rounds


@dataclass(frozen=True)
class Answer:
    question: str  # question_key(): stable across reorders of the topic file
    topic: str
    score: str  # one of POINTS
    seconds: float  # time taken, from the question shown to the answer (or the score)
    typed: str = ""  # what the learner typed in a solo round
    box: int | None = None  # the review box after this answer (None: not in review)


@dataclass
class Round:
    kind: str  # "interview", "solo", "drill", "review"
    topic: str  # a topic id, "elimination" for a drill, "review" for a review session
    started: str  # ISO time stamp
    questions: int  # how many the round had (it may end early)
    pressure: bool = False
    seed: int | None = None
    answers: list[Answer] = field(default_factory=list)

    @property
    def points(self) -> float:
        return sum(POINTS[a.score] for a in self.answers)

    @property
    def score(self) -> float:
        """The round's points over all its questions, 0..1: a round ended after one question scores that one, not 100%."""
        return self.points / max(self.questions, len(self.answers)) if self.answers else 0.0


def question_key(topic: str, ask: str) -> str:
    """A question's identity for review: its topic and a digest of its text, so reordering keeps it."""
    return f"{topic}:{hashlib.sha1(ask.encode()).hexdigest()[:12]}"


def elimination_key(number: int) -> str:
    return f"{DRILL_TOPIC}:{number}"


def topic_questions(topic: Topic, katas_dir: Path) -> tuple[Question, ...]:
    """The topic's interview questions, or PracticeError naming its file and the missing key."""
    if not topic.questions:
        file = (katas_dir / topic.id / "topic.toml").relative_to(katas_dir.parent).as_posix()
        raise PracticeError(f"{file}: no interview questions: add [[question]] tables (key 'question') with level, ask, answer, "
                            "follow_up and red_flags")
    return topic.questions


def ordered(questions: Sequence[Question], *, shuffle: bool, seed: int | None) -> list[Question]:
    """The topic's order, or a shuffled one that the same seed repeats."""
    out = list(questions)
    if shuffle:
        random.Random(seed).shuffle(out)
    return out


def pressure_plan(count: int, seed: int | None) -> set[int]:
    """Which questions (0-based positions) get "Are you sure?" after a pass: about half, never none."""
    if count == 0:
        return set()
    rng = random.Random(f"pressure-{seed}")
    chosen = {i for i in range(count) if rng.random() < PRESSURE_SHARE}
    return chosen or {rng.randrange(count)}


# --------------------------------------------------------------------------- the review schedule


@dataclass(frozen=True)
class ReviewState:
    question: str
    topic: str
    box: int
    due: date


def next_review(box: int | None, score: str, today: date) -> tuple[int | None, date | None]:
    """The box and due date after an answer: below pass -> box 1 due today; a pass moves up a box
    (due later) or, from the last box, retires the question (None). A pass on a question not in
    review keeps it out of review."""
    if score not in PASSING:
        return 1, today + timedelta(days=BOX_DAYS[1])
    if box is None or box >= LAST_BOX:
        return None, None
    return box + 1, today + timedelta(days=BOX_DAYS[box + 1])


def due(states: Sequence[ReviewState], today: date) -> list[ReviewState]:
    """The questions due on or before today, the lowest box (the least known) first."""
    return sorted((s for s in states if s.due <= today), key=lambda s: (s.box, s.due, s.question))


# --------------------------------------------------------------------------- the drill


@dataclass(frozen=True)
class QuizCheck:
    """A quiz kata's question: its choices, and the salted digest its test checks the choice against."""

    prompt: str  # the kata's own wording of the question (its comment)
    choices: dict[str, str]
    salt: str
    digest: str
    kata: str  # "08_scope/legb_quiz.py"

    def is_right(self, letter: str) -> bool:
        from dojo.testing import answer_digest

        return letter in self.choices and answer_digest(self.salt, self.choices[letter]) == self.digest


@dataclass(frozen=True)
class DrillItem:
    question: EliminationQuestion
    quiz: QuizCheck | None  # None: no quiz kata asks it yet; answered aloud and self-checked

    @property
    def key(self) -> str:
        return elimination_key(self.question.number)


@dataclass(frozen=True)
class Verdict:
    score: str  # "pass" or "miss"
    seconds: float
    why: str  # "right", "wrong", "too late", "no answer"


def judge(item: DrillItem, letter: str | None, seconds: float, limit: float) -> Verdict:
    """A drill answer: right within the limit is a pass; wrong, late or none is a miss."""
    if letter is None:
        return Verdict("miss", seconds, "no answer")
    if seconds > limit:
        return Verdict("miss", seconds, "too late")
    right = item.quiz.is_right(letter) if item.quiz else letter == "y"
    return Verdict("pass" if right else "miss", seconds, "right" if right else "wrong")


class Stopwatch:
    """Seconds since start, from an injectable clock."""

    def __init__(self, clock: Clock):
        self.clock = clock
        self.started = clock()

    @property
    def seconds(self) -> float:
        return self.clock() - self.started


def drill_items(curriculum: Curriculum) -> list[DrillItem]:
    """The ten elimination questions, each with the choices of the quiz kata that asks it, when one does."""
    checks = _quiz_checks(curriculum)
    items = []
    for question in curriculum.elimination:
        quiz = next((check for ids, check in checks if set(ids) & set(question.checklist)), None)
        items.append(DrillItem(question, quiz))
    return items


def _quiz_checks(curriculum: Curriculum) -> list[tuple[tuple[str, ...], QuizCheck]]:
    """(checklist ids, check) of every quiz question a kata marks as an elimination question."""
    found = []
    for topic in curriculum.topics:
        for kata in topic.katas:
            if kata.kind != "quiz":
                continue
            folder = curriculum.root / topic.id
            try:
                module = (folder / f"{kata.module}.py").read_text(encoding="utf-8")
                tests = (folder / f"test_{kata.module}.py").read_text(encoding="utf-8")
                found += _checks_in(module, tests, f"{topic.id}/{kata.module}.py")
            except (OSError, SyntaxError, ValueError, UnicodeDecodeError):
                continue  # a broken quiz kata: its question is asked aloud instead
    return found


def _checks_in(module: str, tests: str, kata: str) -> list[tuple[tuple[str, ...], QuizCheck]]:
    choices = _elimination_choices(module)
    found = []
    for function in ast.walk(ast.parse(tests)):
        if not isinstance(function, ast.FunctionDef):
            continue
        ids = tuple(_checklist_marks(function))
        for call in ast.walk(function):
            check = _check_answer_call(call)
            if check and check[0] in choices:
                name, salt, digest = check
                prompt, options = choices[name]
                found.append((ids, QuizCheck(prompt, options, salt, digest, kata)))
    return found


def _elimination_choices(module: str) -> dict[str, tuple[str, dict[str, str]]]:
    """NAME_CHOICES -> (its question, its choices) for each choice table whose comment says (elimination)."""
    lines = module.splitlines()
    out = {}
    for node in ast.parse(module).body:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
            continue
        comment: list[str] = []
        at = node.lineno - 2
        while at >= 0 and lines[at].lstrip().startswith("#"):
            comment.insert(0, lines[at].strip().lstrip("#").strip())
            at -= 1
        text = " ".join(comment)
        if "(elimination)" not in text or not isinstance(node.value, ast.Dict):
            continue
        value = ast.literal_eval(node.value)
        if isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            out[node.targets[0].id] = (text.partition("):")[2].strip() or text, value)
    return out


def _checklist_marks(function: ast.FunctionDef) -> list[str]:
    ids = []
    for decorator in function.decorator_list:
        if isinstance(decorator, ast.Call) and isinstance(decorator.func, ast.Attribute) and decorator.func.attr == "checklist":
            ids += [a.value for a in decorator.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    return ids


def _check_answer_call(node: ast.AST) -> tuple[str, str, str] | None:
    """(choices name, salt, digest) of a check_answer(NAME_CHOICES or quiz.NAME_CHOICES, ..., salt=..., digest=...) call."""
    if not isinstance(node, ast.Call) or not node.args or not isinstance(node.args[0], (ast.Name, ast.Attribute)):
        return None
    func = node.func
    if (func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else "") != "check_answer":
        return None
    keywords = {k.arg: k.value.value for k in node.keywords if isinstance(k.value, ast.Constant) and isinstance(k.value.value, str)}
    if "salt" not in keywords or "digest" not in keywords:
        return None
    first = node.args[0]
    return first.id if isinstance(first, ast.Name) else first.attr, keywords["salt"], keywords["digest"]


# --------------------------------------------------------------------------- the report's summary


@dataclass
class StoredRound:
    """A round as the progress store gives it back."""

    id: int
    kind: str
    topic: str
    started: str
    questions: int
    answers: list[Answer]

    @property
    def score(self) -> float:
        """Over all the round's questions, as Round.score: a round ended early is not a 100% round."""
        points = sum(POINTS[a.score] for a in self.answers)
        return points / max(self.questions, len(self.answers)) if self.answers else 0.0


@dataclass
class TopicPractice:
    topic: str
    rounds: int
    last_score: float  # 0..1
    best_score: float
    last_date: str
    last_kind: str


@dataclass
class DrillPractice:
    rounds: int
    questions: int  # in the last drill
    last_right: int
    best_right: int
    last_date: str
    missed: list[dict[str, object]]  # [{"number": 5, "question": "What is the GIL?"}]


@dataclass
class ReviewPractice:
    due: int
    in_review: int
    next_due: str | None  # the earliest due date after today, when nothing is due


@dataclass
class Practice:
    """What the report shows of practice; self-scored, so it never changes the verdict."""

    topics: list[TopicPractice]
    drill: DrillPractice | None
    review: ReviewPractice
    counts_toward_verdict: bool = False


def summarize(curriculum: Curriculum, rounds: Sequence[StoredRound], states: Sequence[ReviewState], today: date) -> Practice:
    """The report's practice lines from the stored rounds (oldest first) and review boxes."""
    topics = []
    for topic in curriculum.topics:
        mine = [r for r in rounds if r.topic == topic.id and r.kind in ("interview", "solo") and r.answers]
        if mine:
            last = mine[-1]
            topics.append(TopicPractice(topic.id, len(mine), round(last.score, 3), round(max(r.score for r in mine), 3),
                                        last.started[:10], last.kind))
    drills = [r for r in rounds if r.kind == "drill" and r.answers]
    drill = None
    if drills:
        last = drills[-1]
        asked = {q.number: q.question for q in curriculum.elimination}
        missed_numbers = [int(a.question.rpartition(":")[2]) for a in last.answers if a.score not in PASSING]
        drill = DrillPractice(
            rounds=len(drills),
            questions=last.questions,
            last_right=sum(a.score in PASSING for a in last.answers),
            best_right=max(sum(a.score in PASSING for a in r.answers) for r in drills),
            last_date=last.started[:10],
            missed=[{"number": n, "question": asked.get(n, "")} for n in missed_numbers],
        )
    later = sorted(s.due for s in states if s.due > today)
    review = ReviewPractice(len(due(states, today)), len(states), later[0].isoformat() if later else None)
    return Practice(topics, drill, review)
