"""Reference solution for background_tasks.py."""

import asyncio

RUNNING = set()  # the background tasks that have not finished yet
FAILURES = []  # the exceptions that background tasks raised, in the order they finished


def _finished(task):
    RUNNING.discard(task)
    if not task.cancelled() and task.exception() is not None:
        FAILURES.append(task.exception())


def start_background(coroutine):
    """Start coroutine as a task and return the task; keep it in RUNNING until it is done."""
    task = asyncio.create_task(coroutine)
    RUNNING.add(task)
    task.add_done_callback(_finished)
    return task
