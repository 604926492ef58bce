"""Misconception: when `t[0] += [2]` raises TypeError, the list inside the tuple is unchanged.

checklist: execution_model.binding_vs_mutation
"""

plus_equals_on_a_tuple_item.prediction = "TypeError\n([1],)"
