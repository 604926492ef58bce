"""Reference solution: one lookup; a KeyError means "no such key"."""


def read_setting(settings, name: str, default=None):
    """Return settings[name], or default when settings has no such key. One lookup per call."""
    try:
        return settings[name]
    except KeyError:
        return default
