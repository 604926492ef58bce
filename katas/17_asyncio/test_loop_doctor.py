"""Tests for loop_doctor.py: coroutines that block the loop on purpose, and ones that only await.

The reports depend on time the loop measures, so each test keeps a wide margin on the side that
can be lost: a step that must be reported blocks with time.sleep for 2.5 to 5 times the
threshold (time.sleep never returns early), and a step that must not be reported does next to
nothing against a threshold of 0.2 s. Only the reports that name the tests' own coroutines and
tasks are counted, and every report is bounded by the coroutine's own short sleeps.
"""

import asyncio
import logging
import time

import pytest

from dojo.testing import assert_returns, call_kata
from loop_doctor import diagnose

QUIET = 0.2  # a threshold no step of an awaiting coroutine comes near


def about(reports, name):
    return [report for report in reports if name in report]


def diagnosed(coroutine, slow):
    reports = call_kata(diagnose, coroutine, slow, time_limit=5.0)
    assert isinstance(reports, list), f"diagnose should return a list of the reports, not {type(reports).__name__}"
    return reports


async def stalls_with_time_sleep():
    time.sleep(0.5)


async def waits_politely():
    for _ in range(5):
        await asyncio.sleep(0.1)  # 0.5 s in all, in steps that take next to nothing


async def stalls_briefly():
    time.sleep(0.05)


@pytest.mark.checklist("asyncio.debug_mode")
def test_a_coroutine_that_calls_time_sleep_is_reported_by_name():
    reports = diagnosed(stalls_with_time_sleep(), QUIET)
    assert len(about(reports, "stalls_with_time_sleep")) == 1, (
        "a coroutine whose one step blocks in time.sleep(0.5) should give exactly one report of a slow step, naming "
        f"the coroutine, with a threshold of {QUIET} s; diagnose returned {reports!r}. Is debug mode on, and are you "
        "listening to the logger the loop reports to?"
    )
    (report,) = about(reports, "stalls_with_time_sleep")
    assert_returns(type(report), str, "the type of a report")
    assert "took" in report, f"return the loop's own report (it says how long the step took), not {report!r}"


@pytest.mark.checklist("asyncio.debug_mode")
def test_a_coroutine_that_awaits_asyncio_sleep_is_not_reported():
    reports = diagnosed(waits_politely(), QUIET)
    assert_returns(reports, [], f"the reports for a coroutine that awaits asyncio.sleep five times (threshold {QUIET} s)")


@pytest.mark.checklist("asyncio.debug_mode")
def test_each_blocking_step_is_one_report_in_the_order_they_ran():
    async def main():
        async def blocks():
            time.sleep(0.25)
            await asyncio.sleep(0)

        first = asyncio.create_task(blocks(), name="first-blocker")
        second = asyncio.create_task(blocks(), name="second-blocker")
        await asyncio.gather(first, second)

    reports = diagnosed(main(), 0.1)
    named = [name for report in reports for name in ("first-blocker", "second-blocker") if name in report]
    assert named == ["first-blocker", "second-blocker"], (
        "two tasks each block once for 0.25 s, the first one first: with a threshold of 0.1 s the loop reports the "
        f"step of each, in that order; the reports naming them came in as {named!r} (all reports: {reports!r})"
    )


@pytest.mark.checklist("asyncio.debug_mode")
def test_the_threshold_is_the_one_given():
    reports = diagnosed(stalls_briefly(), 0.01)
    assert len(about(reports, "stalls_briefly")) == 1, (
        "a step that blocks for 0.05 s is slow against a threshold of 0.01 s (the loop's default, 0.1 s, would let it "
        f"pass): the loop must be given the threshold; diagnose returned {reports!r}"
    )
    reports = diagnosed(stalls_briefly(), 0.5)
    assert_returns(reports, [], "the reports for a step of 0.05 s against a threshold of 0.5 s")


@pytest.mark.checklist("asyncio.debug_mode")
def test_only_slow_steps_come_back_even_when_the_asyncio_logger_says_everything():
    logger = logging.getLogger("asyncio")
    level = logger.level
    logger.setLevel(logging.DEBUG)  # as the asyncio docs suggest while developing: debug messages are logged too
    try:
        reports = diagnosed(stalls_with_time_sleep(), QUIET)
        assert logger.level == logging.DEBUG, "diagnose changed the asyncio logger's level and did not put it back"
    finally:
        logger.setLevel(level)
    others = [report for report in reports if "stalls_with_time_sleep" not in report]
    assert_returns(others, [], "what diagnose returned besides the report of the slow step")
    assert len(reports) == 1, f"expected the one report of the slow step, got {reports!r}"


@pytest.mark.checklist("asyncio.debug_mode")
def test_reports_come_back_even_when_the_application_turned_the_asyncio_logger_down():
    logger = logging.getLogger("asyncio")
    level = logger.level
    logger.setLevel(logging.ERROR)  # common in production: asyncio's warnings silenced
    try:
        reports = diagnosed(stalls_briefly(), 0.01)
        assert logger.level == logging.ERROR, "diagnose changed the asyncio logger's level and did not put it back"
    finally:
        logger.setLevel(level)
    assert len(about(reports, "stalls_briefly")) == 1, (
        "with the asyncio logger set to ERROR, the loop's warnings about slow steps are dropped before any handler "
        f"sees them: diagnose must still get them (and put the level back); it returned {reports!r}"
    )


@pytest.mark.checklist("asyncio.debug_mode")
def test_the_coroutines_exception_comes_through_and_the_logger_is_left_as_found():
    logger = logging.getLogger("asyncio")
    handlers, level, propagate = list(logger.handlers), logger.level, logger.propagate

    async def fails():
        raise LookupError("from the coroutine")

    with pytest.raises(LookupError, match="from the coroutine"):
        diagnose(fails(), 0.01)
    assert_returns(list(logger.handlers), handlers, "the asyncio logger's handlers after diagnose raised")
    assert (logger.level, logger.propagate) == (level, propagate), "diagnose left the asyncio logger changed"
    diagnosed(stalls_briefly(), 0.5)
    assert_returns(list(logger.handlers), handlers, "the asyncio logger's handlers after diagnose returned")
