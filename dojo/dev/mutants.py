"""Mutation testing of the reference solutions: do a topic's kata tests reject wrong implementations?

``dojo dev check --mutants [TOPIC ...]`` runs it. For each implement/fix kata (predict and quiz
katas aside) the reference solution in solutions/NN_topic/<module>.py is parsed and changed in one
small place at a time (a comparison turned around, an operator swapped, a constant moved by one, a
statement dropped, a return value replaced by None, break swapped for continue, a decorator
removed, an except clause widened to BaseException, a `raise ... from` cause or a comprehension
filter dropped): a *mutant*. Each mutant replaces the solution in a copy of the topic's solutions
and the module's kata tests run against it (dojo.dev.runs, many runs per child interpreter); a
mutant is *killed* when at least one test fails.

A survivor is a wrong implementation the tests accept, unless it is *equivalent*: a change that no
caller can observe (a message text, a bound nobody reaches). Equivalent survivors are listed, each
with its reason, in tests/mutants_equivalent.toml. A survivor neither killed nor listed is a
problem, and so is a listed mutant that no longer exists or is killed (the list must stay true).
"""

from __future__ import annotations

import ast
import copy
import shutil
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from dataclasses import field as default
from pathlib import Path

from dojo import results as records
from dojo.curriculum import load_curriculum
from dojo.dev.runs import Job, run_jobs

EQUIVALENT_FILE = Path("tests") / "mutants_equivalent.toml"
MUTATED_KINDS = {"implement", "fix"}
BATCH_SIZE = 40

_COMPARE_SWAPS: dict[type, type] = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.Is: ast.IsNot, ast.IsNot: ast.Is,
    ast.In: ast.NotIn, ast.NotIn: ast.In,
}
_BINOP_SWAPS: dict[type, type] = {
    ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Add, ast.Div: ast.Mult,
    ast.FloorDiv: ast.Div, ast.Mod: ast.FloorDiv, ast.Pow: ast.Mult,
}


