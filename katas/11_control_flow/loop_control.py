"""Kata: pass, continue and break.

Task: parse_settings and find_cell below each use the wrong loop statement. Fix them so they
do what their docstrings say.

Three statements, three different jobs. For each one, say what runs next: the rest of this
iteration, the next iteration, or the code after the loop? And which loop, when loops nest?
"""


def parse_settings(lines) -> dict:
    """Parse "key = value" lines into {key: value}, both stripped of surrounding spaces.

    Blank lines and lines starting with "#" are ignored. A line "[end]" ends the settings:
    it and every line after it are ignored.
    """
    settings = {}
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            pass
        if line == "[end]":
            continue
        key, _, value = line.partition("=")
        settings[key.strip()] = value.strip()
    return settings


def find_cell(rows, target):
    """Return (row, column) of the first cell equal to target, scanning rows top to bottom
    and each row left to right; None if no cell is.

    rows can be a one-shot stream of rows: read no row after the one holding the match.
    """
    found = None
    for row_number, row in enumerate(rows):
        for column, value in enumerate(row):
            if value == target:
                found = (row_number, column)
                break
    return found
