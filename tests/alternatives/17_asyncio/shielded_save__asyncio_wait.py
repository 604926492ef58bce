"""Alternative: asyncio.wait with a timeout, which never cancels what it waits for; no shield needed.

A cancellation of the caller interrupts only the wait; the save's task, held in SAVING, runs on.
"""

import asyncio


async def save_then_reply(save, record, seconds: float) -> str:
    task = asyncio.create_task(save(record))
    SAVING.add(task)  # noqa: F821
    task.add_done_callback(SAVING.discard)  # noqa: F821
    done, _ = await asyncio.wait({task}, timeout=seconds)
    if task in done:
        task.result()  # the save's own exception, if it raised one
        return "saved"
    return "saving in the background"
