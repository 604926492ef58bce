"""Kata: fire-and-forget tasks that vanish.

Task: start_background below starts a task and forgets it. Fix it so that every
background task runs to its end, and so that no failure goes unseen.

The event loop keeps only weak references to tasks. A task that nobody references can be
garbage-collected while it waits ("Task was destroyed but it is pending!"), and an
exception that nobody retrieves is only logged when the task is destroyed ("Task
exception was never retrieved").
"""

import asyncio

RUNNING = set()  # the background tasks that have not finished yet
FAILURES = []  # the exceptions that background tasks raised, in the order they finished


def start_background(coroutine):
    """Start coroutine as a task and return the task. Must be called while the loop runs.

    - Keep a reference to the task in RUNNING until it is done, then remove it.
    - When it ends with an exception, append the exception to FAILURES.
      A task that was cancelled is not a failure.
    """
    return asyncio.create_task(coroutine)
