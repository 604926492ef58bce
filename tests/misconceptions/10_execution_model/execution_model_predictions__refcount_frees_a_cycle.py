"""Misconception: an object that refers to itself is freed as soon as its last name is deleted.

checklist: execution_model.binding_vs_mutation
"""

a_cycle_waits_for_the_collector.prediction = "freed\nafter del\nafter collect"
