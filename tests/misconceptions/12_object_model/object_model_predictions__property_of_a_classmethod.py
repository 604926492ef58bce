"""Misconception: a classmethod object is a function that takes the class, so property can call it.

classmethod(f) makes a descriptor: reading it through the class or an instance calls its
__get__, which returns f bound to the class. property calls its getter directly with the
instance, and a classmethod object is not callable: TypeError.

checklist: object_model.methods
"""

# The contract test appends this to solutions/12_object_model/object_model_predictions.py: the reference answers, with the wrong belief's instead.
classmethod_without_the_decorator.prediction = "Dog Puppy\nPuppy"
