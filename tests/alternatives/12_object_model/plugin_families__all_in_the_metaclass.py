"""Alternative: the metaclass does everything, no __init_subclass__.

RegistryMeta.__init__ runs for every class it makes, Registry included: it takes the name
keyword itself, keeps the families in a dict of its own keyed by the family class, and finds a
class's family by walking its MRO. The keywords it does not use go on to type.__init__ and to
__init_subclass__ through type.__new__.
"""


class RegistryMeta(type):
    families = {}

    def __new__(mcs, cls_name, bases, namespace, *, name=None, **kwargs):
        return super().__new__(mcs, cls_name, bases, namespace, **kwargs)

    def __init__(cls, cls_name, bases, namespace, *, name=None, **kwargs):
        super().__init__(cls_name, bases, namespace, **kwargs)
        family = cls.family()
        if family is cls and bases:
            RegistryMeta.families[cls] = {}
        elif name is not None:
            plugins = RegistryMeta.families[family]
            if name in plugins:
                raise ValueError(f"plugin name {name!r} is taken by {plugins[name].__name__}")
            plugins[name] = cls

    def family(cls):
        root = next(klass for klass in reversed(cls.__mro__) if isinstance(klass, RegistryMeta))
        return next((klass for klass in cls.__mro__ if root in klass.__bases__), cls)

    def __len__(cls):
        return len(RegistryMeta.families[cls.family()])

    def __iter__(cls):
        return iter(RegistryMeta.families[cls.family()])

    def __getitem__(cls, name):
        return RegistryMeta.families[cls.family()][name]


class Registry(metaclass=RegistryMeta):
    pass
