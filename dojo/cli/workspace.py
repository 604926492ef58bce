"""The kata repository the command acts on: found upward from the current folder, like git.

Gives the commands their curriculum, the learner's stored progress, and lookups of a kata
or a topic by what a person types (a path, a module name, ``08``, ``scope``, ``08_scope``).
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from dojo import curriculum as curricula
from dojo.cli.errors import CliError
from dojo.curriculum import Curriculum, CurriculumError, Kata, Topic
from dojo.isolation import read_source
from dojo.settings import SettingsError, cli_numbers

if TYPE_CHECKING:
    from dojo.progress import ProgressStore
    from dojo.readiness import KataResult, Readiness

KataState = str  # "done", "failing", "not started"


def find_root(start: Path) -> Path:
    for folder in (start, *start.parents):
        if (folder / "katas" / "curriculum.toml").is_file():
            return folder
    raise CliError(f"no kata repository here: {start} has no katas/curriculum.toml above it (run dojo inside your clone)")


@dataclass
class Workspace:
    root: Path

    @classmethod
    def here(cls) -> Workspace:
        return cls(find_root(Path.cwd().resolve()))

    @cached_property
    def curriculum(self) -> Curriculum:
        try:
            return curricula.load_curriculum(self.root / "katas")
        except CurriculumError as error:
            raise CliError(f"the curriculum has problems: {error.problems[0]}") from None

    @cached_property
    def progress(self) -> ProgressStore:
        from dojo.progress import ProgressStore, progress_path

        # Notices (a file set aside, a store that cannot be written) go to stderr at once, for every command.
        return ProgressStore(progress_path(self.root), "katas", announce=lambda line: print(line, file=sys.stderr))

    @cached_property
    def hint_runs(self) -> int:
        """What pytest would use here: the ini file and the environment, layered as the plugin does."""
        try:
            return int(cli_numbers(self.root)["hint_runs"])
        except SettingsError as error:
            raise CliError(str(error).removeprefix("dojo: ")) from None

    # ------------------------------------------------------------------ lookups

    def topic(self, name: str) -> Topic:
        wanted = name.strip().rstrip("/").removeprefix("katas/")
        for topic in self.curriculum.topics:
            number, _, key = topic.id.partition("_")
            if wanted in (topic.id, number, key, str(int(number))):
                if not topic.has_katas:
                    raise CliError(f"topic {topic.id} has no katas yet")
                return topic
        known = ", ".join(t.id for t in self.curriculum.topics if t.has_katas)
        raise CliError(f"unknown topic {name!r}; topics with katas: {known}")

    def kata(self, name: str) -> Kata:
        stem = Path(name).stem.removeprefix("test_")
        kata = self.curriculum.kata(stem)
        if kata is None:
            raise CliError(f"unknown kata {name!r}: give a kata module's name or path (dojo list shows them)")
        return kata

    def kata_path(self, kata: Kata) -> Path:
        return self.root / "katas" / kata.topic / f"{kata.module}.py"

    def test_path(self, kata: Kata) -> str:
        return f"katas/{kata.topic}/test_{kata.module}.py"

    # ------------------------------------------------------------------ state

    def results(self) -> list[KataResult]:
        return self.progress.earlier_results(self.root, exclude=set())

    @cached_property
    def _states(self) -> dict[str, KataState]:
        """Each kata with stored results: "done" when every one of its tests passed, else "failing"."""
        states: dict[str, KataState] = {}
        for result in self.progress.tests.values():
            if result.kata is not None:
                passed = result.outcome == "passed" and states.get(result.kata, "done") == "done"
                states[result.kata] = "done" if passed else "failing"
        return states

    def ran(self, kata: Kata, passed: bool) -> None:
        """A run of kata's tests just ended: its state, before the run's progress is read back."""
        self._states[kata.module] = "done" if passed else "failing"

    def kata_state(self, kata: Kata) -> KataState:
        return self._states.get(kata.module, "not started")

    def current_kata(self, topic: Topic | None = None) -> Kata | None:
        """The first kata not done, in curriculum order (within topic, when given)."""
        topics = [topic] if topic else [t for t in self.curriculum.topics if t.has_katas]
        for candidate in topics:
            for kata in candidate.katas:
                if self.kata_state(kata) != "done":
                    return kata
        return None

    def readiness(self) -> Readiness:
        from dojo.readiness import assess

        return assess(self.curriculum, self.results(), target="katas", python=platform.python_version())

    def refresh(self) -> None:
        """Read progress again (after a run wrote it)."""
        self.__dict__.pop("progress", None)
        self.__dict__.pop("_states", None)


def task_line(path: Path) -> str:
    """What to do: the paragraph of a kata module's docstring that starts with "Task:", whole, on one line."""
    try:
        text = read_source(path)  # in whatever encoding Python reads it; never a UnicodeDecodeError
    except OSError:
        return "(the file is missing: dojo reset puts it back)"
    lines = text.splitlines()
    for number, line in enumerate(lines):
        if line.strip().startswith("Task:"):
            paragraph = []
            for following in lines[number:]:
                if not following.strip() or following.strip() in ('"""', "'''"):
                    break
                paragraph.append(following.strip().removesuffix('"""').strip())
            return " ".join(paragraph)
    return text.strip().splitlines()[0].strip('"') if text.strip() else ""


