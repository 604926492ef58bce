"""Misconception: `a.count += 1` changes the class attribute every instance reads.

It reads Counter.count through the instance, then binds a new attribute on `a` alone; only a
mutated object (the shared list) is seen by every instance.

checklist: none
"""

# The contract test appends this to solutions/12_object_model/object_model_predictions.py: the reference answers, with the wrong belief's instead.
class_attribute_through_instances.prediction = "1 1 1 ['x']"
