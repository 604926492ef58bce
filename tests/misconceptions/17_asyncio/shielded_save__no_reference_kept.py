"""Misconception: a shielded task needs no reference of your own (the loop holds tasks only weakly).

checklist: none
"""

import asyncio


async def save_then_reply(save, record, seconds: float) -> str:
    try:
        await asyncio.wait_for(asyncio.shield(save(record)), seconds)  # the inner task is nobody's
    except TimeoutError:
        return "saving in the background"
    return "saved"
