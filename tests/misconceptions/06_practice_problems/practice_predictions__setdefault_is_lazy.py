"""Misconception: dict.setdefault(key, make()) calls make() only when the key is missing.

Arguments are evaluated before any call: make() runs every time; defaultdict calls its factory lazily.

checklist: practice_problems.grouping
"""

# The contract test appends this to solutions/06_practice_problems/practice_predictions.py: the reference answers, with the wrong belief's instead.
setdefault_builds_every_time.prediction = "2 2"
