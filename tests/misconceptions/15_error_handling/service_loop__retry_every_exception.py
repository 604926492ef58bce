"""Misconception: `except Exception` is always the right replacement for a bare except (in a retry loop it retries bugs too).

checklist: error_handling.bare_except
"""


def serve(next_request, handle, errors: list) -> int:
    handled = 0
    while True:
        request = next_request()
        if request is None:
            return handled
        try:
            handle(request)
            handled += 1
        except Exception as error:
            errors.append((request, error))


def wait_until_ready(probe, attempts: int = 10) -> int:
    for attempt in range(1, attempts + 1):
        try:
            if probe():
                return attempt
        except Exception:
            continue
    raise TimeoutError(f"not ready after {attempts} attempts")
