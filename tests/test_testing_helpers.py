"""dojo.testing: bounded calls, escapes, predictions that never spoil, quizzes by digest."""

from __future__ import annotations

import signal
import threading

import pytest

from dojo import testing
from dojo.testing import (
    KataFailure,
    KataTimeout,
    answer_digest,
    call_kata,
    check_answer,
    check_prediction,
    expect,
    kata_raises,
    predict,
    run_puzzle,
)

Failed = pytest.fail.Exception


def forever():
    while True:
        pass


def test_call_kata_returns_the_result():
    assert call_kata(lambda a, b=0: a + b, 2, b=3) == 5


def test_call_kata_stops_a_hang_with_its_bound():
    with pytest.raises(KataTimeout, match=r"did not finish within 0\.2 s"):
        call_kata(forever, time_limit=0.2)


def test_call_kata_stops_a_hang_off_the_main_thread_too():
    outcome = {}

    def worker():
        try:
            call_kata(forever, time_limit=0.2)
        except KataTimeout as error:
            outcome["error"] = error

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(10)
    assert not thread.is_alive() and "error" in outcome


def test_call_kata_gives_back_the_outer_timer():
    previous = signal.signal(signal.SIGALRM, lambda *_: None)
    try:
        signal.setitimer(signal.ITIMER_REAL, 30)
        call_kata(lambda: None)
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 25 < remaining <= 30, "the outer timer (pytest-timeout's) must be re-armed with what is left"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("escape", [SystemExit(2), KeyboardInterrupt(), GeneratorExit()])
def test_call_kata_turns_escapes_into_failures(escape):
    def leaky():
        raise escape

    with pytest.raises(KataFailure, match=type(escape).__name__):
        call_kata(leaky)


def test_call_kata_names_the_call_and_chains_the_exception():
    def broken(x):
        return {}[x]

    with pytest.raises(KataFailure, match=r"broken\('key'\) raised KeyError") as error:
        call_kata(broken, "key")
    assert isinstance(error.value.__cause__, KeyError)


def test_call_kata_lets_a_stubs_not_implemented_error_through():
    def stub():
        raise NotImplementedError("write it")

    with pytest.raises(NotImplementedError):
        call_kata(stub)


def test_kata_raises_returns_the_expected_exception():
    error = kata_raises(ValueError, int, "x")
    assert isinstance(error, ValueError)
    with pytest.raises(KataFailure, match="should raise ValueError, but returned normally"):
        kata_raises(ValueError, int, "1")
    with pytest.raises(KataFailure, match="should raise KeyError, but raised ValueError"):
        kata_raises(KeyError, int, "x")


@predict(...)
def prints_twice():
    print("one")
    print("two")


@predict(...)
def raises_late():
    print("before")
    raise LookupError


@predict(..., as_module=True)
def module_level():
    name = "module"  # noqa: F841 - read back through globals(): module-level code binds globals
    print(globals()["name"])


class EqualsAnything:
    def __eq__(self, other):
        return True


def test_expect_fails_with_its_message_then_on_a_value_that_only_pretends_to_be_equal():
    expect([1, 2], [1, 2], "never shown")
    with pytest.raises(AssertionError, match=r"^the pairs, in order$") as wrong:
        expect([2, 1], [1, 2], "the pairs, in order")
    assert not isinstance(wrong.value, KataFailure)  # the test's own words, as a plain assert would give them
    with pytest.raises(KataFailure, match="should be a list, got a EqualsAnything"):
        expect(EqualsAnything(), [1, 2], "never shown either")


def test_run_puzzle_records_output_and_exception():
    assert run_puzzle(prints_twice).as_text() == "one\ntwo"
    outcome = run_puzzle(raises_late)
    assert (outcome.output, outcome.error) == ("before", "LookupError")
    assert run_puzzle(module_level).as_text() == "module", "as_module runs the body at module level"


def _with_prediction(puzzle, prediction):
    puzzle.prediction = prediction
    return puzzle


def test_check_prediction_accepts_strings_values_and_exception_classes():
    check_prediction(_with_prediction(prints_twice, "one  \ntwo\n"))  # trailing blanks do not matter
    check_prediction(_with_prediction(raises_late, "before\nLookupError"))

    def forty_two():
        print(42)

    check_prediction(_with_prediction(forty_two, 42))

    def boom():
        raise ZeroDivisionError

    check_prediction(_with_prediction(boom, ZeroDivisionError))


def test_an_unwritten_prediction_asks_for_one():
    with pytest.raises(Failed, match=r"replace the \.\.\. in @predict"):
        check_prediction(_with_prediction(prints_twice, ...))


def test_a_wrong_prediction_never_shows_the_truth_unless_revealed(monkeypatch):
    monkeypatch.delenv("DOJO_REVEAL", raising=False)
    # One answer per process: start as a fresh run would, whatever revealed before in this worker.
    monkeypatch.setattr(testing, "_REVEALED", [])
    with pytest.raises(Failed) as hidden:
        check_prediction(_with_prediction(prints_twice, "two\none"))
    assert "one\\ntwo" not in str(hidden.value) and "--dojo-reveal" in str(hidden.value)
    monkeypatch.setenv("DOJO_REVEAL", "1")
    with pytest.raises(Failed) as shown:
        check_prediction(_with_prediction(prints_twice, "two\none"))
    assert "'one\\ntwo'" in str(shown.value)


def test_a_print_then_raise_puzzle_wants_its_lines_before_the_exception(monkeypatch):
    monkeypatch.delenv("DOJO_REVEAL", raising=False)
    for exception_alone in (LookupError, "LookupError"):
        with pytest.raises(Failed) as right_exception:
            check_prediction(_with_prediction(raises_late, exception_alone))
        text = str(right_exception.value)
        assert "names the right exception" in text and "LookupError on a last line" in text, text
        assert '@predict("...\\nLookupError")' in text, "the example shows the newline as it is written in source"
        assert "before" not in text.replace("prints before it raises", ""), "the printed lines stay hidden"
    with pytest.raises(Failed) as wrong_exception:
        check_prediction(_with_prediction(raises_late, KeyError))
    text = str(wrong_exception.value)
    assert "is not what Python does" in text and "right exception" not in text, "a wrong exception is just wrong"
    assert "exception's name on a last line" in text, "every mismatch states the format"
    check_prediction(_with_prediction(raises_late, "before\nLookupError"))


def test_check_answer_compares_digests():
    choices = {"a": "Right answer", "b": "Wrong answer"}
    digest = answer_digest("salt", "right   ANSWER")  # spacing and case do not matter
    check_answer(choices, "a", salt="salt", digest=digest)
    for answer, message in [(..., "Choose an answer"), ("z", "must be one of a, b"), ("b", "not the answer")]:
        with pytest.raises(Failed, match=message):
            check_answer(choices, answer, salt="salt", digest=digest)


def test_each_run_reveals_one_answer_and_a_new_run_may_reveal_again(monkeypatch):
    monkeypatch.setenv("DOJO_REVEAL", "1")
    monkeypatch.setattr(testing, "_REVEALED", [])
    with pytest.raises(Failed) as first:
        check_prediction(_with_prediction(prints_twice, "x"))
    assert "'one\\ntwo'" in str(first.value)
    with pytest.raises(Failed) as second:
        check_prediction(_with_prediction(raises_late, "x"))
    assert "shows one answer per run" in str(second.value) and "'before\\nLookupError'" not in str(second.value)
    testing.start_of_run()  # what the plugin does as each session starts
    with pytest.raises(Failed) as third:
        check_prediction(_with_prediction(raises_late, "x"))
    assert "'before\\nLookupError'" in str(third.value)
