"""Reference solution for offload_blocking.py."""

import asyncio


def checksum(blob: bytes) -> int:
    """CPU-bound work (given, do not change): a slow, pure-Python checksum of blob."""
    total = 0
    for byte in blob:
        total = (total * 31 + byte) % 1_000_000_007
    return total


async def read_all(paths, read_file):
    """Read every path in a thread of its own, all at once; return the contents in the order of paths."""
    return list(await asyncio.gather(*(asyncio.to_thread(read_file, path) for path in paths)))


async def checksums(blobs, pool):
    """Compute checksum(blob) for every blob in the given pool, all submitted at once; results in order."""
    loop = asyncio.get_running_loop()
    return list(await asyncio.gather(*(loop.run_in_executor(pool, checksum, blob) for blob in blobs)))
