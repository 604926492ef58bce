"""Reference solution for plugin_families.py."""


class RegistryMeta(type):
    """len(), iter() and [] look their special method up on the type of the object. The object
    here is a class, whose type is its metaclass: only a metaclass can make a class sized,
    iterable or subscriptable by name (`in` falls back to __iter__)."""

    def __len__(cls):
        return len(cls._plugins)

    def __iter__(cls):
        return iter(cls._plugins)

    def __getitem__(cls, name):
        return cls._plugins[name]


class Registry(metaclass=RegistryMeta):
    """Base of plugin families: see the module docstring."""

    def __init_subclass__(cls, *, name=None, **kwargs):
        # Registering needs no metaclass: this hook runs once for every subclass, at any depth,
        # as its class statement ends.
        super().__init_subclass__(**kwargs)
        if Registry in cls.__bases__:
            cls._plugins = {}  # a new family; its subclasses find this dict by inheritance
        if name is not None:
            if name in cls._plugins:
                raise ValueError(f"plugin name {name!r} is taken by {cls._plugins[name].__name__}")
            cls._plugins[name] = cls
