"""Misconception: zip reads only the items it pairs; the next item stays in the iterator.

checklist: utility_functions.enumerate_zip
"""

# The contract test appends this to solutions/05_utility_functions/utility_predictions.py: the reference answers, with the wrong belief's instead.
zip_takes_one_more.prediction = "[(1, 'a'), (2, 'b')] [3, 4, 5]"
