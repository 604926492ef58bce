"""Misconception: deleting keys shrinks a dict, so its size drops back with its length.

checklist: dictionaries.table_size
"""

# The contract test appends this to solutions/04_dictionaries/dicts_predictions.py: the reference answers, with the wrong belief's instead.
deleting_keys_keeps_the_table.prediction = "1 False True"
