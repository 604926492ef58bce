"""Kata: find what blocks the event loop, with asyncio's debug mode.

Reference solution: an asyncio.Runner in debug mode whose loop gets the threshold, and a
logging.Handler on the `asyncio` logger for the run, keeping the slow-step reports (their
format starts "Executing"). The handler goes away and the logger's level comes back however
the run ends.
"""

import asyncio
import logging


class _Kept(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.reports: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("Executing "):
            self.reports.append(message)


def diagnose(coroutine, slow: float) -> list[str]:
    """Run `coroutine` to its end on a new event loop in debug mode, and return the loop's reports of slow steps."""
    logger = logging.getLogger("asyncio")
    kept, level = _Kept(), logger.level
    logger.addHandler(kept)
    if not logger.isEnabledFor(logging.WARNING):
        logger.setLevel(logging.WARNING)
    try:
        with asyncio.Runner(debug=True) as runner:
            runner.get_loop().slow_callback_duration = slow
            runner.run(coroutine)
    finally:
        logger.removeHandler(kept)
        logger.setLevel(level)
    return kept.reports
