"""Misconception: a retry loop with a bare except and no limit is robust (it swallows Ctrl-C and would spin forever; the tests' scripts end, so it fails instead).

checklist: error_handling.bare_except
"""

import sys


def serve(next_request, handle, errors: list) -> int:
    handled = 0
    while True:
        try:
            request = next_request()
        except:  # noqa: E722
            continue
        if request is None:
            return handled
        try:
            handle(request)
            handled += 1
        except:  # noqa: E722
            errors.append((request, sys.exc_info()[1]))


def wait_until_ready(probe, attempts: int = 10) -> int:
    attempt = 0
    while True:
        attempt += 1
        try:
            if probe():
                return attempt
        except:  # noqa: E722
            pass
