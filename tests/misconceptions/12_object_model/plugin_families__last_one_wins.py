"""Misconception: registering under a taken name may simply replace the first class.

Two plugins that claim one name are a mistake the author must hear about at once, when the
class statement runs; a registry that silently keeps the last one hands callers a different
class depending on import order.

checklist: object_model.class_creation
"""


class Registry(metaclass=RegistryMeta):
    def __init_subclass__(cls, *, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if Registry in cls.__bases__:
            cls._plugins = {}
        if name is not None:
            cls._plugins[name] = cls
