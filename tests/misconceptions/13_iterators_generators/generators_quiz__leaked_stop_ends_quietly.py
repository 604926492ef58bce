"""Misconception: a StopIteration escaping inside a generator body just ends the generator (the pre-3.7 rule).

checklist: iterators_generators.stopiteration
"""

# The contract test appends this to solutions/13_iterators_generators/generators_quiz.py: the reference answers, with the wrong belief's instead.
LEAKED_STOP_ANSWER = "a"
