"""Kata: a retry loop, with for-else and without a bare except.

Task: retry below looks finished and is wrong in three ways. Fix it so it does what its
docstring says.

Retrying is where for-else earns its place, and where a bare `except:` does the most damage:
some exceptions are not failures of the operation but a request to stop.
"""


class RetryError(Exception):
    """Every attempt failed; __cause__ holds the last failure."""


def retry(operation, attempts: int):
    """Call operation() until one call returns, at most `attempts` times (at least 1); return what it returned.

    - Stop calling operation as soon as one call returns.
    - Retry only after an exception of the Exception family. Anything else that is raised
      (KeyboardInterrupt, SystemExit, asyncio.CancelledError: they derive from BaseException
      only) means "stop now": it reaches the caller at once, with no further attempt.
    - When every attempt failed, raise RetryError with the last failure as its __cause__.
    """
    for _ in range(attempts):
        try:
            result = operation()
        except:
            continue
    else:
        raise RetryError(f"gave up after {attempts} attempts")
    return result
