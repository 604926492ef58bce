"""Misconception: keys() returns a copy of the keys as they were.

checklist: dictionaries.live_views
"""

# The contract test appends this to solutions/04_dictionaries/dicts_predictions.py: the reference answers, with the wrong belief's instead.
views_are_live.prediction = "1 False"
