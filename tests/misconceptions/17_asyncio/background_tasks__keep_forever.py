"""Misconception: keeping every task in a collection forever is how you keep tasks alive.

checklist: none
"""


def start_background(coroutine):
    task = asyncio.create_task(coroutine)
    RUNNING.add(task)  # never removed: finished tasks, and their results, pile up
    return task
