"""Kata: find what blocks the event loop, with asyncio's debug mode.

Task: implement diagnose.

A coroutine that calls something blocking (time.sleep, requests.get, a CPU-heavy loop) holds
the loop's only thread: every other task and callback waits. Nothing fails, everything is just
late, and a profiler shows the time spent but not which step of which task stalled the loop.

asyncio's debug mode watches for this: while it is on, the loop times each step it runs (a
callback, or a task's run from one await to the next) and reports, through the `asyncio`
logger, every step that took longer than the loop's slow_callback_duration (0.1 s unless you
set it). Debug mode can be turned on with asyncio.run(..., debug=True), loop.set_debug(True),
the PYTHONASYNCIODEBUG=1 environment variable or the development mode (-X dev).
"""


def diagnose(coroutine, slow: float) -> list[str]:
    """Run `coroutine` to its end on a new event loop in debug mode, and return the loop's reports of slow steps.

    A step is slow when it ran longer than `slow` seconds. Return the messages the `asyncio`
    logger logged for them (each one names the task or callback and how long it took), in the
    order they were logged, and nothing else it logged. If the coroutine raises, raise its
    exception. Get the reports even if the application turned the `asyncio` logger down (to
    errors only, say), and leave that logger as you found it.
    """
    raise NotImplementedError("diagnose: run the coroutine in debug mode and return the reports of its slow steps")
