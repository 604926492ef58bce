"""Misconception: a base class hears only about its direct subclasses, so only they can register.

__init_subclass__ runs for every new subclass at any depth: Tsv(Csv) and Json(Helper) run
Registry's hook too. A hook that registers only classes whose bases list the family leaves
them out.

checklist: object_model.class_creation
"""


class RegistryMeta(type):
    def __len__(cls):
        return len(cls._plugins)

    def __iter__(cls):
        return iter(cls._plugins)

    def __getitem__(cls, name):
        return cls._plugins[name]


class Registry(metaclass=RegistryMeta):
    def __init_subclass__(cls, *, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if Registry in cls.__bases__:
            cls._plugins = {}
        elif name is not None and any(Registry in base.__bases__ for base in cls.__bases__):
            if name in cls._plugins:
                raise ValueError(f"plugin name {name!r} is taken")
            cls._plugins[name] = cls
