"""Misconception: a StopIteration leaking from a call ends a generator expression quietly, as it ends map.

A generator expression is a generator: PEP 479 turns the leak into RuntimeError there as in
any generator body. Only iterators written in C (map, filter) or a hand-written __next__ take
it for their own end.

checklist: iterators_generators.stopiteration
"""

# The contract test appends this to solutions/13_iterators_generators/generators_predictions.py: the reference answers, with the wrong belief's instead.
leaked_stop_in_map_or_a_generator_expression.prediction = "[1]\n[1]"
