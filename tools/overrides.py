"""Turn recorded misconceptions that are whole copies of a kata module into overrides, and prove nothing changed.

    python tools/overrides.py 08_scope 10_execution_model     # some topics (default: all)
    python tools/overrides.py --check                         # only report which files are copies

A misconception is applied over the reference solution (dojo.dev.contract.compose), so it needs
to hold only the definitions it gets wrong. For each file this keeps, from the misconception, the
module docstring and every top-level statement that the solution does not have word for word,
plus every statement that uses a kept name while the module is being executed (a dispatch table,
a decorator, a default value), so that the override reaches everything built from it. It then
runs the module's tests against the whole copy and against the solution with the override, and
writes the override only when both are rejected by exactly the same tests for the same reasons.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from dojo.curriculum import load_curriculum  # noqa: E402
from dojo.dev.contract import compose, docstring_field, right_reason  # noqa: E402
from dojo.dev.runs import Job, run_jobs  # noqa: E402

CODE_KINDS = ("implement", "fix")


def _names(node: ast.stmt) -> set[str]:
    """The names a top-level statement binds."""
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {node.name}
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return {(alias.asname or alias.name).split(".")[0] for alias in node.names}
    targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
    return {n.id for t in targets if t is not None for n in ast.walk(t) if isinstance(n, ast.Name)}


def _used_at_import(node: ast.stmt) -> set[str]:
    """Names a top-level statement reads while the module executes (function bodies excluded)."""
    used: set[str] = set()

    def walk(tree: ast.AST, top: bool) -> None:
        if not top and isinstance(tree, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            for part in [*getattr(tree, "decorator_list", []), *tree.args.defaults, *tree.args.kw_defaults]:
                if part is not None:
                    walk(part, False)
            return
        if isinstance(tree, ast.Name) and isinstance(tree.ctx, ast.Load):
            used.add(tree.id)
        for child in ast.iter_child_nodes(tree):
            walk(child, False)

    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        for part in [*node.decorator_list, *node.args.defaults, *node.args.kw_defaults]:
            if part is not None:
                walk(part, False)
    else:
        walk(node, True)
    return used


def override_of(solution: str, copy: str) -> str:
    solution_dumps = {ast.dump(node) for node in ast.parse(solution).body}
    tree = ast.parse(copy)
    docstring = tree.body[0] if ast.get_docstring(tree) else None
    body = [node for node in tree.body if node is not docstring]
    kept = [node for node in body if ast.dump(node) not in solution_dumps and not _is_future(node)]
    changed = set().union(*(_names(node) for node in kept)) if kept else set()
    while True:  # statements built from a changed name at import time must be rebuilt too
        more = [node for node in body if node not in kept and _used_at_import(node) & changed and not _is_future(node)]
        if not more:
            break
        kept += more
        changed |= set().union(*(_names(node) for node in more))
    kept.sort(key=body.index)
    lines = copy.splitlines()
    parts = []
    if docstring is not None:
        parts.append("\n".join(lines[docstring.lineno - 1 : docstring.end_lineno]))
    for node in kept:
        start = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
        parts.append("\n".join(lines[start - 1 : node.end_lineno]))
    return "\n\n\n".join(parts) + "\n"


def _is_future(node: ast.stmt) -> bool:
    return isinstance(node, ast.ImportFrom) and node.module == "__future__"


def _verdicts(run: object) -> dict[str, tuple[str, bool]]:
    return {row.nodeid: (row.outcome, right_reason(row)) for row in run.rows}  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("topics", nargs="*")
    parser.add_argument("--check", action="store_true", help="only list the misconceptions that are whole copies")
    args = parser.parse_args(argv)
    curriculum = load_curriculum(REPO / "katas")
    candidates = []
    for topic in curriculum.topics:
        if args.topics and topic.id not in args.topics:
            continue
        for path in sorted((REPO / "tests" / "misconceptions" / topic.id).glob("*.py")):
            kata = curriculum.kata(path.stem.partition("__")[0])
            if kata is None or kata.kind not in CODE_KINDS or docstring_field(path, "override") == "whole":
                continue  # not code, or a file that replaces its module on purpose
            solution = (REPO / "solutions" / topic.id / f"{kata.module}.py").read_text(encoding="utf-8")
            text = path.read_text(encoding="utf-8")
            smaller = override_of(solution, text)
            if len(smaller) < len(text):
                candidates.append((topic.id, kata.module, path, solution, text, smaller))
    print(f"{len(candidates)} misconceptions hold more than their override")
    if args.check or not candidates:
        return 0
    with tempfile.TemporaryDirectory(prefix="overrides-") as scratch_dir:
        scratch = Path(scratch_dir)
        jobs = []
        for index, (topic, module, _, solution, text, smaller) in enumerate(candidates):
            for form, source in (("copy", text), ("override", compose(solution, smaller))):
                target = scratch / f"{form}-{index}"
                shutil.copytree(REPO / "solutions" / topic, target / topic, ignore=shutil.ignore_patterns("__pycache__"))
                (target / topic / f"{module}.py").write_text(source, encoding="utf-8")
                jobs.append(Job((f"katas/{topic}/test_{module}.py",), str(target), str(scratch / f"{form}-{index}.json")))
        batches = [jobs[start : start + 40] for start in range(0, len(jobs), 40)]  # pairs stay in one batch
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            runs = [run for batch in pool.map(lambda batch: run_jobs(REPO, batch, scratch), batches) for run in batch]
    converted = 0
    for index, (_, _, path, _, _, smaller) in enumerate(candidates):
        whole, applied = runs[2 * index], runs[2 * index + 1]
        if _verdicts(whole) == _verdicts(applied) and whole.rows:
            path.write_text(smaller, encoding="utf-8")
            converted += 1
        else:
            print(f"kept whole: {path.relative_to(REPO)} (its override is not rejected the same way)")
    print(f"converted {converted} of {len(candidates)}: each rejected by the same tests for the same reasons")
    return 0


if __name__ == "__main__":
    sys.exit(main())
