"""Misconception: task.exception() is safe to call on any finished task, cancelled ones included.

checklist: none
"""


def _finished(task):
    RUNNING.discard(task)
    if task.exception() is not None:  # raises CancelledError for a cancelled task
        FAILURES.append(task.exception())


def start_background(coroutine):
    task = asyncio.create_task(coroutine)
    RUNNING.add(task)
    task.add_done_callback(_finished)
    return task
