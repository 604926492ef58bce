"""Misconception: setdefault evaluates its default only for a missing key.

checklist: dictionaries.helpers
"""

# The contract test appends this to solutions/04_dictionaries/dicts_predictions.py: the reference answers, with the wrong belief's instead.
setdefault_default_runs_every_time.prediction = "2 {'a': ['ant', 'ape'], 'b': ['bee']}"
