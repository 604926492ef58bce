"""Misconception: a server should catch Ctrl-C and return normally (the caller never learns it was interrupted).

checklist: error_handling.bare_except
"""


def serve(next_request, handle, errors: list) -> int:
    handled = 0
    try:
        while True:
            request = next_request()
            if request is None:
                return handled
            try:
                handle(request)
                handled += 1
            except Exception as error:
                errors.append((request, error))
    except (KeyboardInterrupt, SystemExit):
        return handled


def wait_until_ready(probe, attempts: int = 10) -> int:
    for attempt in range(1, attempts + 1):
        try:
            if probe():
                return attempt
        except OSError:
            continue
        except KeyboardInterrupt:
            break
    raise TimeoutError(f"not ready after {attempts} attempts")
