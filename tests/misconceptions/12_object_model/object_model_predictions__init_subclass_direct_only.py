"""Misconception: __init_subclass__ runs only for direct subclasses of the class that defines it.

It is looked up on the new class's bases like any class method, so every subclass at any depth
(PrettyJson, a subclass of Json) is reported to Plugin.__init_subclass__.

checklist: none
"""

# The contract test appends this to solutions/12_object_model/object_model_predictions.py: the reference answers, with the wrong belief's instead.
init_subclass_registry.prediction = "['Csv', 'Json']"
