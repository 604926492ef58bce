"""Reference solution for retry_loop.py."""


class RetryError(Exception):
    """Every attempt failed; __cause__ holds the last failure."""


def retry(operation, attempts: int):
    for _ in range(attempts):
        try:
            return operation()  # success leaves the loop, so the else below is skipped
        except Exception as error:  # not bare: KeyboardInterrupt, SystemExit and cancellation pass through
            last_error = error  # `error` itself is deleted when the except block ends
    else:
        # Reached only when the loop ran out of attempts, every one of them failed.
        raise RetryError(f"gave up after {attempts} attempts") from last_error
