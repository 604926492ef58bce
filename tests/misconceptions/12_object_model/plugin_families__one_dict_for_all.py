"""Misconception: one dict on the base class is enough for every family.

A class attribute of Registry is shared by every subclass, so Exporter's and Importer's plugins
land in the same dict: a new family is not empty, and two families cannot both have a "csv".
Each family needs a dict of its own, made when the family class is made.

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
    _plugins = {}

    def __init_subclass__(cls, *, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if name is not None:
            if name in cls._plugins:
                raise ValueError(f"plugin name {name!r} is taken")
            cls._plugins[name] = cls
