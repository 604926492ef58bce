"""Reference solution: catch Exception where errors are expected, and only OSError where only it means "not yet"."""


def serve(next_request, handle, errors: list) -> int:
    """Handle requests until next_request() returns None; return how many were handled without error."""
    handled = 0
    while True:
        request = next_request()  # whatever it raises reaches the caller
        if request is None:
            return handled
        try:
            handle(request)
        except Exception as error:  # an error: record it and go on; KeyboardInterrupt and SystemExit pass
            errors.append((request, error))
        else:
            handled += 1


def wait_until_ready(probe, attempts: int = 10) -> int:
    """Call probe() until it returns True, at most `attempts` times; return the number of calls made."""
    for attempt in range(1, attempts + 1):
        try:
            ready = probe()
        except OSError:  # not ready yet; everything else is not ours to swallow
            continue
        if ready:
            return attempt
    raise TimeoutError(f"not ready after {attempts} attempts")
