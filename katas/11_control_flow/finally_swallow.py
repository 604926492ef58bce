"""Kata: return, break and continue inside finally.

Task: save_report and close_all below hide failures from their callers. Fix both so every
failure reaches the caller, and keep the work each of them does whatever happens.

Version note: Python 3.14 warns about this code when it compiles it (PEP 765: a
SyntaxWarning such as "'return' in a 'finally' block"). Python 3.11 to 3.13 accept it
without a word, which is why it survives code review.
"""


def save_report(write, report, audit) -> bool:
    """Write the report with write(report) and return True.

    audit("save attempted") must be called once whatever happens, and any exception raised
    by write() must reach the caller unchanged.
    """
    try:
        write(report)
    finally:
        audit("save attempted")
        return True


def close_all(resources) -> int:
    """Call .close() on every resource, in order, even when some of them fail.

    When every close() succeeded, return how many resources were closed. When any close()
    raised, raise the first of those exceptions, after every resource has had its close() called.
    """
    closed = 0
    for resource in resources:
        try:
            resource.close()
            closed += 1
        finally:
            continue
    return closed
