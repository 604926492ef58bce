"""Misconception: `del a` destroys the object a names, even while another name still refers to it.

checklist: execution_model.binding_vs_mutation
"""

del_removes_a_name.prediction = "freed\nafter del a\nafter del b"
