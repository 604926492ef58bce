"""Misconception: `except BaseException` is the cure for a bare except.

It is the same thing spelled out: it still retries after KeyboardInterrupt, SystemExit and
asyncio.CancelledError, which ask the program to stop.

checklist: none
"""


def retry(operation, attempts: int):
    for _ in range(attempts):
        try:
            return operation()
        except BaseException as error:
            last_error = error
    else:
        raise RetryError(f"gave up after {attempts} attempts") from last_error
