"""Alternative: a loop made by hand (new_event_loop, set_debug, run_until_complete) and a logging.Filter on the logger.

The filter sees every record the `asyncio` logger is asked to log, keeps the slow-step reports
(and lets everything through as before); the level is lowered to WARNING if it was higher;
the filter goes, the level comes back and the loop is closed in a finally.
"""

import asyncio
import logging


def diagnose(coroutine, slow: float) -> list[str]:
    logger = logging.getLogger("asyncio")
    reports: list[str] = []

    def keep(record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING and str(record.msg).startswith("Executing "):
            reports.append(record.getMessage())
        return True

    loop, level = asyncio.new_event_loop(), logger.level
    logger.addFilter(keep)
    logger.setLevel(min(logger.getEffectiveLevel(), logging.WARNING))  # a filter sees only what the level lets by
    try:
        loop.set_debug(True)
        loop.slow_callback_duration = slow
        loop.run_until_complete(coroutine)
    finally:
        logger.removeFilter(keep)
        logger.setLevel(level)
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
    return reports
