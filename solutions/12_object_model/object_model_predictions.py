"""Reference predictions for object_model_predictions.py."""

import sys
from abc import ABC, abstractmethod
from dataclasses import dataclass

from dojo import predict


@predict(TypeError)
def eq_without_hash():
    class Point:
        def __init__(self, x, y):
            self.x, self.y = x, y

        def __eq__(self, other):
            return (self.x, self.y) == (other.x, other.y)

    seen = {Point(1, 2)}
    print(len(seen))


@predict("False False True")
def lost_key():
    class Tag:
        def __init__(self, name):
            self.name = name

        def __eq__(self, other):
            return isinstance(other, Tag) and self.name == other.name

        def __hash__(self):
            return hash(self.name)

    tag = Tag("draft")
    tags = {tag}
    tag.name = "final"
    print(tag in tags, Tag("draft") in tags, tag in list(tags))


@predict("{1: 'float'} True")
def one_true_key():
    keys = {1: "int", True: "bool", 1.0: "float"}
    print(keys, isinstance(True, int))


@predict("None 1")
def dataclass_hashes():
    @dataclass
    class Plain:
        x: int

    @dataclass(frozen=True)
    class Frozen:
        x: int

    print(Plain.__hash__, len({Frozen(1), Frozen(1)}))


@predict("20 °C [Celsius(20)] Celsius(20) (Celsius(20),)")
def repr_in_containers():
    class Celsius:
        def __init__(self, degrees):
            self.degrees = degrees

        def __repr__(self):
            return f"Celsius({self.degrees})"

        def __str__(self):
            return f"{self.degrees} °C"

    warm = Celsius(20)
    print(warm, [warm], f"{warm!r}", str((warm,)))


@predict("OnlyRepr() OnlyRepr()\nTrue only str")
def one_of_the_two():
    class OnlyRepr:
        def __repr__(self):
            return "OnlyRepr()"

    class OnlyStr:
        def __str__(self):
            return "only str"

    print(OnlyRepr(), str(OnlyRepr()))
    print(repr(OnlyStr()).startswith("<"), OnlyStr())


@predict("1 0 0 ['x']")
def class_attribute_through_instances():
    class Counter:
        count = 0
        seen = []

    a, b = Counter(), Counter()
    a.count += 1
    a.seen += ["x"]
    print(a.count, b.count, Counter.count, b.seen)


@predict("['_Account__pin', '_Savings__pin']")
def name_mangling():
    class Account:
        def __init__(self):
            self.__pin = 1234

    class Savings(Account):
        def __init__(self):
            super().__init__()
            self.__pin = 0

    print(sorted(vars(Savings())))


@predict("DBCA BA")
def super_in_a_diamond():
    class A:
        def who(self):
            return "A"

    class B(A):
        def who(self):
            return "B" + super().who()

    class C(A):
        def who(self):
            return "C" + super().who()

    class D(B, C):
        def who(self):
            return "D" + super().who()

    print(D().who(), B().who())


@predict("[1, 2, 3] 1\nTypeError")
def getattr_delegation():
    class Proxy:
        def __init__(self, target):
            self._target = target

        def __getattr__(self, name):
            return getattr(self._target, name)

    numbers = Proxy([3, 1, 2])
    numbers.sort()
    print(numbers._target, numbers.count(1))
    print(len(numbers))


@predict("False True False True")
def truthiness():
    class Playlist:
        def __init__(self, songs):
            self.songs = songs

        def __len__(self):
            return len(self.songs)

    class Flag:
        def __bool__(self):
            return False

        def __len__(self):
            return 3

    print(bool(Playlist([])), bool(Playlist(["x"])), bool(Flag()), bool(object()))


@predict("2 3")
def init_of_an_immutable():
    class Rounded(int):
        def __init__(self, value):
            super().__init__()
            value = round(value)

    print(Rounded(2.7), Rounded(2.7) + 1)


@predict("class made\nTypeError")
def abstract_method_left_out():
    class Shape(ABC):
        @abstractmethod
        def area(self): ...

    class Square(Shape):
        def __init__(self, side):
            self.side = side

    print("class made")
    print(Square(2).side)


@predict("red False\nAttributeError")
def slots_without_dict():
    class Pixel:
        __slots__ = ("x", "y")

        def __init__(self, x, y):
            self.x, self.y = x, y

    class Tagged(Pixel):
        pass

    tagged = Tagged(1, 2)
    tagged.colour = "red"
    print(tagged.colour, hasattr(Pixel(0, 0), "__dict__"))
    Pixel(1, 2).colour = "red"


@predict("False True True True")
def bound_method_identity():
    class Greeter:
        def hello(self):
            return "hi"

    g = Greeter()
    print(g.hello is g.hello, g.hello == g.hello, g.hello.__self__ is g, g.hello.__func__ is Greeter.hello)


@predict("['Csv', 'Json', 'PrettyJson']")
def init_subclass_registry():
    class Plugin:
        registry = []

        def __init_subclass__(cls, **kwargs):
            super().__init_subclass__(**kwargs)
            Plugin.registry.append(cls.__name__)

    class Csv(Plugin):
        pass

    class Json(Plugin):
        pass

    class PrettyJson(Json):
        pass

    print(Plugin.registry)


@predict("type Point at 0 True")
def classes_are_objects():
    Point = type("Point", (), {"x": 0, "describe": lambda self: f"at {self.x}"})
    p = Point()
    print(type(Point).__name__, type(p).__name__, p.describe(), isinstance(Point, type))


