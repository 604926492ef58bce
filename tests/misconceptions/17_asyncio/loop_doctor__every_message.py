"""Misconception: in debug mode everything the asyncio logger says is a report of a slow step.

With the logger at DEBUG, as the docs suggest while developing, it also says which selector the
loop uses and how long its polls took; those come back as if they were slow steps.

checklist: asyncio.debug_mode
"""

import asyncio
import logging


class _Everything(logging.Handler):
    def __init__(self):
        super().__init__()
        self.reports: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.reports.append(record.getMessage())


def diagnose(coroutine, slow: float) -> list[str]:
    logger = logging.getLogger("asyncio")
    kept = _Everything()
    logger.addHandler(kept)
    try:
        with asyncio.Runner(debug=True) as runner:
            runner.get_loop().slow_callback_duration = slow
            runner.run(coroutine)
    finally:
        logger.removeHandler(kept)
    return kept.reports
