"""Misconception: a while loop's else runs only when the condition was false from the start.

So the ValueError for "no attempts" goes in the else, and the TimeoutError after the loop. But
the else runs whenever the condition turns false without break: failed attempts raise ValueError.

checklist: control_flow.for_else
"""


def wait_until_ready(is_ready, attempts: int) -> int:
    calls = 0
    while calls < attempts:
        calls += 1
        if is_ready():
            return calls
    else:
        raise ValueError("nothing to try")  # believed to run only when attempts < 1
    raise TimeoutError(f"not ready after {attempts} attempts")
