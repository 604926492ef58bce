"""Misconception: only a metaclass can see subclasses being made, so registering them needs one.

Since 3.6, object.__init_subclass__ is called on the parent for every new subclass, at any
depth; a metaclass is for changing how the class object itself behaves.

checklist: object_model.class_creation
"""

# The contract test appends this to solutions/12_object_model/object_model_quiz.py: the reference answers, with the wrong belief's instead.
SUBCLASS_HOOK_ANSWER = "a"
