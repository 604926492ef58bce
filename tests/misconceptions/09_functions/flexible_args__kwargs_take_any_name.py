"""Misconception: `**overrides` accepts any keyword at all.

It accepts any keyword that is not already the name of a parameter which can be passed by
keyword: base=... goes to `base` and the call fails with "multiple values for argument".

checklist: functions.parameter_order
"""

import inspect


def merge_options(base, **overrides) -> dict:
    return {**base, **overrides}


def call_with_config(function, config: dict):
    parameters = inspect.signature(function).parameters.values()
    if any(p.kind is p.VAR_KEYWORD for p in parameters):
        return function(**config)
    accepted = {p.name for p in parameters if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}
    return function(**{key: value for key, value in config.items() if key in accepted})
