"""Misconception: a dict lookup is O(1) whatever the keys' hashes, because the hash finds the slot.

checklist: dictionaries.lookup_cost
"""

# The contract test appends this to solutions/04_dictionaries/dicts_predictions.py: the reference answers, with the wrong belief's instead.
keys_that_share_one_hash.prediction = "Key False\nClash False"
