"""Helpers that kata tests use to run learner code safely and to check predictions without spoiling them.

- :func:`call_kata` calls learner code with its own time bound; an exception, a hang, or
  ``SystemExit``/``KeyboardInterrupt``/``GeneratorExit`` escaping from it become test
  failures that say what happened. :func:`kata_raises` expects an exception instead.
- :func:`run_puzzle` runs a prediction puzzle in this interpreter and returns what it
  printed and the name of any exception it raised: the truth comes from Python itself.
- :func:`check_prediction` compares the learner's ``@predict(...)`` with that truth and
  fails with a hint, never with the real output (unless ``--reveal`` is on).
- :func:`check_answer` checks a quiz answer against a salted digest, so the test file
  holds no answer to copy.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import hashlib
import io
import os
import signal
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable

import pytest

# Frames of this module are plumbing: keep them out of the learner's tracebacks.
__tracebackhide__ = True

DEFAULT_BOUND = 2.0  # seconds; kata code that runs longer is treated as hanging

# Set by the plugin's SIGINT handler, so a real Ctrl-C is never mistaken for learner code
# raising KeyboardInterrupt.
USER_INTERRUPT = threading.Event()

_ESCAPES = (SystemExit, KeyboardInterrupt, GeneratorExit)


class KataFailure(AssertionError):
    """A kata test failed for a reason the helpers explain in words."""


class KataTimeout(KataFailure):
    """Learner code did not finish within its bound."""


class Deadline(BaseException):
    """Raised inside learner code when its bound runs out; a BaseException so `except Exception` can't swallow it."""


def reveal_enabled() -> bool:
    """True when the run was started with --reveal (the plugin exports it for workers and children)."""
    return os.environ.get("DOJO_REVEAL") == "1"


# --------------------------------------------------------------------------- bounded calls


def _alarm_available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _run_with_alarm(fn: Callable[[], Any], seconds: float) -> Any:
    """Run fn on this (main) thread with SIGALRM as the bound, restoring any outer timer (pytest-timeout's)."""
    fired = False

    def on_alarm(signum, frame):
        nonlocal fired
        fired = True
        raise Deadline

    outer_delay, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    outer_handler = signal.signal(signal.SIGALRM, on_alarm)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, min(seconds, outer_delay) if outer_delay else seconds)
    try:
        return fn()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, outer_handler)
        remaining = outer_delay - (time.monotonic() - started)
        # Re-arm the outer timer with what is left of it, unless this bound already failed the test.
        if outer_delay and not fired and remaining > 0:
            signal.setitimer(signal.ITIMER_REAL, remaining, outer_interval)


