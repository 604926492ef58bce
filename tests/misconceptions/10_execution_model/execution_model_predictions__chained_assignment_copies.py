"""Misconception: `a = b = []` makes two empty lists.

checklist: execution_model.binding_vs_mutation
"""

chained_assignment_shares_one_list.prediction = "[1] [2] False"
