"""Kata: blocking and CPU-bound work, kept off the event loop.

Task: implement read_all and checksums.

A coroutine may only call functions that return at once. A blocking library call (a
file read, requests.get) belongs in a thread: `await asyncio.to_thread(f, *args)`. CPU-bound
work gains nothing from threads (the GIL lets one run Python code at a time) and nothing
from asyncio (one thread): it belongs in a process pool, awaited through
`loop.run_in_executor(pool, f, *args)`, or outside asyncio altogether.
"""


def checksum(blob: bytes) -> int:
    """CPU-bound work (given, do not change): a slow, pure-Python checksum of blob."""
    total = 0
    for byte in blob:
        total = (total * 31 + byte) % 1_000_000_007
    return total


async def read_all(paths, read_file):
    """read_file(path) blocks until it returns the contents. Read every path, all at the same time,
    without blocking the event loop; return a list of the contents in the order of paths.
    """
    raise NotImplementedError("read_all: run each blocking read_file(path) in a thread, all at once, results in order")


async def checksums(blobs, pool):
    """Compute checksum(blob) for every blob in `pool`, a concurrent.futures executor (a ProcessPoolExecutor
    in production), all submitted at once and never on the loop's own thread; return a list of the results in order.
    """
    raise NotImplementedError("checksums: run checksum(blob) in the given pool for every blob, results in order")