def _run_in_thread(fn: Callable[[], Any], seconds: float) -> Any:
    """Fallback off the main thread: a daemon thread joined with a timeout (a hung one is abandoned)."""
    result: dict[str, Any] = {}

    def target():
        try:
            result["value"] = fn()
        except BaseException as error:  # handed back to the caller's thread below
            result["error"] = error

    worker = threading.Thread(target=target, name="dojo-kata", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise Deadline
    if "error" in result:
        raise result["error"]
    return result.get("value")


def run_bounded(fn: Callable[[], Any], seconds: float) -> Any:
    """Run fn, raising Deadline if it takes longer than seconds (SIGALRM on the main thread, else a thread)."""
    return (_run_with_alarm if _alarm_available() else _run_in_thread)(fn, seconds)


def _call_text(fn: Callable, args: tuple, kwargs: dict) -> str:
    shown = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
    text = f"{getattr(fn, '__qualname__', repr(fn))}({', '.join(shown)})"
    return text if len(text) <= 120 else text[:117] + "..."


def _run_kata(fn: Callable, args: tuple, kwargs: dict, time_limit: float) -> Any:
    """Run learner code with its bound; hangs and interpreter-ending escapes become KataFailures."""
    try:
        return run_bounded(lambda: fn(*args, **kwargs), time_limit)
    except Deadline:
        raise KataTimeout(
            f"{_call_text(fn, args, kwargs)} did not finish within {time_limit:g} s: look for a loop that "
            "never ends or a wait that nothing releases."
        ) from None
    except _ESCAPES as escape:
        if isinstance(escape, KeyboardInterrupt) and USER_INTERRUPT.is_set():
            raise
        raise KataFailure(
            f"{_call_text(fn, args, kwargs)} raised {type(escape).__name__}{escape.args!r}: kata code must "
            "not end the interpreter or leak control-flow exceptions."
        ) from escape


def call_kata(fn: Callable, /, *args: Any, time_limit: float = DEFAULT_BOUND, **kwargs: Any) -> Any:
    """Call learner code and return its result, failing the test in words if it does not return.

    An exception from the code becomes a failure that names the call and the exception (the
    original is chained, so its traceback still shows where). ``NotImplementedError`` from an
    untouched stub passes through as it is. Running longer than ``time_limit`` seconds, and
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
    expected: type[BaseException], fn: Callable, /, *args: Any, time_limit: float = DEFAULT_BOUND, **kwargs: Any
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


def predict(prediction: Any, *, as_module: bool = False) -> Callable[[Callable], Callable]:
    """Attach a prediction to a puzzle function: ``@predict("[2, 2, 2]")`` above ``def puzzle(): ...``.

    Write what the puzzle prints (a string, several lines joined by newlines, or a value
    whose str() is what print shows), or the exception class it raises
    (``@predict(UnboundLocalError)``). Leave ``...`` until you have made up your mind.
    ``as_module=True``: the puzzle's body runs as module-level code, not as a function.
    """

    def attach(puzzle: Callable) -> Callable:
        puzzle.prediction = prediction
        puzzle.as_module = as_module
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


@functools.lru_cache(maxsize=None)
def _parsed_file(filename: str) -> ast.Module:
    with open(filename, encoding="utf-8") as handle:
        return ast.parse(handle.read(), filename)


def module_code(puzzle: Callable) -> Any:
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


def run_puzzle(puzzle: Callable[[], Any], *, time_limit: float = DEFAULT_BOUND) -> Outcome:
    """Run a puzzle in this interpreter and record what it printed and the exception it raised."""
    buffer = io.StringIO()
    if getattr(puzzle, "as_module", False):
        code = module_code(puzzle)
        body = lambda: exec(code, {"__name__": "__puzzle__", "__builtins__": __builtins__})  # noqa: E731
    else:
        body = puzzle
    error = None
    with contextlib.redirect_stdout(buffer):
        try:
            run_bounded(body, time_limit)
        except Deadline:
            raise KataTimeout(f"the puzzle did not finish within {time_limit:g} s") from None
        except BaseException as raised:  # the exception is the puzzle's answer
            if isinstance(raised, KeyboardInterrupt) and USER_INTERRUPT.is_set():
                raise
            error = type(raised).__name__
    return Outcome(_normalise(buffer.getvalue()), error)


def _prediction_text(prediction: Any) -> str:
    if isinstance(prediction, type) and issubclass(prediction, BaseException):
        return prediction.__name__
    return _normalise(prediction if isinstance(prediction, str) else str(prediction))


def check_prediction(puzzle: Callable[[], Any], *, time_limit: float = DEFAULT_BOUND) -> None:
    """Fail unless ``puzzle.prediction`` matches what the puzzle really does.

    The failure message never contains the real output unless the run has --reveal.
    """
    __tracebackhide__ = True
    name = getattr(puzzle, "__name__", "puzzle")
    prediction = getattr(puzzle, "prediction", ...)
    if prediction is ...:
        _fail_without_traceback(f"Predict what `{name}` prints: replace the ... in @predict(...) above it.")
    outcome = run_puzzle(puzzle, time_limit=time_limit)
    if _prediction_text(prediction) == outcome.as_text():
        return
    message = [
        f"Your prediction for `{name}` is not what Python does.",
        f"  you predicted: {_prediction_text(prediction)!r}",
    ]
    if reveal_enabled():
        message.append(f"  Python gives:   {outcome.as_text()!r}")
    else:
        message.append("  Trace it again line by line (run with --reveal to see the real output).")
    _fail_without_traceback("\n".join(message))


# --------------------------------------------------------------------------- quizzes


def answer_digest(salt: str, answer: str) -> str:
    """The digest a quiz test stores: sha256 of the salt and the normalised answer text."""
    normalised = " ".join(answer.split()).casefold()
    return hashlib.sha256(f"{salt}\n{normalised}".encode()).hexdigest()


def check_answer(choices: dict[str, str], answer: Any, *, salt: str, digest: str) -> None:
    """Fail unless the chosen letter picks the choice whose digest the test stores."""
    __tracebackhide__ = True
    if answer is ...:
        _fail_without_traceback(f"Choose an answer: replace the ... of this question's *_ANSWER with one of {', '.join(sorted(choices))}.")
    if answer not in choices:
        _fail_without_traceback(f"ANSWER must be one of {', '.join(sorted(choices))}, not {answer!r}.")
    if answer_digest(salt, choices[answer]) != digest:
        _fail_without_traceback(f"{answer!r} is not the answer an interviewer accepts. Reread the lesson and choose again.")
