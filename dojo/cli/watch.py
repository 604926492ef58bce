"""``dojo`` / ``dojo watch [TOPIC]``: one kata at a time, re-checked on every save, moving on when it passes.

File events come from watchfiles (a burst of saves is one run; runs are never stacked), keys
from prompt_toolkit's raw input, the screen from rich. Each run is pytest with the plugin,
forked from this warm process (see runner.WarmRunner), so a kata that hangs, crashes or calls
sys.exit costs a failed run, never the loop.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from dataclasses import dataclass, field
from typing import Any

from dojo.cli.runner import RunOutcome, WarmRunner
from dojo.cli.workspace import Workspace, task_line
from dojo.curriculum import Kata, Topic

KEYS = "h hint   n skip   l list   r re-run   q quit"
DEBOUNCE_MS = 40  # an editor's write-rename dance arrives as one burst
RUN_LIMIT = 30.0  # seconds; the plugin's own bounds end most runaway katas long before


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "watch",
        help="the loop: the current kata, re-checked on every save (also plain `dojo`)",
        description=__doc__,
        epilog="example:\n  dojo            # from the first unfinished kata\n  dojo watch 08   # within topic 08",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("topic", nargs="?", help="stay within this topic (08, scope or 08_scope)")
    parser.set_defaults(run=run)


@dataclass
class Screen:
    """What the loop shows; drawn whole on every change."""

    workspace: Workspace
    topic: Topic | None
    kata: Kata | None = None
    outcome: RunOutcome | None = None
    message: str = ""
    hint: str = ""
    listing: list[str] = field(default_factory=list)

    def lines(self) -> list[tuple[str, str]]:
        """(text, rich style) pairs."""
        out: list[tuple[str, str]] = [("dojo watch" + (f"  {self.topic.id}" if self.topic else ""), "bold")]
        if self.listing:
            return [*out, *((line, "") for line in self.listing), ("", ""), ("any key: back", "dim")]
        if self.kata is None:
            return [*out, ("Every kata here passes. `dojo report` shows your readiness.", "bold green"), ("", ""), ("q quit", "dim")]
        path = self.workspace.kata_path(self.kata)
        out += [(f"{path.relative_to(self.workspace.root)}  ({self.kata.title})", "bold cyan"), (task_line(path), "")]
        out += [("", ""), *self._outcome_lines(), ("", "")]
        tier = self.workspace.progress.hint_tier(self.kata.module, len(self.kata.hints), self.workspace.hint_runs)
        out.append((f"hints: {tier + 1} of {len(self.kata.hints)} unlocked (h shows the next)", "dim"))
        if self.hint:
            out.append((self.hint, "yellow"))
        out += [(self._progress(), ""), ("", "")]
        if self.message:
            out.append((self.message, "bold green"))
        out.append((KEYS, "dim"))
        return out

    def _outcome_lines(self) -> list[tuple[str, str]]:
        outcome = self.outcome
        if outcome is None:
            return [("checking...", "dim")]
        if outcome.ended:
            return [(f"the run did not finish: {outcome.ended}", "bold red")]
        if outcome.ok:
            return [(f"all {outcome.passed} tests pass", "bold green")]
        lines = [(f"{outcome.failed} failing, {outcome.passed} passing", "bold red")]
        for name, text in outcome.messages[:3]:
            lines.append((f"  {name}", "red"))
            lines += [(f"    {line}", "") for line in text.splitlines()[-4:]]
        return lines

    def _progress(self) -> str:
        topics = [self.topic] if self.topic else [t for t in self.workspace.curriculum.topics if t.has_katas]
        katas = [k for t in topics for k in t.katas]
        done = sum(self.workspace.kata_state(k) == "done" for k in katas)
        width = 24
        filled = round(width * done / len(katas)) if katas else 0
        return f"[{'#' * filled}{'.' * (width - filled)}] {done}/{len(katas)} katas done"


class Loop:
    def __init__(self, workspace: Workspace, topic: Topic | None, console: Any):
        self.workspace = workspace
        self.console = console
        self.screen = Screen(workspace, topic, workspace.current_kata(topic))
        self.runner = WarmRunner(workspace.root, RUN_LIMIT)
        self.events: asyncio.Queue[str] = asyncio.Queue()
        self.running = False

    def draw(self) -> None:
        if self.console.is_terminal:
            self.console.clear()
        for text, style in self.screen.lines():
            self.console.print(text, style=style or None, markup=False, highlight=False)
        if not self.console.is_terminal:
            self.console.print("-" * 40, markup=False)

    async def check(self) -> None:
        """Run the current kata's tests; when it passes, say so and move on to the next unfinished one."""
        while self.screen.kata is not None:
            self.screen.outcome, self.screen.hint = None, ""
            self.draw()
            kata = self.screen.kata
            outcome = await asyncio.to_thread(self.runner.run, [self.workspace.test_path(kata)])
            self.workspace.refresh()
            self.screen.outcome = outcome
            if not outcome.ok:
                break
            self.screen.message = f"{kata.topic}/{kata.module}.py passes. On to the next kata."
            self.screen.kata = self.workspace.current_kata(self.screen.topic)
        self.draw()

    def key(self, key: str) -> bool:
        """Handle a key press; False to quit."""
        if self.screen.listing:
            self.screen.listing = []
        elif key == "q":
            return False
        elif key == "h" and self.screen.kata is not None:
            kata = self.screen.kata
            tier = self.workspace.progress.ask_hint(kata.module, len(kata.hints), self.workspace.hint_runs)
            self.screen.hint = f"hint {tier + 1}: {kata.hints[tier]}"
        elif key == "n" and self.screen.kata is not None:
            self.screen.kata, self.screen.message = self._after(self.screen.kata), "skipped"
            self.events.put_nowait("run")
        elif key == "l":
            topics = [self.screen.topic] if self.screen.topic else [t for t in self.workspace.curriculum.topics if t.has_katas]
            self.screen.listing = [
                f"  {self.workspace.kata_state(k):<12} {k.topic}/{k.module}.py" for t in topics for k in t.katas
            ]
        elif key == "r":
            self.events.put_nowait("run")
        self.draw()
        return True

    def _after(self, kata: Kata) -> Kata | None:
        topics = [self.screen.topic] if self.screen.topic else [t for t in self.workspace.curriculum.topics if t.has_katas]
        katas = [k for t in topics for k in t.katas]
        later = katas[katas.index(kata) + 1:] + katas[: katas.index(kata)]
        return next((k for k in later if self.workspace.kata_state(k) != "done"), None)

    async def watch_files(self) -> None:
        import watchfiles

        async for changes in watchfiles.awatch(self.workspace.root / "katas", debounce=DEBOUNCE_MS, step=10):
            if any(path.endswith(".py") for _, path in changes):
                self.events.put_nowait("run")

    async def main(self) -> int:
        watcher = asyncio.create_task(self.watch_files())
        keys = _KeyReader(self.events) if sys.stdin.isatty() else None
        try:
            await self.check()
            while True:
                event = await self.events.get()
                if event.startswith("key:"):
                    if not self.key(event[4:]):
                        return 0
                    continue
                while not self.events.empty():  # a burst of saves, or saves during a run: one run
                    pending = self.events.get_nowait()
                    if pending.startswith("key:") and not self.key(pending[4:]):
                        return 0
                await self.check()
        finally:
            watcher.cancel()
            if keys is not None:
                keys.close()


class _KeyReader:
    """Single key presses from the terminal, in raw mode, pushed into the loop's queue."""

    def __init__(self, events: asyncio.Queue[str]):
        from prompt_toolkit.input import create_input

        self.input = create_input()
        self.raw = self.input.raw_mode()
        self.raw.__enter__()

        def on_keys() -> None:
            for press in self.input.read_keys():
                key = press.key if isinstance(press.key, str) else ""
                if press.data == "\x03":  # Ctrl-C in raw mode
                    key = "q"
                events.put_nowait(f"key:{(press.data or key).lower()}")

        self.attached = self.input.attach(on_keys)
        self.attached.__enter__()

    def close(self) -> None:
        self.attached.__exit__(None, None, None)
        self.raw.__exit__(None, None, None)


def run(arguments: argparse.Namespace) -> int:
    from rich.console import Console

    workspace = Workspace.here()
    topic = workspace.topic(arguments.topic) if arguments.topic else None
    os.environ.setdefault("DOJO_TEST_LIMIT", "10")  # a runaway kata ends its run sooner while watching
    console = Console(no_color="NO_COLOR" in os.environ)
    try:
        return asyncio.run(Loop(workspace, topic, console).main())
    except KeyboardInterrupt:
        return 0
