"""Misconception: __getattribute__ and __getattr__ are two names for the hook on missing attributes.

__getattribute__ runs for every attribute read, found or not; __getattr__ runs only when
the normal lookup (object.__getattribute__) raised AttributeError.

checklist: none
"""

# The contract test appends this to solutions/12_object_model/object_model_predictions.py: the reference answers, with the wrong belief's instead.
getattribute_before_getattr.prediction = "red\ngetattribute size\ngetattr size\ndefault"
