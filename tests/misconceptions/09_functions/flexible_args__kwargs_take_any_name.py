"""Misconception: `**overrides` accepts any keyword at all.

It accepts any keyword that is not already the name of a parameter which can be passed by
keyword: base=... goes to `base` and the call fails with "multiple values for argument".

checklist: functions.parameter_order
"""


def merge_options(base, **overrides) -> dict:
    return {**base, **overrides}
