"""Misconception: the class of type must be something above it, object.

Every class is an instance of its metaclass, and type's metaclass is type itself: type(type)
is type. object is where inheritance ends (type is a subclass of object), type is where
"instance of" ends (object is an instance of type).

checklist: object_model.class_creation
"""

# The contract test appends this to solutions/12_object_model/object_model_predictions.py: the reference answers, with the wrong belief's instead.
chicken_and_egg.prediction = "False True True False"
