"""Misconception: annotations are comments for type checkers; Python never evaluates them.

Before 3.14 a class body evaluates each annotation as it runs (a NameError at class creation);
from 3.14 (PEP 649/749) the evaluation is deferred to the first read of __annotations__, which
raises the NameError then. Either way the names are evaluated: `annotationlib.get_annotations`
with Format.FORWARDREF or Format.STRING is the 3.14 way to read them without failing.

checklist: none
"""

# The contract test appends this to solutions/12_object_model/object_model_predictions.py: the reference answers, with the wrong belief's instead.
annotation_of_a_class_not_yet_defined.prediction = "class made 0.0\n{'customer': 'Customer', 'total': 'float'}"
