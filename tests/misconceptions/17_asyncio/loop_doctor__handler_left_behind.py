"""Misconception: a handler added for one run can stay; it is removed after the run, and a failing run needs no cleanup.

When the coroutine raises, the handler stays on the `asyncio` logger for good, keeping (and
growing) every later report of every later loop in the process.

checklist: asyncio.debug_mode
"""

import asyncio
import logging


def diagnose(coroutine, slow: float) -> list[str]:
    logger = logging.getLogger("asyncio")
    kept = _Kept()
    logger.addHandler(kept)
    with asyncio.Runner(debug=True) as runner:
        runner.get_loop().slow_callback_duration = slow
        runner.run(coroutine)
    logger.removeHandler(kept)
    return kept.reports
