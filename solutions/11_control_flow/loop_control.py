"""Reference solution for loop_control.py."""


def parse_settings(lines) -> dict:
    settings = {}
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue  # skip the rest of this iteration; pass would do nothing and fall through
        if line == "[end]":
            break  # leave the loop: no later line is read
        key, _, value = line.partition("=")
        settings[key.strip()] = value.strip()
    return settings


def find_cell(rows, target):
    for row_number, row in enumerate(rows):
        for column, value in enumerate(row):
            if value == target:
                # break would leave only the inner loop; return leaves both, and the function.
                return row_number, column
    return None
