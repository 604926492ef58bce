"""Tests for offload_blocking.py: blocking calls run in threads, CPU-bound work in the pool it is given.

What the loop sees decides, never a stopwatch: a blocking read checks which thread it runs
on and asks the loop to run a callback while it blocks (a loop that is held cannot); reads
and jobs wait at a barrier until all of them are in progress, so work done one item at a
time is seen as such. Every wait has a bound (WAIT), so a wrong answer fails, never hangs.
"""

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from dojo.testing import assert_returns, call_kata
from offload_blocking import checksums, read_all

WAIT = 1.0  # seconds a blocking read or a pooled job waits for the others before it gives up


def run(main):
    """Run a test scenario on a fresh event loop; call_kata bounds it, the scenario bounds its own waits."""
    return call_kata(asyncio.run, main, time_limit=5.0)


class Refused(Exception):
    """Raised by the test's blocking functions when they are called the wrong way."""


class Disk:
    """read_file(path) blocks its caller, like a slow disk, until every expected read is in progress."""

    def __init__(self, expected):
        self.loop = asyncio.get_running_loop()
        self.loop_thread = threading.get_ident()
        self.all_reading = threading.Barrier(max(expected, 1), timeout=WAIT)
        self.calls = []

    def read_file(self, path):
        self.calls.append(path)
        if threading.get_ident() == self.loop_thread:
            raise Refused(
                f"read_file({path!r}) ran on the event loop's own thread: while it blocks, no other task can run. "
                "Run it in a worker thread"
            )
        answered = threading.Event()
        self.loop.call_soon_threadsafe(answered.set)
        if not answered.wait(WAIT):
            raise Refused(f"while read_file({path!r}) blocked its thread, the event loop ran no callback for {WAIT} s")
        try:
            self.all_reading.wait()
        except threading.BrokenBarrierError:
            raise Refused(
                f"read_file({path!r}) waited {WAIT} s for the other reads to start: read_all reads one path "
                "after another. Start every read before awaiting any of them"
            ) from None
        return f"contents of {path}"


async def read_with_disk(paths):
    disk = Disk(len(paths))
    try:
        return await asyncio.wait_for(read_all(paths, disk.read_file), 3 * WAIT), disk.calls
    except Refused as refusal:
        raise AssertionError(str(refusal)) from None


@pytest.mark.checklist("asyncio.never_block")
def test_reads_run_in_worker_threads():
    contents, calls = run(read_with_disk(["a.txt"]))
    assert contents == ["contents of a.txt"], f"read_all returned {contents!r}"
    assert calls == ["a.txt"], f"read_file was called for {calls}, once for a.txt was expected"


@pytest.mark.checklist("asyncio.never_block")
def test_all_reads_are_in_progress_at_once_and_keep_their_order():
    contents, calls = run(read_with_disk(["b.txt", "a.txt", "c.txt"]))
    assert sorted(calls) == ["a.txt", "b.txt", "c.txt"], f"read_file was called for {calls}"
    assert contents == ["contents of b.txt", "contents of a.txt", "contents of c.txt"], (
        f"read_all returned {contents!r}: contents come in the order of paths"
    )


def test_no_paths_no_reads():
    contents, calls = run(read_with_disk([]))
    assert contents == [] and isinstance(contents, list), f"read_all([]) returned {contents!r}, not []"
    assert calls == [], "no path, no read"


def reference_checksum(blob):
    total = 0
    for byte in blob:
        total = (total * 31 + byte) % 1_000_000_007
    return total


class WatchedPool(ThreadPoolExecutor):
    """Stands in for a process pool: records what is submitted; each job waits until all expected are in."""

    def __init__(self, expected):
        super().__init__(max_workers=max(expected, 1))
        self.submitted = []
        self.all_in = threading.Barrier(max(expected, 1), timeout=WAIT)

    def submit(self, fn, /, *args, **kwargs):
        self.submitted.append(args)
        return super().submit(self._when_all_are_in, fn, *args, **kwargs)

    def _when_all_are_in(self, fn, *args, **kwargs):
        try:
            self.all_in.wait()
        except threading.BrokenBarrierError:
            raise Refused(
                f"a job waited {WAIT} s in the pool for the others: checksums sends one blob and waits for "
                "its result before it sends the next. Submit every blob before awaiting any result"
            ) from None
        return fn(*args, **kwargs)


def checksums_in_pool(blobs):
    async def main():
        with WatchedPool(len(blobs)) as pool:
            try:
                result = await asyncio.wait_for(checksums(blobs, pool), 3 * WAIT)
            except Refused as refusal:
                raise AssertionError(str(refusal)) from None
            return result, pool.submitted

    return run(main())


BLOBS = [b"asyncio", b"", bytes(range(256)) * 4]


@pytest.mark.checklist("asyncio.wrong_choice")
def test_every_checksum_runs_in_the_pool_it_was_given():
    results, submitted = checksums_in_pool(BLOBS)
    assert len(submitted) == len(BLOBS), (
        f"{len(submitted)} of {len(BLOBS)} checksums went to the pool. CPU-bound work on the loop freezes it, "
        "and threads (asyncio.to_thread, the loop's default executor) run Python code one at a time under the GIL: "
        "send it to the pool you were given, with loop.run_in_executor(pool, ...)"
    )
    assert results == [reference_checksum(blob) for blob in BLOBS], "checksums returned wrong results"
    assert_returns(results, [reference_checksum(blob) for blob in BLOBS], 'results')


@pytest.mark.checklist("asyncio.wrong_choice")
def test_all_checksums_are_in_the_pool_at_once_and_keep_their_order():
    blobs = [b"zz", b"a", b"mmm", b"b"]
    results, submitted = checksums_in_pool(blobs)
    assert len(submitted) == len(blobs), f"{len(submitted)} of {len(blobs)} checksums went to the pool"
    assert results == [reference_checksum(blob) for blob in blobs], (
        "checksums must return the results in the order of blobs"
    )
    assert_returns(results, [reference_checksum(blob) for blob in blobs], 'results')


def test_no_blobs_no_work():
    results, submitted = checksums_in_pool([])
    assert results == [] and isinstance(results, list), f"checksums([]) returned {results!r}, not []"
    assert submitted == [], "no blob, nothing to submit"
