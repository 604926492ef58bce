"""Misconception: when equal keys are written, the last key object replaces the first.

checklist: dictionaries.equal_keys
"""

# The contract test appends this to solutions/04_dictionaries/dicts_predictions.py: the reference answers, with the wrong belief's instead.
equal_keys.prediction = "{True: 'bool'}"
