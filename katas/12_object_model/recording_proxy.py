"""Kata: a proxy that records every message it passes on.

Task: Recorder(target) stands in for target and keeps a log of the attribute names used on it:

    tv = Television()
    remote = Recorder(tv)
    remote.power()            # calls tv.power()
    remote.channel = 10       # sets tv.channel
    remote.channel            # 10, read from tv
    remote.messages()         # ["power", "channel", "channel"]
    remote.count("channel")   # 2

- reading an attribute the Recorder does not have itself goes to the target and is logged;
  a name the target lacks raises AttributeError (and is logged too, as a message sent);
- assigning an attribute on the Recorder sets it on the target and is logged;
- messages() and count() are the Recorder's own: using them logs nothing and never reaches
  the target; the target and the log are the only state kept in the Recorder itself;
- any object can be a target: Recorder("py ohio").upper() returns "PY OHIO";
- a Recorder made without __init__ (copy.copy and pickle make one that way, then fill its
  __dict__) must answer "no such attribute" with AttributeError, never recurse: copy.copy
  of a Recorder passes messages on to the same target.

The code below is what a first attempt looks like. Recorder(Television()) never even
finishes being made. Fix it.
"""


class Recorder:
    def __init__(self, target):
        self._target = target
        self._log = []

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(name)
        setattr(self._target, name, value)

    def messages(self) -> list:
        return list(self._log)

    def count(self, name: str) -> int:
        return self._log.count(name)
