"""Misconception: a try/finally inside a loop keeps the loop going after a failure.

finally runs, and then the exception goes on: it leaves the loop, and the remaining
resources are never closed. Carrying on needs an except clause.

checklist: none
"""


def close_all(resources) -> int:
    closed = 0
    for resource in resources:
        try:
            resource.close()
        finally:
            closed += 1  # believed: after finally, the loop moves on to the next resource
    return closed
