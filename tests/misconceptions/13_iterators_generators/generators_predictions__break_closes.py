"""Misconception: leaving a for loop with break closes the generator, so its finally block runs at the break.

The loop only stops asking; the generator stays suspended until it is closed or collected
(contextlib.closing makes the close explicit).

checklist: iterators_generators.lifecycle
"""

# The contract test appends this to solutions/13_iterators_generators/generators_predictions.py: the reference answers, with the wrong belief's instead.
break_leaves_it_suspended.prediction = "cleanup\nGEN_CLOSED"
