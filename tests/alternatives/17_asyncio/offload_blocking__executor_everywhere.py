"""Alternative: run_in_executor(None, ...) (the loop's default thread pool) for the reads, and tasks awaited in order.

to_thread is a thin wrapper over the default executor; the checksums still go to the pool given.
"""

import asyncio


async def read_all(paths, read_file):
    loop = asyncio.get_running_loop()
    futures = [loop.run_in_executor(None, read_file, path) for path in paths]
    return [await future for future in futures]


async def checksums(blobs, pool):
    loop = asyncio.get_running_loop()
    futures = [loop.run_in_executor(pool, checksum, blob) for blob in blobs]  # noqa: F821
    return [await future for future in futures]
