"""Misconception: `b += [2]` is `b = b + [2]`, so a list bound to another name is left alone.

checklist: execution_model.binding_vs_mutation
"""

# The contract test appends this to solutions/10_execution_model/execution_model_predictions.py: the reference answers, with the wrong belief's instead.
plus_equals_list_and_tuple.prediction = "[1] (1,)"
