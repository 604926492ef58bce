"""Misconception: `except BaseException:` is the explicit, and therefore safe, way to catch everything (it is the bare except, spelled out).

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
        except BaseException as error:
            errors.append((request, error))


def wait_until_ready(probe, attempts: int = 10) -> int:
    for attempt in range(1, attempts + 1):
        try:
            if probe():
                return attempt
        except BaseException:
            continue
    raise TimeoutError(f"not ready after {attempts} attempts")
