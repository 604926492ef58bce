"""Misconception: zip of unequal lengths pads the shorter input with None, like itertools.zip_longest.

checklist: utility_functions.enumerate_zip
"""

# The contract test appends this to solutions/05_utility_functions/toolbox_quiz.py: the reference answers, with the wrong belief's instead.
ZIP_ANSWER = "b"
