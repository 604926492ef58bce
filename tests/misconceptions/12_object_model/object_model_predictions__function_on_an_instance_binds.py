"""Misconception: a function stored on an instance becomes a method of that instance.

Binding happens only for functions found on the class: reading rex.bark finds the lambda in
rex's own __dict__ and returns it as it is, so calling it passes no self, and the lambda that
expects one raises TypeError.

checklist: object_model.methods
"""

# The contract test appends this to solutions/12_object_model/object_model_predictions.py: the reference answers, with the wrong belief's instead.
function_stored_on_an_instance.prediction = "wags True False\ngrr"
