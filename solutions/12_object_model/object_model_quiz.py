"""Reference answers for object_model_quiz.py."""

# Question 1 (elimination): "What happens when you override `__eq__`?" A class body defines
# __eq__ and no __hash__.
EQ_OVERRIDE_CHOICES = {
    "a": "nothing else changes: instances keep the hash they inherit from object",
    "b": "Python generates a __hash__ from the attributes that __eq__ compares",
    "c": "__hash__ is set to None, so instances are unhashable: no set members, no dict keys",
    "d": "__ne__ must be defined too, or != raises TypeError",
}
EQ_OVERRIDE_ANSWER = "c"


# Question 2: what must hold for an object to work as a dict key or a set member?
HASHABLE_CHOICES = {
    "a": "its class must be immutable, like a tuple or a str",
    "b": "its hash never changes while it is in use, and objects that compare equal have equal hashes",
    "c": "objects with equal hashes must compare equal, and every attribute must be hashable",
    "d": "it must define both __eq__ and __hash__ itself",
}
HASHABLE_ANSWER = "b"


# Question 3: how do __repr__ and __str__ differ?
REPR_STR_CHOICES = {
    "a": "__repr__ is for developers, unambiguous (ideally valid Python); __str__ is for users, "
    "and falls back to __repr__",
    "b": "__str__ is for developers and __repr__ for users; print() uses __repr__",
    "c": "they are two names for one method; defining either defines both",
    "d": "__repr__ is used only by the interactive prompt; everything else uses __str__",
}
REPR_STR_ANSWER = "a"


# Question 4: a class is decorated with plain `@dataclass` (eq=True, frozen=False by default).
# Can its instances be set members?
DATACLASS_HASH_CHOICES = {
    "a": "yes: dataclass generates __hash__ from the fields",
    "b": "yes: they keep object's identity hash",
    "c": "no: the generated __eq__ leaves __hash__ set to None; frozen=True would generate one",
    "d": "no: dataclasses can never be hashed",
}
DATACLASS_HASH_ANSWER = "c"
