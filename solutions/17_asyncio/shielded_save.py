"""Reference solution: a task held in SAVING, shielded from the caller's timeout and cancellation."""

import asyncio

SAVING: set = set()  # the saves that are still running


async def save_then_reply(save, record, seconds: float) -> str:
    """Start `await save(record)` and wait for it at most `seconds`."""
    task = asyncio.ensure_future(save(record))
    SAVING.add(task)  # a strong reference: the loop holds tasks only weakly
    task.add_done_callback(SAVING.discard)
    limit = asyncio.timeout(seconds)
    try:
        async with limit:
            await asyncio.shield(task)  # cancelling this await leaves the task running
    except TimeoutError:
        if not limit.expired():
            raise  # a TimeoutError of the save's own
        return "saving in the background"
    return "saved"
