"""Reference answers for object_model_quiz.py."""

# Question 1 (elimination): "What happens when you override `__eq__`?" A class body defines
# __eq__ and no __hash__.
EQ_OVERRIDE_CHOICES = {
    "a": "nothing else changes: instances keep the identity hash they inherit from object, as before",
    "b": "Python generates a __hash__ from the attributes that __eq__ compares, so equal objects hash equal",
    "c": "__hash__ is set to None, so instances are unhashable: no set members, no dict keys",
    "d": "__ne__ must be defined too, or != raises TypeError when two instances are compared",
}
EQ_OVERRIDE_ANSWER = "c"


# Question 2: what must hold for an object to work as a dict key or a set member?
HASHABLE_CHOICES = {
    "a": "its class must be immutable all the way down, like a tuple of str, and must not define __eq__",
    "b": "its hash never changes while it is in use, and objects that compare equal have equal hashes",
    "c": "objects with equal hashes must compare equal, and every attribute must be hashable",
    "d": "it must define both __eq__ and __hash__ itself: the versions inherited from object never count",
}
HASHABLE_ANSWER = "b"


# Question 3: how do __repr__ and __str__ differ?
REPR_STR_CHOICES = {
    "a": "__repr__ is for developers, unambiguous (ideally valid Python); __str__ is for users, and "
    "falls back to __repr__",
    "b": "__str__ is for developers and __repr__ for users; print() uses __repr__, and str() falls back "
    "to __str__",
    "c": "they are two names for one method; defining either defines both",
    "d": "__repr__ is used only by the interactive prompt and the debugger; print, str(), f-strings, "
    "logging and containers use __str__",
}
REPR_STR_ANSWER = "a"


# Question 4: a class is decorated with plain `@dataclass` (eq=True, frozen=False by default).
# Can its instances be set members?
DATACLASS_HASH_CHOICES = {
    "a": "yes: dataclass generates __hash__ from the fields, exactly as a namedtuple has one",
    "b": "yes: they keep object's identity hash, because dataclass generates only __init__ and __repr__",
    "c": "no: dataclasses can never be hashed, whatever the decorator is given, because their fields "
    "can change",
    "d": "no: the generated __eq__ leaves __hash__ set to None; frozen=True would generate one",
}
DATACLASS_HASH_ANSWER = "d"


# Question 5: a class defines __del__. When does Python call it?
DEL_CHOICES = {
    "a": "as soon as `del obj` runs, whatever other names or containers still refer to the object, like a destructor "
    "called by delete in C++",
    "b": "when the last reference to the object goes: at once in CPython, later for objects in a reference cycle (when "
    "the collector runs), maybe never at exit",
    "c": "only when gc.collect() runs, which the interpreter does every few seconds on a background thread of its own, "
    "so the moment is never predictable in any program",
    "d": "never on its own: __del__ is a hook for the del statement only, so objects that merely go out of scope are "
    "freed without it",
}
DEL_ANSWER = "b"


# Question 6: a class body defines `def area(self)` and, further down, `def area(self, unit)`.
# What does Shape().area() do?
OVERLOAD_CHOICES = {
    "a": "raises TypeError: the second def rebound the name area, so only area(self, unit) is left; Python does not "
    "overload by signature",
    "b": "calls the first definition: Python keeps both and picks the one whose parameters match the arguments given "
    "in the call",
    "c": "nothing runs: the class statement already raised SyntaxError, since a class body may define each method "
    "name once only",
    "d": "calls the second definition with unit=None, because a positional parameter of a method that is left out "
    "of the call defaults to None",
}
OVERLOAD_ANSWER = "a"


# Question 7: every subclass of Plugin, at any depth, must be recorded when its class statement
# runs. What is the simplest tool that does it?
SUBCLASS_HOOK_CHOICES = {
    "a": "a metaclass for Plugin whose __new__ records every class it builds, since only a metaclass sees a class "
    "being made",
    "b": "Plugin.__new__, which Python runs for each subclass as its class statement creates it, before any instance "
    "exists",
    "c": "a class decorator on Plugin, which Python applies again to every subclass that inherits from the decorated "
    "class",
    "d": "Plugin.__init_subclass__, which Python calls on the parent for each new subclass, at any depth",
}
SUBCLASS_HOOK_ANSWER = "d"


# Question 8: a proxy forwards every attribute to its target with __getattr__. Why does
# len(proxy) raise TypeError although proxy.__len__() works?
IMPLICIT_LOOKUP_CHOICES = {
    "a": "len() is a builtins function that never looks at methods at all; only the spelled-out call "
    "proxy.__len__() can reach them",
    "b": "__getattr__ is called only for names that do not start with an underscore, and __len__ starts with two of "
    "them",
    "c": "len() looks __len__ up on type(proxy), skipping the instance and __getattr__, so the proxy class itself "
    "must define __len__",
    "d": "__getattr__ hands back a method bound to the target, and len() refuses a bound method that belongs to "
    "another object",
}
IMPLICIT_LOOKUP_ANSWER = "c"
