"""Misconception: a blocking call inside `async def` cannot block, because the function is async.

checklist: asyncio.never_block
"""


def checksum(blob: bytes) -> int:
    total = 0
    for byte in blob:
        total = (total * 31 + byte) % 1_000_000_007
    return total


async def read_one(read_file, path):
    return read_file(path)  # runs on the loop's thread: nothing else runs until it returns


async def read_all(paths, read_file):
    return list(await asyncio.gather(*(read_one(read_file, path) for path in paths)))


async def checksums(blobs, pool):
    loop = asyncio.get_running_loop()
    return list(await asyncio.gather(*(loop.run_in_executor(pool, checksum, blob) for blob in blobs)))
