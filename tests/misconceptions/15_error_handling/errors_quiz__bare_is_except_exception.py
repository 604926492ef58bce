"""Misconception: a bare except means the same as `except Exception:`.

checklist: error_handling.bare_except
"""

# The contract test appends this to solutions/15_error_handling/errors_quiz.py: the reference answers, with the wrong belief's instead.
BARE_EXCEPT_ANSWER = "b"
