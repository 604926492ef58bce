"""Misconception: pass skips the rest of the loop body, like continue.

pass does nothing at all: execution goes on with the next statement.

checklist: none
"""


def parse_settings(lines) -> dict:
    settings = {}
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            pass  # believed to move on to the next line
        if line == "[end]":
            break
        key, _, value = line.partition("=")
        settings[key.strip()] = value.strip()
    return settings
