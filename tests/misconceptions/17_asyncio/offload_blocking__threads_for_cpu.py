"""Misconception: asyncio.to_thread is the cure for CPU-bound work in a coroutine, as it is for blocking IO.

checklist: asyncio.wrong_choice
"""


def checksum(blob: bytes) -> int:
    total = 0
    for byte in blob:
        total = (total * 31 + byte) % 1_000_000_007
    return total


async def read_all(paths, read_file):
    return list(await asyncio.gather(*(asyncio.to_thread(read_file, path) for path in paths)))


async def checksums(blobs, pool):
    # threads of the default executor: the GIL runs their Python code one at a time
    return list(await asyncio.gather(*(asyncio.to_thread(checksum, blob) for blob in blobs)))
