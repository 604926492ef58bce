"""Curriculum integrity: the topic files, the seed's texts word for word, module names, and per-topic minimums."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys

import pytest

from dojo.curriculum import CurriculumError, load_curriculum
from dojo.target import kata_modules
from tests.support.project import CURRICULUM, REPO, TOPICS_WITH_KATAS

# Its fixtures run the whole curriculum in child pytest runs: more than the 10 s a kata test gets.
pytestmark = pytest.mark.timeout(600)

TOPIC_FOLDERS = [
    "01_lists", "02_tuples", "03_sets", "04_dictionaries", "05_utility_functions",
    "06_practice_problems", "07_interview_patterns", "08_scope", "09_functions",
    "10_execution_model", "11_control_flow", "12_object_model", "13_iterators_generators",
    "14_imports_modules", "15_error_handling", "16_concurrency", "17_asyncio",
]  # fmt: skip

# The interview suite's readiness checklist, word for word, by topic folder.
SEED_CHECKLIST = {
    "08_scope": ["Can recite LEGB without hesitation", "Explain closure late binding trap"],
    "09_functions": ["Never use mutable defaults", "Know parameter ordering rules", "Distinguish return from yield"],
    "10_execution_model": ["Understand binding vs mutation", "Never confuse is with =="],
    "11_control_flow": ["Know for-else behavior"],
    "12_object_model": [
        "Know hashability requirements",
        "Implement __eq__ and __hash__ correctly",
        "Distinguish __repr__ from __str__",
    ],
    "13_iterators_generators": [
        "Understand generator lifecycle",
        "Distinguish iterable from iterator",
        "Handle StopIteration correctly",
    ],
    "14_imports_modules": ["Know imports execute code", "Understand module caching"],
    "15_error_handling": ["Never use bare except", "Use raise for errors, not return codes"],
    "16_concurrency": [
        "Understand GIL implications",
        "Know threading vs multiprocessing",
        "Distinguish CPU-bound from IO-bound",
    ],
    "17_asyncio": ["Never block asyncio event loop", "Know when asyncio is wrong choice"],
}

# The ten elimination questions, word for word, with the topic whose items prove each.
SEED_ELIMINATION = [
    ("What does LEGB stand for?", "08_scope"),
    ("Predict output: `def f(x, lst=[]): lst.append(x); return lst`", "09_functions"),
    ("What does `x = y` do in Python?", "10_execution_model"),
    ("Difference between `is` and `==`?", "10_execution_model"),
    ("What is the GIL?", "16_concurrency"),
    ("Does `asyncio` provide true parallelism?", "17_asyncio"),
    ("What happens when you override `__eq__`?", "12_object_model"),
    ("When does generator function body execute?", "13_iterators_generators"),
    ("What's wrong with bare `except:`?", "15_error_handling"),
    ("Threading vs multiprocessing for CPU-intensive work?", "16_concurrency"),
]

MIN_KATA_MODULES, MIN_KATA_TESTS, MIN_PUZZLES, MIN_QUESTIONS = 6, 25, 7, 10
HINT_TIERS = 3  # a nudge, a pointer, nearly the answer
README_SECTIONS = [
    "Interview overview", "Concept breakdown", "Interview questions", "Think-aloud answers",
    "Live coding and output prediction", "Common failure modes", "Mock interview round", "Self-assessment",
]  # fmt: skip


def test_all_seventeen_topics_are_there():
    assert [topic.id for topic in CURRICULUM.topics] == TOPIC_FOLDERS


def test_seed_checklist_items_are_quoted_word_for_word():
    # A topic may grow items of its own; the seed's come first, in the seed's order, word for word.
    for topic_id, texts in SEED_CHECKLIST.items():
        assert [item.text for item in CURRICULUM.topic(topic_id).checklist][: len(texts)] == texts
    assert sum(map(len, SEED_CHECKLIST.values())) == 23


def test_topics_01_to_07_have_their_own_checklist_items():
    for topic in CURRICULUM.topics[:7]:
        assert len(topic.checklist) >= 5, f"{topic.id} needs at least 5 checklist items"


def test_ten_elimination_questions_word_for_word_proven_by_their_topics():
    questions = CURRICULUM.elimination
    assert [q.number for q in questions] == list(range(1, 11))
    assert [q.question for q in questions] == [text for text, _ in SEED_ELIMINATION]
    for question, (_, topic_id) in zip(questions, SEED_ELIMINATION, strict=True):
        topics = {CURRICULUM.checklist_item(item_id).topic for item_id in question.checklist}
        assert topics == {topic_id}, f"question {question.number} is proven by {topics}, expected {topic_id}"


def test_kata_module_names_are_unique_and_shadow_nothing():
    installed = set(importlib.metadata.packages_distributions())
    for tree in ("katas", "solutions"):
        modules = kata_modules(REPO / tree)  # raises on a name used in two topics
        assert not set(modules) & set(sys.stdlib_module_names), f"{tree}: kata modules shadow the standard library"
        assert not set(modules) & installed, f"{tree}: kata modules shadow installed packages"


def test_every_kata_has_three_distinct_hint_tiers():
    # The loader guarantees at least one hint; the lesson needs the three tiers, each saying more.
    for topic in CURRICULUM.topics:
        for kata in topic.katas:
            tiers = [" ".join(hint.split()) for hint in kata.hints]
            assert len(tiers) >= HINT_TIERS, f"{kata.module} has {len(tiers)} hints, needs {HINT_TIERS} tiers"
            assert len(set(tiers)) == len(tiers), f"{kata.module} repeats a hint"


def _puzzle_count(topic_id: str) -> int:
    count = 0
    for kata in CURRICULUM.topic(topic_id).katas:
        if kata.kind != "predict":
            continue
        tree = ast.parse((REPO / "katas" / topic_id / f"{kata.module}.py").read_text(encoding="utf-8"))
        count += sum(
            any(isinstance(d, ast.Call) and getattr(d.func, "id", "") == "predict" for d in node.decorator_list)
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef)
        )
    return count


def _kata_test_count(topic_id: str) -> int:
    """Test functions in the topic's test files (a parametrized one counts once)."""
    return sum(
        isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test_")
        for path in (REPO / "katas" / topic_id).glob("test_*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
    )


@pytest.mark.parametrize("topic_id", TOPICS_WITH_KATAS)
def test_topic_meets_the_minimums(topic_id):
    topic = CURRICULUM.topic(topic_id)
    assert len(topic.katas) >= MIN_KATA_MODULES, f"{topic_id}: {len(topic.katas)} kata modules"
    assert _kata_test_count(topic_id) >= MIN_KATA_TESTS, f"{topic_id}: too few kata tests"
    assert _puzzle_count(topic_id) >= MIN_PUZZLES, f"{topic_id}: too few prediction puzzles"
    assert len(topic.questions) >= MIN_QUESTIONS, f"{topic_id}: too few interview questions"


@pytest.mark.parametrize("topic_id", TOPICS_WITH_KATAS)
def test_topic_readme_has_the_eight_sections(topic_id):
    readme = (REPO / "katas" / topic_id / "README.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## \d\. (.+)$", readme, re.MULTILINE)
    assert headings == README_SECTIONS
    for item in CURRICULUM.topic(topic_id).checklist:
        assert item.text in readme, f"the self-assessment should list '{item.text}'"


def test_an_elimination_question_naming_an_unknown_item_is_reported(tmp_path):
    (tmp_path / "curriculum.toml").write_text(
        '[verdict]\nmax_failed_elimination = 2\nmin_checklist_done = 0.8\n\n'
        '[[elimination]]\nnumber = 1\nquestion = "Q?"\nmust = "A"\nchecklist = ["nowhere.item"]\n',
        encoding="utf-8",
    )
    with pytest.raises(CurriculumError) as error:
        load_curriculum(tmp_path)
    assert "elimination[0]: unknown checklist id 'nowhere.item'" in str(error.value)


def test_every_problem_is_reported_not_just_the_first(tmp_path):
    (tmp_path / "curriculum.toml").write_text("[verdict]\nmax_failed_elimination = 'two'\n", encoding="utf-8")
    folder = tmp_path / "01_demo"
    folder.mkdir()
    (folder / "topic.toml").write_text(
        'title = "Demo"\n\n[[checklist]]\nid = "wrong.prefix"\ntext = "x"\n\n'
        '[[kata]]\nmodule = "m"\ntitle = "t"\nkind = "guess"\nhints = []\n',
        encoding="utf-8",
    )
    with pytest.raises(CurriculumError) as error:
        load_curriculum(tmp_path)
    problems = error.value.problems
    assert any("'max_failed_elimination' must be an integer" in p for p in problems)
    assert any("missing 'min_checklist_done'" in p for p in problems)
    assert any("id 'wrong.prefix' must start with 'demo.'" in p for p in problems)
    assert any("kind 'guess' is not one of" in p for p in problems)
    assert any("needs at least one hint" in p for p in problems)
    assert all(p.split(":")[0].endswith(".toml") for p in problems), "every problem names its file"


def _predicted_answers(topic_id: str) -> set[str]:
    """Every answer the topic's prediction solutions give: exception names and printed texts."""
    answers = set()
    for kata in CURRICULUM.topic(topic_id).katas:
        if kata.kind != "predict":
            continue
        tree = ast.parse((REPO / "solutions" / topic_id / f"{kata.module}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "predict" and node.args:
                answer = node.args[0]
                answers.add(answer.id if isinstance(answer, ast.Name) else str(getattr(answer, "value", "")))
    return answers


@pytest.mark.parametrize("topic_id", TOPICS_WITH_KATAS)
def test_no_hint_names_an_answer_of_its_topic(topic_id):
    answers = _predicted_answers(topic_id)
    for kata in CURRICULUM.topic(topic_id).katas:
        for hint in kata.hints:
            for example in re.findall(r"@predict\((.*?)\)", hint):
                shown = example.strip().strip("\"'").encode().decode("unicode_escape")
                assert shown not in answers, f"a hint of {kata.module} shows an answer of {topic_id}: @predict({example})"


def test_every_interview_question_says_what_a_good_follow_up_answer_is():
    # A partner who is not an expert scores the follow-up against it (dojo interview shows it).
    missing = [f"{topic.id}: {q.ask[:60]}" for topic in CURRICULUM.topics for q in topic.questions if not q.follow_up_answer]
    assert not missing, f"questions without follow_up_answer: {missing}"
