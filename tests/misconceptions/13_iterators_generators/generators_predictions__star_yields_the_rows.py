"""Misconception: `(*row for row in rows)` yields each row, the star being decoration (or making a list).

From 3.15 (PEP 798) the star unpacks each row into the generator's output: it yields the items,
flattened, lazily; before 3.15 the expression is a SyntaxError.

checklist: iterators_generators.iterable_vs_iterator
"""

# The contract test appends this to solutions/13_iterators_generators/generators_predictions.py: the reference answers, with the wrong belief's instead.
unpacking_in_a_generator_expression.prediction = "generator [[1, 2], [], [3]]"
