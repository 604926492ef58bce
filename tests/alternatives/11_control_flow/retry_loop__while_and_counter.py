"""Alternative: a while loop that counts attempts, with the last failure kept outside the except block.

No loop else: the loop returns on success, and the raise after it runs only when every attempt
failed. `except Exception` lets KeyboardInterrupt, SystemExit and cancellation through.
"""


def retry(operation, attempts: int):
    failures = []
    while len(failures) < attempts:
        try:
            return operation()
        except Exception as error:  # noqa: BLE001 - the kata collects every ordinary failure
            failures.append(error)
    raise RetryError(f"gave up after {attempts} attempts") from (failures[-1] if failures else None)  # noqa: F821
