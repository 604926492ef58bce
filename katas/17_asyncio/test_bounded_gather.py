"""Tests for bounded_gather.py: never more than `limit` jobs running; a free place is taken at once.

Each job waits until the test releases it, so which jobs run at any moment is decided by
the test, never by timing. "At once" means within a few turns of the loop: the tests let
the loop turn (await asyncio.sleep(0)) and count the turns, not the seconds.
"""

import asyncio

from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from bounded_gather import gather_limited
from dojo.properties import kata_properties
from dojo.testing import assert_returns, call_kata

TURNS = 500  # far more turns of the loop than any correct answer needs to react
# Fewer examples than the default, and no explain phase: each example runs an event loop.
few_examples = settings(kata_properties, max_examples=15, phases=[Phase.explicit, Phase.generate, Phase.shrink])


def run(main):
    """Run a test scenario on a fresh event loop; call_kata bounds it, the scenario bounds its own waits."""
    return call_kata(asyncio.run, main)


class Jobs:
    """n jobs: job i notes that it runs, waits until the test releases it, returns i * 10."""

    def __init__(self, n):
        self.started, self.running, self.most = [], 0, 0
        self.release = [asyncio.Event() for _ in range(n)]
        self.jobs = [self._job(i) for i in range(n)]

    def _job(self, i):
        async def job():
            self.started.append(i)
            self.running += 1
            self.most = max(self.most, self.running)
            try:
                await self.release[i].wait()
            finally:
                self.running -= 1
            return i * 10

        return job

    def running_jobs(self):
        return [i for i in self.started if not self.release[i].is_set()]


async def until(condition, turns=TURNS):
    """Let the loop turn until condition() holds; False if it still does not after `turns` turns."""
    for _ in range(turns):
        if condition():
            return True
        await asyncio.sleep(0)
    return condition()


async def settle():
    """Let the loop turn many times, so that every job that could start has started."""
    await until(lambda: False, 50)


async def finish(task, jobs):
    """Release every job; return gather_limited's result (bounded)."""
    for event in jobs.release:
        event.set()
    return await asyncio.wait_for(task, 1.0)


def started(limit, n):
    """Start gather_limited over n jobs; once `limit` run (or it ended), return (task, jobs, how many run)."""

    async def start():
        jobs = Jobs(n)
        task = asyncio.ensure_future(gather_limited(jobs.jobs, limit))
        await until(lambda: jobs.running >= min(limit, n) or task.done())
        await settle()
        if task.done():
            task.result()  # the stub's NotImplementedError, or what the kata raised
        return task, jobs

    return start


def test_no_more_than_limit_jobs_run_at_once():
    async def main():
        task, jobs = await started(2, 5)()
        running, most = jobs.running, jobs.most
        await finish(task, jobs)
        return running, most

    running, most = run(main())
    assert most <= 2, f"{most} jobs were running at the same moment with limit 2: a place must be free before a job starts"
    assert running == 2, f"{running} jobs were running with limit 2 and 5 waiting: use every place there is"


def test_a_free_place_is_taken_at_once_no_batches():
    async def main():
        task, jobs = await started(2, 4)()
        running = jobs.running_jobs()
        assert len(running) == 2, f"jobs {running} were running with limit 2: exactly 2 should run"
        first, second = running
        jobs.release[second].set()
        took = await until(lambda: len(jobs.started) == 3)
        still_running = not jobs.release[first].is_set() and first in jobs.running_jobs()
        results = await finish(task, jobs)
        return took, still_running, results

    took, still_running, results = run(main())
    assert took and still_running, (
        "one of two running jobs finished, and no waiting job started while the other was still running: "
        "gather_limited must not wait for a whole batch. Let every job wait for a place of its own"
    )
    assert results == [0, 10, 20, 30], f"gather_limited returned {results!r}, not the results in the order of jobs"
    assert_returns(results, [0, 10, 20, 30], 'results')


def test_results_follow_the_jobs_not_the_order_they_finish():
    async def main():
        task, jobs = await started(3, 6)()
        for _ in range(6):
            assert await until(lambda: jobs.running_jobs() or task.done()), "no job was running"
            if task.done():
                break
            jobs.release[jobs.running_jobs()[-1]].set()  # the newest running job finishes first
            await settle()
        return await finish(task, jobs)

    results = run(main())
    assert results == [0, 10, 20, 30, 40, 50], (
        f"gather_limited returned {results!r}: results come in the order of the jobs, however they finish"
    )
    assert_returns(results, [0, 10, 20, 30, 40, 50], 'results')


def test_a_limit_above_the_number_of_jobs_runs_them_all():
    async def main():
        task, jobs = await started(5, 3)()
        running = jobs.running
        return running, await finish(task, jobs)

    running, results = run(main())
    assert running == 3, f"{running} of 3 jobs were running with limit 5: all of them fit"
    assert results == [0, 10, 20], f"gather_limited returned {results!r}"
    assert_returns(results, [0, 10, 20], 'results')


def test_no_jobs_give_an_empty_list():
    async def main():
        return await asyncio.wait_for(gather_limited([], 3), 1.0)

    results = run(main())
    assert results == [] and isinstance(results, list), f"gather_limited([], 3) returned {results!r}, not []"


@few_examples
@given(
    n=st.integers(0, 7),
    limit=st.integers(1, 4),
    picks=st.lists(st.integers(0, 6), min_size=7, max_size=7),
)
def test_any_release_order_keeps_every_place_busy_and_never_more(n, limit, picks):
    async def main():
        jobs = Jobs(n)
        task = asyncio.ensure_future(gather_limited(jobs.jobs, limit))
        for finished in range(n):
            wanted = min(limit, n - finished)
            busy = await until(lambda: len(jobs.running_jobs()) == wanted or task.done())
            if task.done():
                task.result()
            assert jobs.most <= limit, f"{jobs.most} jobs ran at the same moment with limit {limit}"
            assert busy, (
                f"{finished} of {n} jobs had finished, yet only {len(jobs.running_jobs())} were running "
                f"with limit {limit}: a free place must be taken by a waiting job"
            )
            running = jobs.running_jobs()
            jobs.release[running[picks[finished] % len(running)]].set()
        results = await finish(task, jobs)
        assert jobs.most <= limit, f"{jobs.most} jobs ran at the same moment with limit {limit}"
        return results

    results = run(main())
    assert results == [10 * i for i in range(n)], f"gather_limited returned {results!r} for {n} jobs"
    assert_returns(results, [10 * i for i in range(n)], 'results')
