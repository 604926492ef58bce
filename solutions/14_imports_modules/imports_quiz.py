"""Reference answers for imports_quiz.py."""

# Question 1: what does `import billing` do the first time it runs in a process?
FIRST_IMPORT_CHOICES = {
    "a": "it reads billing's function and class definitions, compiles them into a module object and "
    "binds the name, without running any of billing's statements",
    "b": "it finds billing, creates a module object, stores it in sys.modules, runs all of billing's "
    "top-level code in it, then binds the name billing",
    "c": "it copies billing's source into the importing module",
    "d": "it runs billing's code only when a function of billing is first called",
}
FIRST_IMPORT_ANSWER = "b"


# Question 2: a second module runs `import billing` later in the same process. What happens?
SECOND_IMPORT_CHOICES = {
    "a": "billing's top-level code runs again in the existing module object, so its module-level state "
    "is reset to its first values",
    "b": "Python checks whether billing.py changed and runs it again if it did",
    "c": "Python finds billing in sys.modules and binds the name to that same module object; nothing runs",
    "d": "a second, independent copy of the billing module is created",
}
SECOND_IMPORT_ANSWER = "c"


# Question 3: when is `__name__ == "__main__"` true inside billing.py?
MAIN_CHOICES = {
    "a": "when billing.py is the program Python was asked to run: `python billing.py` or `python -m billing`",
    "b": "whenever billing is imported by the main program, since it then runs on behalf of __main__ "
    "and shares its globals",
    "c": "when billing defines a function called main",
    "d": "always in the first module imported by a program",
}
MAIN_ANSWER = "a"


# Question 4: orders.py runs `from customers import lookup`, and customers.py runs
# `from orders import ORDERS` at its top. `import orders` fails. Why?
CYCLE_CHOICES = {
    "a": "Python forbids two modules from importing each other: it detects the cycle before running "
    "either one, so neither runs",
    "b": "from-imports copy the whole module, and a module cannot contain a copy of itself",
    "c": "the two imports wait for each other's import lock, a deadlock, so Python gives up after a "
    "timeout and raises",
    "d": "customers runs while orders is only partly executed: orders is already in sys.modules, but "
    "ORDERS is not defined in it yet",
}
CYCLE_ANSWER = "d"
