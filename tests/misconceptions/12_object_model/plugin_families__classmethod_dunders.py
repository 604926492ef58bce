"""Misconception: classmethods named __len__, __iter__ and __getitem__ make the class itself sized and iterable.

len(Exporter) looks __len__ up on type(Exporter), which is type: a method in the class body,
classmethod or not, is never asked, and len raises TypeError ("object of type 'type' has no
len()"). (__class_getitem__ would make Exporter[...] work, as it does for list[int], but not
len() or iter().) Only a metaclass puts special methods where a class's own operations find them.

checklist: object_model.class_creation
"""


class Registry:
    def __init_subclass__(cls, *, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if Registry in cls.__bases__:
            cls._plugins = {}
        if name is not None:
            if name in cls._plugins:
                raise ValueError(f"plugin name {name!r} is taken")
            cls._plugins[name] = cls

    @classmethod
    def __len__(cls):
        return len(cls._plugins)

    @classmethod
    def __iter__(cls):
        return iter(cls._plugins)

    @classmethod
    def __getitem__(cls, name):
        return cls._plugins[name]
