"""Count what each topic holds, read from the repository alone, and print it as a Markdown table.

    python tools/curriculum_counts.py                 # every topic under katas/
    python tools/curriculum_counts.py 07 12_object    # topics whose folder name starts so

Columns (each one a static count, so the table regenerates without running anything):

- katas: the [[kata]] entries of topic.toml (kata modules);
- tests: the test functions of katas/NN/test_*.py, each parametrized one counted once per case
  when its parametrize list is written out literally (as pytest would collect them);
- puzzles: the functions decorated with @predict in the topic's predict katas;
- quiz questions: the *_CHOICES dictionaries of its quiz katas;
- interview questions: the [[question]] entries of topic.toml;
- checklist items: the [[checklist]] entries of topic.toml;
- misconceptions, alternatives: the files under tests/misconceptions/NN and tests/alternatives/NN.
"""

from __future__ import annotations

import argparse
import ast
import math
import tomllib
from dataclasses import astuple, dataclass, fields
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


@dataclass
class Counts:
    katas: int = 0
    tests: int = 0
    puzzles: int = 0
    quiz_questions: int = 0
    interview_questions: int = 0
    checklist_items: int = 0
    misconceptions: int = 0
    alternatives: int = 0

    def add(self, other: Counts) -> None:
        for field in fields(self):
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))


def _name(node: ast.expr) -> str:
    """The dotted name of a decorator (`pytest.mark.parametrize`, `predict`), calls unwrapped."""
    if isinstance(node, ast.Call):
        return _name(node.func)
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _cases(decorator: ast.expr) -> int:
    """How many cases a parametrize decorator makes: the length of its literal list, else 1."""
    if not isinstance(decorator, ast.Call) or len(decorator.args) < 2:
        return 1
    values = decorator.args[1]
    return len(values.elts) if isinstance(values, ast.List | ast.Tuple) else 1


def _functions(tree: ast.Module) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Top-level functions and the methods of top-level classes."""
    found: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found.append(node)
        elif isinstance(node, ast.ClassDef):
            found += [item for item in node.body if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)]
    return found


def count_tests(path: Path) -> int:
    total = 0
    for function in _functions(ast.parse(path.read_text(encoding="utf-8"))):
        if function.name.startswith("test"):
            parametrized = [_cases(d) for d in function.decorator_list if _name(d).endswith("parametrize")]
            total += math.prod(parametrized)
    return total


def count_puzzles(path: Path) -> int:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sum(any(_name(d).split(".")[-1] == "predict" for d in f.decorator_list) for f in _functions(tree))


def count_quiz_questions(path: Path) -> int:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sum(
        isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id.endswith("_CHOICES") for t in node.targets)
        for node in tree.body
    )


def _files(folder: Path) -> int:
    return len(list(folder.glob("*.py"))) if folder.is_dir() else 0


def topic_counts(folder: Path) -> Counts:
    topic = tomllib.loads((folder / "topic.toml").read_text(encoding="utf-8"))
    katas = topic.get("kata", [])
    counts = Counts(
        katas=len(katas),
        interview_questions=len(topic.get("question", [])),
        checklist_items=len(topic.get("checklist", [])),
        misconceptions=_files(REPO / "tests" / "misconceptions" / folder.name),
        alternatives=_files(REPO / "tests" / "alternatives" / folder.name),
    )
    counts.tests = sum(count_tests(path) for path in sorted(folder.glob("test_*.py")))
    for kata in katas:
        module = folder / f"{kata['module']}.py"
        if not module.is_file():
            continue
        if kata.get("kind") == "predict":
            counts.puzzles += count_puzzles(module)
        elif kata.get("kind") == "quiz":
            counts.quiz_questions += count_quiz_questions(module)
    return counts


def topics(prefixes: list[str]) -> list[Path]:
    folders = sorted(path.parent for path in (REPO / "katas").glob("*/topic.toml"))
    return [f for f in folders if not prefixes or any(f.name.startswith(p) for p in prefixes)]


def table(folders: list[Path]) -> str:
    headers = ["topic", *(field.name.replace("_", " ") for field in fields(Counts))]
    lines = ["| " + " | ".join(headers) + " |", "|---" + "|---:" * (len(headers) - 1) + "|"]
    total = Counts()
    for folder in folders:
        counts = topic_counts(folder)
        total.add(counts)
        lines.append(f"| {folder.name} | " + " | ".join(str(n) for n in astuple(counts)) + " |")
    lines.append(f"| **all {len(folders)} topics** | " + " | ".join(f"**{n}**" for n in astuple(total)) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("topics", nargs="*", help="folder name prefixes under katas/ (default: every topic)")
    args = parser.parse_args(argv)
    folders = topics(args.topics)
    if not folders:
        parser.error(f"no topic under katas/ starts with {' or '.join(args.topics)}")
    print(table(folders))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
