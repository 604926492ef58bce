"""Misconception: deleting a key searches the dict for it, comparing it with the keys stored before it.

checklist: dictionaries.lookup_cost
"""

# The contract test appends this to solutions/04_dictionaries/dicts_predictions.py: the reference answers, with the wrong belief's instead.
deleting_one_key_of_ten_thousand.prediction = "1 5001 9999"