def _text(node: ast.AST, limit: int = 70) -> str:
    text = " ".join(ast.unparse(node).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


class _Mutator(ast.NodeTransformer):
    """Walks a module; numbers every place a mutation can go; applies the one numbered `target`.

    With target = -1 it changes nothing and only records the descriptions (`found`).
    """

    def __init__(self, target: int = -1) -> None:
        self.target = target
        self.found: list[str] = []
        self._scope: list[str] = []

    def _chance(self, description: str) -> bool:
        """Record one mutation opportunity; True when it is the one to apply."""
        where = ".".join(self._scope) or "<module>"
        self.found.append(f"{where}: {description}")
        return len(self.found) - 1 == self.target

    # scopes --------------------------------------------------------------------------
    def _scoped(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> ast.AST:
        self._scope.append(node.name)
        for index, decorator in enumerate(list(node.decorator_list)):
            if self._chance(f"drop decorator @{_text(decorator)}"):
                del node.decorator_list[index]
                break
        node.body = self._body(node.body, docstring=True)
        for field in ("args", "returns"):
            if getattr(node, field, None) is not None:
                setattr(node, field, self.visit(getattr(node, field)))
        self._scope.pop()
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = _scoped

    def visit_Module(self, node: ast.Module) -> ast.AST:
        node.body = self._body(node.body, docstring=True)
        return node

    def visit_arguments(self, node: ast.arguments) -> ast.arguments:
        return node  # defaults are left alone: a changed default is an API change, not a bug to catch

    # statements ----------------------------------------------------------------------
    def _body(self, body: list[ast.stmt], docstring: bool = False) -> list[ast.stmt]:
        result = []
        for index, statement in enumerate(body):
            is_docstring = docstring and index == 0 and isinstance(statement, ast.Expr) and isinstance(
                statement.value, ast.Constant
            ) and isinstance(statement.value.value, str)
            if is_docstring:
                result.append(statement)
                continue
            droppable = isinstance(statement, (ast.Expr, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Raise, ast.If))
            if droppable and self._chance(f"drop `{_text(statement, 60)}`"):
                result.append(ast.copy_location(ast.Pass(), statement))
                continue
            visited = self.visit(statement)
            result.append(visited if visited is not None else ast.Pass())
        return result

    def generic_visit(self, node: ast.AST) -> ast.AST:
        for field, value in ast.iter_fields(node):
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                setattr(node, field, self._body(value))
            elif isinstance(value, list):
                setattr(node, field, [self.visit(item) if isinstance(item, ast.AST) else item for item in value])
            elif isinstance(value, ast.AST):
                setattr(node, field, self.visit(value))
        return node

    def visit_Return(self, node: ast.Return) -> ast.AST:
        if node.value is not None and not (isinstance(node.value, ast.Constant) and node.value.value is None):
            if self._chance(f"`{_text(node)}` -> `return None`"):
                return ast.copy_location(ast.Return(value=ast.Constant(None)), node)
        return self.generic_visit(node)

    def visit_Raise(self, node: ast.Raise) -> ast.AST:
        if node.cause is not None and self._chance(f"`{_text(node)}`: drop `from {_text(node.cause)}`"):
            node.cause = None
        return self.generic_visit(node)

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> ast.AST:
        caught = node.type
        if caught is not None and not (isinstance(caught, ast.Name) and caught.id == "BaseException"):
            if self._chance(f"`except {_text(caught)}` -> `except BaseException`"):
                node.type = ast.copy_location(ast.Name("BaseException", ast.Load()), caught)
        return self.generic_visit(node)

    def visit_comprehension(self, node: ast.comprehension) -> ast.AST:
        for index, condition in enumerate(list(node.ifs)):
            if self._chance(f"drop the comprehension filter `if {_text(condition)}`"):
                del node.ifs[index]
                break
        return self.generic_visit(node)

    def visit_Break(self, node: ast.Break) -> ast.AST:
        if self._chance("break -> continue"):
            return ast.copy_location(ast.Continue(), node)
        return node

    def visit_Continue(self, node: ast.Continue) -> ast.AST:
        if self._chance("continue -> break"):
            return ast.copy_location(ast.Break(), node)
        return node

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST:
        swap = _BINOP_SWAPS.get(type(node.op))
        if swap and self._chance(f"`{_text(node)}`: {type(node.op).__name__}= -> {swap.__name__}="):
            node.op = swap()
        return self.generic_visit(node)

    # expressions ---------------------------------------------------------------------
    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        for index, op in enumerate(node.ops):
            swap = _COMPARE_SWAPS.get(type(op))
            if swap and self._chance(f"`{_text(node)}`: {type(op).__name__} -> {swap.__name__}"):
                node.ops[index] = swap()
        return self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        swap = _BINOP_SWAPS.get(type(node.op))
        if swap and self._chance(f"`{_text(node)}`: {type(node.op).__name__} -> {swap.__name__}"):
            node.op = swap()
        return self.generic_visit(node)

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:
        swap = ast.Or if isinstance(node.op, ast.And) else ast.And
        if self._chance(f"`{_text(node)}`: {type(node.op).__name__} -> {swap.__name__}"):
            node.op = swap()
        return self.generic_visit(node)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        if isinstance(node.op, (ast.Not, ast.USub)) and self._chance(f"`{_text(node)}`: drop {type(node.op).__name__}"):
            operand: ast.AST = self.visit(node.operand)
            return operand
        return self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        value = node.value
        if isinstance(value, bool):
            if self._chance(f"{value} -> {not value}"):
                return ast.copy_location(ast.Constant(not value), node)
        elif isinstance(value, (int, float)) and self._chance(f"{value!r} -> {value + 1!r}"):
            return ast.copy_location(ast.Constant(value + 1), node)
        return node

    def visit_JoinedStr(self, node: ast.JoinedStr) -> ast.AST:
        return node  # message texts: a change there is almost always equivalent


@dataclass
class Mutant:
    module: str  # "08_scope/closures"
    key: str  # stable description: "<function>: <what changed>", numbered when it repeats
    source: str


def mutants_of(path: Path, module: str) -> list[Mutant]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    survey = _Mutator()
    survey.visit(copy.deepcopy(tree))
    seen: dict[str, int] = {}
    result = []
    for index, description in enumerate(survey.found):
        seen[description] = seen.get(description, 0) + 1
        key = description if seen[description] == 1 else f"{description} #{seen[description]}"
        mutated = _Mutator(index).visit(copy.deepcopy(tree))
        ast.fix_missing_locations(mutated)
        try:
            text = ast.unparse(mutated)
            compile(text, str(path), "exec")
        except (SyntaxError, ValueError):
            continue  # e.g. a dropped statement that leaves a name a later `nonlocal` needs
        result.append(Mutant(module, key, text))
    return result


def load_equivalent(repo: Path) -> dict[tuple[str, str], str]:
    path = repo / EQUIVALENT_FILE
    if not path.exists():
        return {}
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    return {(entry["module"], entry["mutant"]): entry["reason"] for entry in data.get("equivalent", [])}


def _run(repo: Path, mutants: list[Mutant], work: Path, jobs: int) -> dict[int, bool]:
    """index in mutants -> killed?

    Each batch writes its own targets in its thread, so copying overlaps the runs of the others.
    Twice as many batches as `jobs` run at once: a mutant's run often just waits (its tests' bounds,
    a deadlock the mutant made), and the others use the CPU meanwhile.
    """
    batches = [list(range(start, min(start + BATCH_SIZE, len(mutants)))) for start in range(0, len(mutants), BATCH_SIZE)]

    def run_batch(batch: list[int]) -> dict[int, bool]:
        jobs_of_batch = []
        for index in batch:
            topic, module = mutants[index].module.split("/")
            target = work / f"m{index}"
            shutil.copytree(repo / "solutions" / topic, target / topic, ignore=shutil.ignore_patterns("__pycache__"))
            (target / topic / f"{module}.py").write_text(mutants[index].source, encoding="utf-8")
            jobs_of_batch.append(Job((f"katas/{topic}/test_{module}.py",), str(target), str(work / f"m{index}.json"),
                                     stop="failure", shares_layout=True))
        runs = run_jobs(repo, jobs_of_batch, work)
        return {index: _killed(run) for index, run in zip(batch, runs, strict=True)}

    result: dict[int, bool] = {}
    with ThreadPoolExecutor(max_workers=2 * jobs) as pool:
        for killed in pool.map(run_batch, batches):
            result.update(killed)
    return result


def _killed(run: records.Results) -> bool:
    """A mutant is killed when a test fails, nothing could be collected, or the run itself broke down
    (an internal error, a run that ended its process: exit statuses other than 0 and 1)."""
    if run.collection_errors or not run.rows or any(r.outcome == "failed" for r in run.rows):
        return True
    return run.exitstatus not in (0, 1)


def collect(repo: Path, topic_ids: list[str]) -> list[Mutant]:
    """Every mutant of the implement/fix solutions of these topics."""
    curriculum = load_curriculum(repo / "katas")
    mutants: list[Mutant] = []
    for topic in curriculum.topics:
        if not topic.has_katas or topic.id not in topic_ids:
            continue
        for kata in topic.katas:
            path = repo / "solutions" / topic.id / f"{kata.module}.py"
            if kata.kind in MUTATED_KINDS and path.exists():
                mutants.extend(mutants_of(path, f"{topic.id}/{kata.module}"))
    return mutants


@dataclass
class Outcome:
    summary: str
    problems: list[str] = default(default_factory=list)
    lines: list[str] = default(default_factory=list)  # the score of each module


def judge(mutants: list[Mutant], killed: dict[int, bool], equivalent: dict[tuple[str, str], str]) -> Outcome:
    """The score per module, every survivor to fix and every stale entry of the equivalents' list."""
    outcome = Outcome("")
    by_module: dict[str, list[int]] = {}
    for index, mutant in enumerate(mutants):
        by_module.setdefault(mutant.module, []).append(index)
    for module, indexes in by_module.items():
        dead = sum(killed[i] for i in indexes)
        survivors = [mutants[i] for i in indexes if not killed[i]]
        listed = [m for m in survivors if (m.module, m.key) in equivalent]
        note = f", {len(listed)} equivalent" if listed else ""
        outcome.lines.append(f"{module:45} {dead:3}/{len(indexes):<3} killed ({dead / len(indexes):6.1%}){note}")
        for mutant in survivors:
            if (mutant.module, mutant.key) not in equivalent:
                outcome.problems.append(
                    f"solutions/{module}.py: the mutant '{mutant.key}' survives every test of test_{module.split('/')[1]}.py; "
                    f"add a test that rejects it, or list it in {EQUIVALENT_FILE} with the reason no caller can tell"
                )
    index_of = {(m.module, m.key): i for i, m in enumerate(mutants)}
    for module, key in sorted(equivalent):
        if module not in by_module:
            continue  # not mutated in this run
        found = index_of.get((module, key))
        if found is None or killed[found]:
            why = "no such mutant" if found is None else "it is killed"
            outcome.problems.append(f"{EQUIVALENT_FILE}: {module}: '{key}' is listed as equivalent but {why}; remove the entry")
    return outcome


def check(repo: Path, topics: list[str], scratch: Path, *, jobs: int = 2) -> Outcome:
    """Mutation-test the reference solutions of `topics`; one line per problem."""
    started = time.monotonic()
    mutants = collect(repo, topics)
    if not mutants:
        return Outcome("mutants: none (no implement/fix kata in these topics)")
    work = scratch / "mutants"
    work.mkdir(parents=True, exist_ok=True)
    killed = _run(repo, mutants, work, max(1, jobs))
    equivalent = load_equivalent(repo)
    outcome = judge(mutants, killed, equivalent)
    dead = sum(killed.values())
    listed = sum(1 for i, m in enumerate(mutants) if not killed[i] and (m.module, m.key) in equivalent)
    outcome.summary = (f"mutants: {dead}/{len(mutants)} killed ({dead / len(mutants):.1%}), {listed} equivalent, "
                       f"{len(outcome.problems)} to fix, in {time.monotonic() - started:.1f} s")
    return outcome
