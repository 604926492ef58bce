"""Alternative: iter(next_request, None) drives the loop, and contextlib.suppress(OSError) retries the probe.

The same handlers as the reference, in other shapes: a two-argument iter() stops at the
sentinel None, and a `with suppress(OSError)` block skips to the next attempt.
"""

import contextlib


def serve(next_request, handle, errors: list) -> int:
    handled = 0
    for request in iter(next_request, None):
        try:
            handle(request)
        except Exception as error:  # noqa: BLE001
            errors.append((request, error))
            continue
        handled += 1
    return handled


def wait_until_ready(probe, attempts: int = 10) -> int:
    for attempt in range(1, attempts + 1):
        with contextlib.suppress(OSError):
            if probe():
                return attempt
    raise TimeoutError(f"not ready after {attempts} attempts")
