"""Misconception: zip never complains about lengths, strict=True or not.

checklist: utility_functions.enumerate_zip
"""

# The contract test appends this to solutions/05_utility_functions/utility_predictions.py: the reference answers, with the wrong belief's instead.
zip_strict.prediction = "[(1, 'a'), (2, 'b')]"
