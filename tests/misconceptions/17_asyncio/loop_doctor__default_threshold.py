"""Misconception: debug mode alone reports what is slow enough to matter (its 0.1 s default needs no changing).

The caller's threshold is ignored: a step of 0.05 s, too slow for a service that answers in
10 ms, is never reported.

checklist: asyncio.debug_mode
"""

import asyncio
import logging


def diagnose(coroutine, slow: float) -> list[str]:
    logger = logging.getLogger("asyncio")
    kept = _Kept()
    logger.addHandler(kept)
    try:
        asyncio.run(coroutine, debug=True)
    finally:
        logger.removeHandler(kept)
    return kept.reports
