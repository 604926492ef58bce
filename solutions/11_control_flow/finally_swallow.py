"""Reference solution for finally_swallow.py."""


def save_report(write, report, audit) -> bool:
    try:
        write(report)
    finally:
        audit("save attempted")  # cleanup only: no return here, so a pending exception goes on
    return True  # reached only when write() did not raise


def close_all(resources) -> int:
    closed = 0
    first_error = None
    for resource in resources:
        try:
            resource.close()
        except Exception as error:  # remember it and keep going; re-raised below
            if first_error is None:
                first_error = error
        else:
            closed += 1
    if first_error is not None:
        raise first_error
    return closed
