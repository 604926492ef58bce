"""Misconception: calling a generator function runs its body up to the first yield.

checklist: iterators_generators.lifecycle
"""

# The contract test appends this to solutions/13_iterators_generators/generators_quiz.py: the reference answers, with the wrong belief's instead.
BODY_RUNS_ANSWER = "a"
