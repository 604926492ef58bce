"""``dojo`` / ``dojo watch [TOPIC]``: one kata at a time, re-checked on every save, moving on when it passes.

The screen shows the kata, its task, each failing test's whole message (the lesson; pytest's
diff machinery is folded), and the hint you have unlocked. What does not fit the terminal is
paged (space, b). Saving another kata's module switches the loop to that kata.

Keys: h shows the hint, h again unlocks the next; n skips to the next unfinished kata; l lists
the katas; r re-runs; space/b page; q or Ctrl-C quits, at once, even during a run.

File events come from watchfiles (a burst of saves is one run; a save during a run ends that
run and starts a new one), keys from prompt_toolkit's raw input, the screen from rich. Each
run is pytest with the plugin, forked from this warm process, so a kata that hangs, crashes
or calls sys.exit costs a failed run, never the loop.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sqlite3
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dojo.cli.failures import grouped
from dojo.cli.runner import RunOutcome, WarmRunner
from dojo.cli.workspace import Workspace, task_line
from dojo.curriculum import Kata, Topic

KEYS = "h hint   n skip   l list   r re-run   q quit"
DEBOUNCE_MS = 40  # an editor's write-rename dance arrives as one burst
STEP_MS = 5  # how long watchfiles waits for a quiet moment before yielding a change
RUN_LIMIT = 30.0  # seconds; the plugin's own bounds end most runaway katas long before
MIN_BODY = 3  # lines of failures shown however small the terminal

Line = tuple[str, str]  # (text, style: one of SGR's keys, or "")
SGR = {  # the few styles the screen uses, as terminal escape codes
    "bold": "\x1b[1m", "dim": "\x1b[2m", "red": "\x1b[31m", "yellow": "\x1b[33m",
    "bold red": "\x1b[1;31m", "bold green": "\x1b[1;32m", "bold cyan": "\x1b[1;36m",
}
RESET = "\x1b[0m"


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


def _wrap(text: str, width: int, indent: str = "", style: str = "") -> list[Line]:
    out: list[Line] = []
    for paragraph in text.splitlines() or [""]:
        pieces = textwrap.wrap(paragraph, max(width - len(indent), 20), subsequent_indent="  ", drop_whitespace=True,
                               break_on_hyphens=False) or [""]
        out += [(indent + piece, style) for piece in pieces]
    return out


@dataclass
class Screen:
    """What the loop shows; drawn whole on every change, cut into pages that fit the terminal."""

    workspace: Workspace
    topic: Topic | None
    kata: Kata | None = None
    outcome: RunOutcome | None = None
    checking: bool = False
    message: str = ""
    hint_armed: bool = False  # h was pressed with the hint on screen: the next h unlocks the next tier
    listing: bool = False
    page: int = 0
    pages: int = 1
    katas: list[Kata] = field(default_factory=list)

    def __post_init__(self) -> None:
        topics = [self.topic] if self.topic else [t for t in self.workspace.curriculum.topics if t.has_katas]
        self.katas = [k for t in topics for k in t.katas]

    # ------------------------------------------------------------------ the parts

    def hint_tier(self) -> int:
        assert self.kata is not None
        return self.workspace.progress.hint_tier(self.kata.module, len(self.kata.hints), self.workspace.hint_runs)

    def _title(self) -> Line:
        done = sum(self.workspace.kata_state(k) == "done" for k in self.katas)
        where = f"   kata {self.katas.index(self.kata) + 1} of {len(self.katas)}" if self.kata in self.katas else ""
        width = 12
        filled = round(width * done / len(self.katas)) if self.katas else 0
        scope = f" {self.topic.id}" if self.topic else ""
        return (f"dojo watch{scope}{where}   [{'#' * filled}{'.' * (width - filled)}] {done}/{len(self.katas)} done", "bold")

    def _top(self, width: int) -> list[Line]:
        out = [self._title()]
        if self.listing or self.kata is None:
            return [*out, ("", "")]
        path = self.workspace.kata_path(self.kata)
        out += _wrap(f"{path.relative_to(self.workspace.root).as_posix()}  ({self.kata.title})", width, style="bold cyan")
        return [*out, *_wrap(task_line(path), width), ("", "")]

    def _body(self, width: int) -> list[list[Line]]:
        """Blocks of lines: a page break falls between two blocks (one failing test's lesson stays whole) when it can."""
        if self.listing:
            return [[(f"  {self.workspace.kata_state(k):<12} {k.topic}/{k.module}.py"
                      + ("   <- here" if k == self.kata else ""), "bold" if k == self.kata else "")] for k in self.katas]
        if self.kata is None:
            return [[("Every kata here passes. `dojo report` shows your readiness.", "bold green")]]
        outcome = self.outcome
        if outcome is None:
            return [[("checking...", "dim")]]
        again = "   (checking again...)" if self.checking else ""
        if outcome.ended:
            return [[(f"the run did not finish: {outcome.ended}{again}", "bold red")]]
        if outcome.ok:
            return [[(f"all {outcome.passed} tests pass{again}", "bold green")]]
        blocks: list[list[Line]] = [[(f"{outcome.failed} failing, {outcome.passed} passing{again}", "bold red")]]
        for names, failure in grouped(outcome.failures):
            shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
            block = _wrap(f"x {shown}", width, "  ", "red")
            lesson = list(failure.lesson)
            if failure.folded and lesson:  # pytest's diff under the comparison: folded, and said so
                lesson[-1] += f"   (+{failure.folded} line{'s' if failure.folded > 1 else ''}: pytest -vv)"
            for text in lesson:
                block += _wrap(text, width, "    ")
            if failure.where:
                block.append((f"    raised at {failure.where}", "dim"))
            blocks.append(block)
        return blocks

    def _bottom(self, width: int, paged: bool) -> list[Line]:
        out: list[Line] = [("", "")]
        if self.listing:
            pages = f"page {self.page + 1} of {self.pages}   space next   b back   " if paged else ""
            return [*out, (f"{pages}any other key: back to the kata", "dim")]
        if self.kata is not None and self.kata.hints:
            tier = self.hint_tier()
            out += _wrap(f"hint {tier + 1} of {len(self.kata.hints)}: {self.kata.hints[tier]}", width, style="yellow")
        if self.message:
            out += _wrap(self.message, width, style="bold green")
        keys = KEYS if self.kata is not None else "l list   q quit"
        if paged:
            keys += f"   space more ({self.page + 1} of {self.pages})   b back"
        return [*out, *_wrap(keys, width, style="dim")]

    def lines(self, width: int = 80, height: int | None = None) -> list[Line]:
        """The screen; with a height, only the current page of the body, so the whole fits."""
        width = max(width - 1, 20)  # never the last column: some terminals wrap there
        top, blocks = self._top(width), self._body(width)
        body = [line for block in blocks for line in block]
        if height is None:
            self.pages, self.page = 1, 0
            return [*top, *body, *self._bottom(width, False)]
        room = max(MIN_BODY, height - len(top) - len(self._bottom(width, False)))
        if len(body) > room:  # the keys line grows a page counter; it may take a line more
            room = max(MIN_BODY, height - len(top) - len(self._bottom(width, True)))
        pages = _pages(blocks, room)
        self.pages = len(pages)
        self.page = min(self.page, self.pages - 1)
        shown = pages[self.page]
        return [*top, *shown, *[("", "")] * (room - len(shown)), *self._bottom(width, self.pages > 1)][:height]


def _pages(blocks: list[list[Line]], room: int) -> list[list[Line]]:
    """Blocks laid out on pages of room lines: a block that fits no page on its own is cut, none other is."""
    pages: list[list[Line]] = []
    current: list[Line] = []
    for block in blocks:
        if current and len(current) + len(block) > room:
            pages.append(current)
            current = []
        while len(block) > room:
            pages.append(block[:room])
            block = block[room:]
        current += block
    return [*pages, current] if current or not pages else pages


class Loop:
    def __init__(self, workspace: Workspace, topic: Topic | None, console: Any):
        self.workspace = workspace
        self.console = console
        self.screen = Screen(workspace, topic, workspace.current_kata(topic))
        self.runner = WarmRunner(workspace.root, RUN_LIMIT)
        self.events: asyncio.Queue[str] = asyncio.Queue()
        self.task: asyncio.Task[None] | None = None

    # ------------------------------------------------------------------ the screen

    def draw(self) -> None:
        if not self.console.is_terminal:  # a pipe: every screen whole, one after the other
            for text, style in self.screen.lines(self.console.width):
                self.console.print(text, style=style or None, markup=False, highlight=False, soft_wrap=True)
            self.console.print("-" * 40, markup=False)
            return
        width, height = self.console.size
        colour = not self.console.no_color
        shown = [(SGR.get(style, "") if colour else "") + text + (RESET if colour and style else "")
                 for text, style in self.screen.lines(width, height)]
        # Home, clear, then every line: one write (the lines already fit the width; no rich layout per save).
        self.console.file.write("\x1b[H\x1b[2J" + "\r\n".join(shown))
        self.console.file.flush()

    # ------------------------------------------------------------------ runs

    async def start_run(self, *, clear_message: bool = True) -> None:
        """Run the current kata's tests; a run already under way is ended first (its result is stale)."""
        if self.task is not None and not self.task.done():
            self.runner.cancel()
            await asyncio.gather(self.task, return_exceptions=True)
        if clear_message:
            self.screen.message = ""
        kata = self.screen.kata
        if kata is None:
            self.draw()
            return
        self.screen.checking = True
        self.draw()
        self.task = asyncio.create_task(self._run(kata))

    async def _run(self, kata: Kata) -> None:
        outcome = await asyncio.to_thread(self.runner.run, [self.workspace.test_path(kata)])
        if outcome.ended == "cancelled" or kata != self.screen.kata:
            return
        self._show(kata, outcome)
        await asyncio.to_thread(self.runner.settle)  # the child records progress after its results: then
        self.workspace.refresh()  # states and hint tiers as that run left them
        if not self.screen.checking:
            self.draw()
        if self.screen.kata is not None:  # the next run's child, forked while the learner edits
            await asyncio.to_thread(self.runner.prepare, [self.workspace.test_path(self.screen.kata)])

    def _show(self, kata: Kata, outcome: RunOutcome) -> None:
        self.workspace.ran(kata, outcome.ok)  # the child may still be recording it: progress is read after
        self.screen.checking = False
        if outcome.ok:
            following = self._after(kata)
            self.screen.message = f"{kata.topic}/{kata.module}.py passes" + (
                f": on to {following.module}.py." if following else ".")
            self._go(following)
            self.events.put_nowait("run-kept")  # the next kata's own run; keep the message on screen
            return
        self.screen.outcome = outcome
        self.draw()

    def _go(self, kata: Kata | None) -> None:
        if kata != self.screen.kata:
            self.screen.outcome, self.screen.hint_armed, self.screen.page = None, False, 0
        self.screen.kata = kata

    def _after(self, kata: Kata) -> Kata | None:
        """The next unfinished kata after this one, wrapping around (a skipped kata comes back last)."""
        katas = self.screen.katas
        if kata not in katas:
            return self.workspace.current_kata(self.screen.topic)
        at = katas.index(kata)
        later = katas[at + 1:] + katas[:at]
        return next((k for k in later if self.workspace.kata_state(k) != "done"), None)

    # ------------------------------------------------------------------ events

    def saved(self, paths: set[str]) -> str:
        """What a save means: "run" the current kata, "switch" to a saved kata of this loop, or "" (nothing to run)."""
        root = self.workspace.root.resolve()
        saved: list[Kata] = []
        outside: list[str] = []
        other = False  # a file that is no kata module: a test, a helper, a deleted file
        for path in sorted(paths):
            try:
                parts = Path(path).resolve().relative_to(root).parts
            except ValueError:
                parts = ()
            kata = self.workspace.curriculum.kata(Path(path).stem) if len(parts) == 3 and parts[0] == "katas" else None
            if kata is None or kata.topic != parts[1]:
                other = True
            elif kata in self.screen.katas:
                saved.append(kata)
            else:
                outside.append(f"{kata.topic}/{kata.module}.py")
        if saved and self.screen.kata not in saved:
            self.screen.listing = False
            self._go(saved[-1])
            self.screen.message = f"you saved {saved[-1].module}.py: the loop follows you there"
            return "switch"
        if outside and not saved and not other:
            topic = outside[0].split("/")[0]
            self.screen.message = f"saved {', '.join(outside)}: not in this loop (`dojo watch {topic[:2]}` follows it)"
            self.draw()
            return ""
        return "run"

    def key(self, key: str) -> str:
        """Handle a key press: "quit", "run" (the current kata), or "" (the screen changed, nothing to run)."""
        screen = self.screen
        if key in ("q", "c-c", "\x03"):
            return "quit"
        if key in (" ", "pagedown", "j", "down"):
            screen.page = min(screen.page + 1, screen.pages - 1)
        elif key in ("b", "pageup", "k", "up"):
            screen.page = max(screen.page - 1, 0)
        elif screen.listing:
            screen.listing, screen.page = False, 0
        elif key == "h" and screen.kata is not None:
            self._hint(screen.kata)
        elif key == "n" and screen.kata is not None:
            skipped = screen.kata
            self._go(self._after(skipped))
            screen.message = f"skipped {skipped.module}.py: it comes back after the others (or when you save it)"
            return "run-kept"
        elif key == "l":
            screen.listing, screen.page = True, 0
        elif key == "r":
            return "run"
        self.draw()
        return ""

    def _hint(self, kata: Kata) -> None:
        """h: the hint on screen is the one unlocked; h again unlocks the next tier."""
        screen, count = self.screen, len(kata.hints)
        tier = screen.hint_tier()
        if tier + 1 >= count:
            screen.message = f"hint {tier + 1} of {count} is the last one"
        elif not screen.hint_armed:
            screen.hint_armed = True
            screen.message = f"the hint above is {tier + 1} of {count}; press h again to unlock hint {tier + 2} (more direct)"
        else:
            from dojo.progress import ProgressError

            self.runner.settle()  # the last run's progress recorded and read, before asking for more
            self.workspace.refresh()
            try:
                self.workspace.progress.ask_hint(kata.module, count, self.workspace.hint_runs)
            except (ProgressError, OSError, sqlite3.Error) as error:
                screen.message = f"could not save the hint unlocked: {error}"
            else:
                screen.message = f"hint {screen.hint_tier() + 1} of {count} unlocked"
            screen.hint_armed = False

    async def watch_files(self) -> None:
        import watchfiles

        async for changes in watchfiles.awatch(self.workspace.root / "katas", debounce=DEBOUNCE_MS, step=STEP_MS):
            paths = {path for _, path in changes if path.endswith(".py")}
            if paths:
                self.events.put_nowait("save:" + "\0".join(sorted(paths)))

    async def main(self) -> int:
        watcher = asyncio.create_task(self.watch_files())
        keys = _KeyReader(self.events) if sys.stdin.isatty() else None
        loop = asyncio.get_running_loop()
        if self.console.is_terminal and hasattr(signal, "SIGWINCH"):
            loop.add_signal_handler(signal.SIGWINCH, self.draw)
        try:
            await self.start_run()
            while True:
                event = await self.events.get()
                saves = {event[5:]} if event.startswith("save:") else set()
                while event.startswith("save:") and not self.events.empty():  # a burst of saves: one run
                    following = self.events.get_nowait()
                    if not following.startswith("save:"):
                        self.events.put_nowait(following)
                        break
                    saves.add(following[5:])
                if saves:
                    action = self.saved({p for joined in saves for p in joined.split("\0")})
                elif event.startswith("key:"):
                    action = self.key(event[4:])
                else:
                    action = event
                if action == "quit":
                    return 0
                if action in ("run", "switch", "run-kept"):
                    await self.start_run(clear_message=action == "run")
        finally:
            self.runner.close()
            watcher.cancel()
            if keys is not None:
                keys.close()
            if self.console.is_terminal:
                self.console.file.write("\n")


class _KeyReader:
    """Single key presses from the terminal, in raw mode, pushed into the loop's queue."""

    def __init__(self, events: asyncio.Queue[str]):
        from prompt_toolkit.input import create_input

        self.input = create_input()
        self.raw = self.input.raw_mode()
        self.raw.__enter__()

        def on_keys() -> None:
            for press in self.input.read_keys():
                data = str(press.data or "")
                name = press.key if isinstance(press.key, str) else ""
                if data == "\x03" or name == "c-c":  # Ctrl-C arrives as a key in raw mode
                    events.put_nowait("key:q")
                elif len(data) == 1 and data.isprintable():
                    events.put_nowait(f"key:{data.lower()}")
                elif name:
                    events.put_nowait(f"key:{getattr(press.key, 'value', name)}")

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
    console = Console(no_color="NO_COLOR" in os.environ, highlight=False)
    try:
        return asyncio.run(Loop(workspace, topic, console).main())
    except KeyboardInterrupt:
        return 0
