"""Helpers that kata tests use to run learner code safely and to check predictions without spoiling them.

- :func:`call_kata` calls learner code with its own time bound; an exception, a hang, or
  ``SystemExit``/``KeyboardInterrupt``/``GeneratorExit`` escaping from it become test
  failures that say what happened. :func:`kata_raises` expects an exception instead.
- :func:`run_puzzle` runs a prediction puzzle in this interpreter and returns what it
  printed and the name of any exception it raised: the truth comes from Python itself.
- :func:`check_prediction` compares the learner's ``@predict(...)`` with that truth and
  fails with a hint, never with the real output (unless ``--dojo-reveal`` is on).
- :func:`check_answer` checks a quiz answer against a salted digest, so the test file
  holds no answer to copy.
- :func:`assert_returns` checks a returned value is equal to the expected one *and* of its
  type, so an object whose ``__eq__`` always says True proves nothing.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import hashlib
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest

from dojo.bounds import LIMITS, USER_INTERRUPT, Deadline, run_bounded

# Frames of this module are plumbing: keep them out of the learner's tracebacks.
__tracebackhide__ = True

_ESCAPES = (SystemExit, KeyboardInterrupt, GeneratorExit)

Puzzle = TypeVar("Puzzle", bound=Callable[[], Any])


class KataFailure(AssertionError):
    """A kata test failed for a reason the helpers explain in words."""


class KataTimeout(KataFailure):
    """Learner code did not finish within its bound."""


def reveal_enabled() -> bool:
    """True when the run was started with --dojo-reveal (the plugin exports it for workers and children)."""
    return os.environ.get("DOJO_REVEAL") == "1"


def _limit(time_limit: float | None) -> float:
    return LIMITS.call if time_limit is None else time_limit


# --------------------------------------------------------------------------- bounded calls


def _call_text(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    shown = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
    text = f"{getattr(fn, '__qualname__', repr(fn))}({', '.join(shown)})"
    return text if len(text) <= 120 else text[:117] + "..."


def _run_kata(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], time_limit: float | None) -> Any:
    """Run learner code with its bound; hangs and interpreter-ending escapes become KataFailures."""
    time_limit = _limit(time_limit)
    try:
        return run_bounded(lambda: fn(*args, **kwargs), time_limit, _call_text(fn, args, kwargs))
    except Deadline as stopped:
        raise KataTimeout(
            f"{_call_text(fn, args, kwargs)} did not finish within {time_limit:g} s: look for a loop that "
            f"never ends or a wait that nothing releases{stopped.advice()}."
        ) from None
    except _ESCAPES as escape:
        if isinstance(escape, KeyboardInterrupt) and USER_INTERRUPT.is_set():
            raise
        raise KataFailure(
            f"{_call_text(fn, args, kwargs)} raised {type(escape).__name__}{escape.args!r}: kata code must "
            "not end the interpreter or leak control-flow exceptions."
        ) from escape


def call_kata(fn: Callable[..., Any], /, *args: Any, time_limit: float | None = None, **kwargs: Any) -> Any:
    """Call learner code and return its result, failing the test in words if it does not return.

    An exception from the code becomes a failure that names the call and the exception (the
    original is chained, so its traceback still shows where). ``NotImplementedError`` from an
    untouched stub passes through as it is. Running longer than ``time_limit`` seconds (default: the run's call limit, 2 s), and
    ``SystemExit``/``KeyboardInterrupt``/``GeneratorExit``, fail the test instead of hanging or
    aborting the session. To expect an exception, use :func:`kata_raises`. The bound is named
    ``time_limit`` so that learner functions may take a ``timeout`` argument of their own.
    """
    try:
        return _run_kata(fn, args, kwargs, time_limit)
    except (NotImplementedError, AssertionError):
        raise
    except Exception as error:
        raise KataFailure(
            f"{_call_text(fn, args, kwargs)} raised {type(error).__name__}: {error}"
        ) from error


def kata_raises(
    expected: type[BaseException], fn: Callable[..., Any], /, *args: Any, time_limit: float | None = None, **kwargs: Any
) -> BaseException:
    """Call learner code, expecting it to raise ``expected``; return the exception for further checks."""
    try:
        _run_kata(fn, args, kwargs, time_limit)
    except NotImplementedError:
        if issubclass(NotImplementedError, expected):
            raise KataFailure(f"{_call_text(fn, args, kwargs)} is still a stub") from None
        raise
    except expected as error:
        return error
    except KataFailure:
        raise
    except Exception as error:
        raise KataFailure(
            f"{_call_text(fn, args, kwargs)} should raise {expected.__name__}, "
            f"but raised {type(error).__name__}: {error}"
        ) from error
    raise KataFailure(f"{_call_text(fn, args, kwargs)} should raise {expected.__name__}, but returned normally")


# --------------------------------------------------------------------------- predictions


def _fail_without_traceback(message: str) -> None:
    """Fail the test with the message alone: for predictions and quizzes the traceback says nothing more."""
    pytest.fail(message, pytrace=False)


def predict(prediction: Any, *, as_module: bool = False) -> Callable[[Puzzle], Puzzle]:
    """Attach a prediction to a puzzle function: ``@predict("[2, 2, 2]")`` above ``def puzzle(): ...``.

    Write what the puzzle prints (a string, several lines joined by newlines, or a value
    whose str() is what print shows), or the exception class it raises
    (``@predict(UnboundLocalError)``). A puzzle that prints and then raises: the printed
    lines, then the exception's name on a last line (``@predict("c\nUnboundLocalError")``).
    Leave ``...`` until you have made up your mind.
    ``as_module=True``: the puzzle's body runs as module-level code, not as a function.
    """

    def attach(puzzle: Puzzle) -> Puzzle:
        puzzle.prediction = prediction  # type: ignore[attr-defined]
        puzzle.as_module = as_module  # type: ignore[attr-defined]
        return puzzle

    return attach


@dataclass(frozen=True)
class Outcome:
    """What a puzzle did: its printed output and the name of the exception it raised, if any."""

    output: str
    error: str | None

    def as_text(self) -> str:
        lines = [self.output] if self.output else []
        if self.error:
            lines.append(self.error)
        return "\n".join(lines)


def _normalise(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


@functools.cache
def _parsed_file(filename: str) -> ast.Module:
    with open(filename, encoding="utf-8") as handle:
        return ast.parse(handle.read(), filename)


def module_code(puzzle: Callable[[], Any]) -> Any:
    """Compile a puzzle function's body (without its docstring) as module-level code."""
    filename = puzzle.__code__.co_filename
    first_line = puzzle.__code__.co_firstlineno  # the line of its first decorator
    definition = next(
        node
        for node in ast.walk(_parsed_file(filename))
        if isinstance(node, ast.FunctionDef)
        and node.name == puzzle.__name__
        and min([node.lineno, *(d.lineno for d in node.decorator_list)]) == first_line
    )
    statements = definition.body
    if statements and isinstance(statements[0], ast.Expr) and isinstance(statements[0].value, ast.Constant):
        statements = statements[1:]  # the docstring
    return compile(ast.Module(body=statements, type_ignores=[]), filename, "exec")


def run_puzzle(puzzle: Callable[[], Any], *, time_limit: float | None = None) -> Outcome:
    """Run a puzzle in this interpreter and record what it printed and the exception it raised."""
    buffer = io.StringIO()
    if getattr(puzzle, "as_module", False):
        code = module_code(puzzle)
        body = lambda: exec(code, {"__name__": "__puzzle__", "__builtins__": __builtins__})
    else:
        body = puzzle
    error = None
    with contextlib.redirect_stdout(buffer):
        try:
            run_bounded(body, _limit(time_limit), f"the puzzle {getattr(puzzle, '__name__', '')}")
        except Deadline as stopped:
            raise KataTimeout(f"the puzzle did not finish within {_limit(time_limit):g} s{stopped.advice()}") from None
        except BaseException as raised:  # the exception is the puzzle's answer
            if isinstance(raised, KeyboardInterrupt) and USER_INTERRUPT.is_set():
                raise
            error = type(raised).__name__
    return Outcome(_normalise(buffer.getvalue()), error)


def _prediction_text(prediction: Any) -> str:
    if isinstance(prediction, type) and issubclass(prediction, BaseException):
        return prediction.__name__
    return _normalise(prediction if isinstance(prediction, str) else str(prediction))


def _where(puzzle: Callable[[], Any]) -> str:
    """path:line of a puzzle's @predict, relative to the current folder when it is inside it."""
    code = getattr(puzzle, "__code__", None)
    if code is None:
        return "its module"
    path = os.path.abspath(code.co_filename)
    shown = os.path.relpath(path) if path.startswith(os.getcwd() + os.sep) else path
    return f"{shown}:{code.co_firstlineno}"


_REVEALED: list[str] = []  # the puzzle whose answer --dojo-reveal showed in this run


def start_of_run() -> None:
    """A new run may reveal one answer again (in-process runs share this module: pytester, watch)."""
    _REVEALED.clear()


def check_prediction(puzzle: Callable[[], Any], *, time_limit: float | None = None) -> None:
    """Fail unless ``puzzle.prediction`` matches what the puzzle really does.

    The failure message never contains the real output unless the run has --dojo-reveal. A puzzle
    that prints and then raises wants the printed lines and then the exception's name: a prediction
    of the right exception alone fails with a message that says the exception is right and states
    that format (every mismatch message states it too).
    """
    __tracebackhide__ = True
    name = getattr(puzzle, "__name__", "puzzle")
    prediction = getattr(puzzle, "prediction", ...)
    if prediction is ...:
        _fail_without_traceback(f"Predict what `{name}` prints: replace the ... in @predict(...) above it ({_where(puzzle)}).")
    outcome = run_puzzle(puzzle, time_limit=time_limit)
    predicted = _prediction_text(prediction)
    if predicted == outcome.as_text():
        return
    if outcome.output and outcome.error and predicted == outcome.error:
        # Right exception, printed lines left out: say so, and the format, without showing those lines.
        message = [
            f"Your prediction for `{name}` ({_where(puzzle)}) names the right exception, but the puzzle "
            "prints before it raises.",
            f"  Predict all of it: the printed lines, then {outcome.error} on a last line, "
            f'as in @predict("...\\n{outcome.error}").',
        ]
        if reveal_enabled():
            message.append(f"  Python gives:   {outcome.as_text()!r}")
        _fail_without_traceback("\n".join(message))
    message = [
        f"Your prediction for `{name}` ({_where(puzzle)}) is not what Python does.",
        f"  you predicted: {predicted!r}",
    ]
    if reveal_enabled() and (not _REVEALED or _REVEALED[0] == name):
        _REVEALED.append(name)  # one answer per run: the others stay puzzles until this one is understood
        message.append(f"  Python gives:   {outcome.as_text()!r}")
    elif reveal_enabled():
        message.append(f"  --dojo-reveal shows one answer per run (this run showed `{_REVEALED[0]}`'s): "
                       "trace this one again, or run its test alone with --dojo-reveal.")
    else:
        message.append("  Trace it again line by line (run with --dojo-reveal to see the real output).")
    message.append(
        "  The format: what it prints, lines joined by newlines; if it raises, the exception's name on a "
        "last line (alone if nothing was printed before it)."
    )
    _fail_without_traceback("\n".join(message))


def assert_returns(actual: Any, expected: Any, what: str = "the result") -> None:
    """Fail unless `actual` equals `expected` and has its exact type, down through lists, tuples and dicts.

    Equality alone can be faked: an object whose ``__eq__`` always says True equals anything.
    """
    __tracebackhide__ = True
    if _typed_mismatch(actual, expected):
        if type(actual) is not type(expected):
            raise KataFailure(f"{what} should be a {type(expected).__name__}, got a {type(actual).__name__}: {actual!r}")
        raise KataFailure(f"{what} should be {expected!r}, got {actual!r}")


def expect(actual: Any, expected: Any, message: str) -> None:
    """Fail with `message` unless `actual` equals `expected`; then as :func:`assert_returns` does unless it
    also has the expected type (an object can pretend to equal anything)."""
    __tracebackhide__ = True
    if not expected == actual:
        raise AssertionError(message)
    assert_returns(actual, expected, "the result")


def _typed_mismatch(actual: Any, expected: Any) -> bool:
    if type(actual) is not type(expected):
        return True
    if isinstance(expected, (list, tuple)):
        return len(actual) != len(expected) or any(map(_typed_mismatch, actual, expected))
    if isinstance(expected, dict):
        return actual.keys() != expected.keys() or any(_typed_mismatch(actual[k], v) for k, v in expected.items())
    return not expected == actual  # expected's __eq__: ours, never the returned object's


# --------------------------------------------------------------------------- quizzes


def answer_digest(salt: str, answer: str) -> str:
    """The digest a quiz test stores: sha256 of the salt and the normalised answer text."""
    normalised = " ".join(answer.split()).casefold()
    return hashlib.sha256(f"{salt}\n{normalised}".encode()).hexdigest()


def check_answer(choices: dict[str, str], answer: Any, *, salt: str, digest: str) -> None:
    """Fail unless the chosen letter picks the choice whose digest the test stores."""
    __tracebackhide__ = True
    if answer is ...:
        _fail_without_traceback(
            f"Choose an answer: replace the ... of this question's *_ANSWER with one of {', '.join(sorted(choices))}."
        )
    if answer not in choices:
        _fail_without_traceback(f"ANSWER must be one of {', '.join(sorted(choices))}, not {answer!r}.")
    if answer_digest(salt, choices[answer]) != digest:
        _fail_without_traceback(f"{answer!r} is not the answer an interviewer accepts. Reread the lesson and choose again.")
