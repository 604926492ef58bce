"""Kata: EAFP or LBYL: ask forgiveness, or look before you leap.

Task: read_setting below looks before it leaps, and that is wrong twice. Between the
check and the use, another thread (or process, for files) can change what was checked;
and every successful read pays for two lookups. Rewrite it in the EAFP style: do the one
lookup, and handle the exception when it fails.

A caught exception is not free: raising costs more than an `if`. EAFP wins when failures are
rare (the usual case for settings, files, attributes); LBYL is fine when the check is cheap,
cannot go stale, and failure is common.
"""


def read_setting(settings, name: str, default=None):
    """Return settings[name], or default when settings has no such key. One lookup per call."""
    if name in settings:
        return settings[name]
    return default
