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

from dojo.cli.errors import CliError
from dojo.curriculum import Curriculum, CurriculumError, Kata, Topic, load_curriculum
from dojo.isolation import read_source
from dojo.progress import ProgressStore, progress_path
from dojo.readiness import KataResult, Readiness, assess
from dojo.settings import SettingsError, cli_numbers

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
            return load_curriculum(self.root / "katas")
        except CurriculumError as error:
            raise CliError(f"the curriculum has problems: {error.problems[0]}") from None

    @cached_property
    def progress(self) -> ProgressStore:
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

    def kata_state(self, kata: Kata) -> KataState:
        mine = [r for r in self.progress.tests.values() if r.kata == kata.module]
        if not mine:
            return "not started"
        return "done" if all(r.outcome == "passed" for r in mine) else "failing"

    def current_kata(self, topic: Topic | None = None) -> Kata | None:
        """The first kata not done, in curriculum order (within topic, when given)."""
        topics = [topic] if topic else [t for t in self.curriculum.topics if t.has_katas]
        for candidate in topics:
            for kata in candidate.katas:
                if self.kata_state(kata) != "done":
                    return kata
        return None

    def readiness(self) -> Readiness:
        return assess(self.curriculum, self.results(), target="katas", python=platform.python_version())

    def refresh(self) -> None:
        """Read progress again (after a run wrote it)."""
        self.__dict__.pop("progress", None)


def task_line(path: Path) -> str:
    """The first line of a kata module's docstring after its title: what to do."""
    try:
        text = read_source(path)  # in whatever encoding Python reads it; never a UnicodeDecodeError
    except OSError:
        return "(the file is missing: dojo reset puts it back)"
    for line in text.splitlines():
        if line.strip().startswith("Task:"):
            return line.strip()
    return text.strip().splitlines()[0].strip('"') if text.strip() else ""