@predict("getattribute color\nred\ngetattribute size\ngetattr size\ndefault")
def getattribute_before_getattr():
    class Traced:
        color = "red"

        def __getattribute__(self, name):
            print("getattribute", name)
            return super().__getattribute__(name)

        def __getattr__(self, name):
            print("getattr", name)
            return "default"

    t = Traced()
    print(t.color)
    print(t.size)


@predict("True True True False")
def chicken_and_egg():
    print(type(type) is type, isinstance(object, type), isinstance(type, object), issubclass(object, type))


@predict("True True False")
def abc_subclass_checks():
    from collections.abc import Hashable

    print(issubclass(list, object), issubclass(object, Hashable), issubclass(list, Hashable))


@predict("wags True False\nTypeError")
def function_stored_on_an_instance():
    class Dog:
        def bark(self):
            return "woof"

    rex, fido = Dog(), Dog()
    rex.wag = lambda: "wags"
    print(rex.wag(), "wag" in vars(rex), hasattr(fido, "wag"))
    rex.bark = lambda self: "grr"
    print(rex.bark())


@predict("class growl by Dog | class growl by Dog | static bark")
def last_definition_wins():
    class Dog:
        def growl(self):
            return "instance growl"

        @classmethod
        def growl(cls):
            return f"class growl by {cls.__name__}"

        def bark(self):
            return "instance bark"

        @staticmethod
        def bark():
            return "static bark"

    print(Dog().growl(), "|", Dog.growl(), "|", Dog().bark())


@predict("False False True False")
def method_identity_by_kind():
    class Tool:
        def method(self):
            pass

        @classmethod
        def klass(cls):
            pass

        @staticmethod
        def static():
            pass

    t = Tool()
    print(t.method is t.method, Tool.klass is Tool.klass, t.static is t.static, Tool().method == Tool().method)


@predict("made\nRecursionError")
def getattribute_reads_itself():
    class Audited:
        def __init__(self):
            object.__setattr__(self, "reads", [])

        def __getattribute__(self, name):
            self.reads.append(name)
            return object.__getattribute__(self, name)

    audited = Audited()
    print("made")
    print(audited.reads)


@predict("set x\nset y\nset x\n{'x': 2, 'y': 2}")
def setattr_sees_every_assignment():
    class Loud:
        def __init__(self):
            self.x = 1

        def __setattr__(self, name, value):
            print("set", name)
            object.__setattr__(self, name, value)

    loud = Loud()
    loud.y = 2
    loud.x += 1
    print(vars(loud))


@predict("False True True False")
def nan_in_a_list():
    nan = float("nan")
    print(nan == nan, nan in [nan], [nan] == [nan], float("nan") in [float("nan")])


@predict("str {'draft': 2}")
def equal_key_keeps_the_first():
    class Label(str):
        pass

    counts = {"draft": 1}
    counts[Label("draft")] = 2
    print(type(next(iter(counts))).__name__, counts)


@predict("after del first\nfreed\nafter del second")
def del_removes_a_name():
    class Tracked:
        def __del__(self):
            print("freed")

    first = Tracked()
    second = first
    del first
    print("after del first")
    del second
    print("after del second")


@predict("class made\nNameError")
def mangling_reaches_outer_names():
    __limit = 3

    class Config:
        def limit(self):
            return __limit

    print("class made")
    print(Config().limit())


@predict("1 1\nAttributeError")
def attribute_on_a_bound_method():
    class Greeter:
        def hello(self):
            return "hi"

    g = Greeter()
    g.hello.__func__.calls = 1
    print(g.hello.calls, Greeter.hello.calls)
    g.hello.calls = 2


@predict("Dog Puppy\nTypeError")
def classmethod_without_the_decorator():
    class Dog:
        def _kind(cls):
            return cls.__name__

        kind = classmethod(_kind)
        name = property(classmethod(_kind))

    class Puppy(Dog):
        pass

    print(Dog.kind(), Puppy().kind())
    print(Puppy().name)


@predict("read anything read x True\nTypeError")
def getattribute_answers_everything():
    class Catcher:
        def __getattribute__(self, name):
            return f"read {name}"

    catcher = Catcher()
    print(catcher.anything, getattr(catcher, "x"), hasattr(catcher, "missing"))
    catcher.shout()


@predict("dict False True")
def bases_are_expressions():
    def pick_base(kind):
        return {"mapping": dict, "sequence": list}[kind]

    Base = pick_base("mapping")

    class Config(Base):
        pass

    Base = pick_base("sequence")
    print(Config.__bases__[0].__name__, issubclass(Config, list), isinstance(Config(a=1), dict))


# The last two puzzles changed in Python 3.14 (PEP 649 and PEP 749, deferred annotations).
# Predict what the Python you run does; to be right on every version, write both answers:
# @predict(ANSWER_ON_3_14 if sys.version_info >= (3, 14) else ANSWER_BEFORE).


@predict("class made 0.0\nNameError" if sys.version_info >= (3, 14) else NameError)
def annotation_of_a_class_not_yet_defined():
    class Order:
        customer: Customer  # noqa: F821 (Customer is defined nowhere)
        total: float = 0.0

    print("class made", Order.total)
    print(Order.__annotations__)


@predict("1 None" if sys.version_info >= (3, 14) else NameError)
def dataclass_with_a_forward_reference():
    @dataclass
    class Node:
        value: int
        parent: Tree = None  # noqa: F821 (Tree is defined nowhere)

    node = Node(1)
    print(node.value, node.parent)
