"""Kata: loops that Ctrl-C cannot stop.

Task: serve and wait_until_ready keep going when something fails, which is right for
errors and wrong for what else a bare `except:` catches. KeyboardInterrupt (Ctrl-C) and
SystemExit (sys.exit()) derive from BaseException, not from Exception: they are requests
to stop, not failures. Fix both functions so they do what their docstrings say.
"""

import sys


def serve(next_request, handle, errors: list) -> int:
    """Handle requests until next_request() returns None; return how many were handled without error.

    An error (an Exception) raised while handling a request is appended to errors as
    (request, exception), and serving goes on with the next request. Anything else raised,
    by handle or by next_request, stops serving at once and reaches the caller.
    """
    handled = 0
    request = None
    while True:
        try:
            request = next_request()
            if request is None:
                return handled
            handle(request)
            handled += 1
        except:  # noqa: E722
            errors.append((request, sys.exc_info()[1]))


def wait_until_ready(probe, attempts: int = 10) -> int:
    """Call probe() until it returns True, at most `attempts` times; return the number of calls made.

    A probe that raises OSError (connection refused, not there yet) is not ready yet: try
    again. Any other exception is a bug or a request to stop: it reaches the caller at once.
    After `attempts` calls without success, raise TimeoutError.
    """
    for attempt in range(1, attempts + 1):
        try:
            if probe():
                return attempt
        except:  # noqa: E722
            pass
    raise TimeoutError(f"not ready after {attempts} attempts")
