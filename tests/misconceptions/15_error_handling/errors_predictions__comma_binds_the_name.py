"""Misconception: `except ValueError, error:` binds the exception to `error`, as it did in Python 2 (on 3.11-3.13 it does not compile; on 3.14+ it is the tuple `(ValueError, error)`).

checklist: none
"""

# The contract test appends this to solutions/15_error_handling/errors_predictions.py: the reference answers, with the wrong belief's instead.
python2_handler_on_python3.prediction = "caught invalid literal for int() with base 10: 'x'"
