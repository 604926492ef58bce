"""Misconception: name mangling rewrites only attributes written as self.__x.

The compiler rewrites every identifier of the form __x inside a class body, a plain name read
from the enclosing function included: `return __limit` looks up _Config__limit, which does not
exist, so the call raises NameError.

checklist: none
"""

# The contract test appends this to solutions/12_object_model/object_model_predictions.py: the reference answers, with the wrong belief's instead.
mangling_reaches_outer_names.prediction = "class made\n3"
