"""Misconception: setting the loop's slow_callback_duration is enough to have slow steps reported.

The loop times its steps only in debug mode; without it, the threshold is never looked at and
nothing is reported, however long a step blocks.

checklist: asyncio.debug_mode
"""

import asyncio
import logging


def diagnose(coroutine, slow: float) -> list[str]:
    logger = logging.getLogger("asyncio")
    kept = _Kept()
    logger.addHandler(kept)
    try:
        with asyncio.Runner() as runner:
            runner.get_loop().slow_callback_duration = slow
            runner.run(coroutine)
    finally:
        logger.removeHandler(kept)
    return kept.reports
