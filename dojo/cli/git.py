"""The few git operations the command needs, each failure turned into one clear line."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from dojo.cli.errors import CliError


def git(repo: Path, *args: str) -> str:
    """Run git in repo; its output, or CliError with git's own first line of complaint."""
    try:
        done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise CliError("git is not installed (dojo verify needs it)") from None
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["git failed"])[0]
        raise CliError(f"git {' '.join(args)}: {reason}")
    return done.stdout


def toplevel(start: Path) -> Path:
    try:
        return Path(git(start, "rev-parse", "--show-toplevel").strip())
    except CliError:
        raise CliError(f"{start} is not inside a git repository") from None


def commit_of(repo: Path, ref: str) -> str | None:
    done = subprocess.run(
        ["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd=repo, capture_output=True, text=True
    )
    return done.stdout.strip() if done.returncode == 0 else None


def is_shallow(repo: Path) -> bool:
    return git(repo, "rev-parse", "--is-shallow-repository").strip() == "true"


def merge_base(repo: Path, ref: str) -> str | None:
    done = subprocess.run(["git", "merge-base", "HEAD", ref], cwd=repo, capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else None


def show(repo: Path, commit: str, path: str) -> bytes | None:
    """The bytes of path as commit has it; None when commit has no such file."""
    done = subprocess.run(["git", "show", f"{commit}:{path}"], cwd=repo, capture_output=True, check=False)
    return done.stdout if done.returncode == 0 else None


def changed_paths(repo: Path, base: str) -> set[str]:
    """Paths that differ between base and the working tree: committed, staged, unstaged and untracked."""
    tracked = git(repo, "diff", "--name-only", "--no-renames", base, "--").splitlines()
    untracked = git(repo, "ls-files", "--others", "--exclude-standard").splitlines()
    # Bytecode caches are Python's, not the learner's, even where no .gitignore says so.
    return {path for path in (*tracked, *untracked) if path and "__pycache__/" not in path and not path.endswith(".pyc")}


def export(repo: Path, commit: str, destination: Path) -> None:
    """Write the tree of commit into destination (a plain copy, no .git)."""
    archive = subprocess.run(["git", "archive", "--format=tar", commit], cwd=repo, capture_output=True, check=False)
    if archive.returncode != 0:
        raise CliError(f"git archive {commit}: {archive.stderr.decode(errors='replace').strip()}")
    destination.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(destination, filter="data") if hasattr(tarfile, "data_filter") else tar.extractall(destination)
