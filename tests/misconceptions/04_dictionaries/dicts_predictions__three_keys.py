"""Misconception: 1, 1.0 and True are three dict keys, because their types differ.

checklist: dictionaries.equal_keys
"""

# The contract test appends this to solutions/04_dictionaries/dicts_predictions.py: the reference answers, with the wrong belief's instead.
equal_keys.prediction = "{1: 'one', 1.0: 'float', True: 'bool'}"
