"""The few git operations the command needs, each failure turned into one clear line."""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from dojo.cli.errors import CliError

MISSING = "git is not installed or not on PATH: dojo verify needs it (install git and run it again)"


def _run(repo: Path, *args: str, text: bool = True) -> subprocess.CompletedProcess:  # type: ignore[type-arg]
    try:
        return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=text, check=False)
    except FileNotFoundError:
        raise CliError(MISSING) from None


def git(repo: Path, *args: str) -> str:
    """Run git in repo; its output, or CliError with git's own first line of complaint."""
    done = _run(repo, *args)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or ["git failed"])[0]
        raise CliError(f"git {' '.join(args)}: {reason}")
    return str(done.stdout)


def toplevel(start: Path) -> Path:
    done = _run(start, "rev-parse", "--show-toplevel")
    if done.returncode != 0:
        raise CliError(f"{start} is not inside a git repository")
    return Path(done.stdout.strip())


def commit_of(repo: Path, ref: str) -> str | None:
    done = _run(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    return done.stdout.strip() if done.returncode == 0 else None


def current_branch(repo: Path) -> str | None:
    """The checked-out branch's short name; None on a detached HEAD."""
    done = _run(repo, "symbolic-ref", "--short", "-q", "HEAD")
    return done.stdout.strip() or None if done.returncode == 0 else None


def is_shallow(repo: Path) -> bool:
    return git(repo, "rev-parse", "--is-shallow-repository").strip() == "true"


def is_single_branch(repo: Path, remote: str = "origin") -> bool:
    """True when the remote is fetched for named branches only (git clone --depth/--single-branch)."""
    done = _run(repo, "config", "--get-all", f"remote.{remote}.fetch")
    refspecs = done.stdout.split() if done.returncode == 0 else []
    return bool(refspecs) and not any("*" in refspec for refspec in refspecs)


def merge_base(repo: Path, ref: str, other: str = "HEAD") -> str | None:
    done = _run(repo, "merge-base", other, ref)
    return done.stdout.strip() if done.returncode == 0 else None


def show(repo: Path, commit: str, path: str) -> bytes | None:
    """The bytes of path as commit has it; None when commit has no such file."""
    done = _run(repo, "show", f"{commit}:{path}", text=False)
    return bytes(done.stdout) if done.returncode == 0 else None


def uncommitted(repo: Path) -> list[str]:
    """Paths with changes not in HEAD: staged, unstaged and untracked (caches aside)."""
    lines = git(repo, "status", "--porcelain", "--untracked-files=all", "--no-renames").splitlines()
    paths = [line[3:].strip().strip('"') for line in lines if len(line) > 3]
    return [p for p in paths if "__pycache__/" not in p and not p.endswith(".pyc")]


def export(repo: Path, commit: str, destination: Path, *pathspecs: str) -> None:
    """Write the tree of commit (or the parts the pathspecs select) into destination (a plain copy, no .git)."""
    archive = _run(repo, "archive", "--format=tar", commit, *(("--", *pathspecs) if pathspecs else ()), text=False)
    if archive.returncode != 0:
        raise CliError(f"git archive {commit}: {archive.stderr.decode(errors='replace').strip()}")
    destination.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(destination, filter="data") if hasattr(tarfile, "data_filter") else tar.extractall(destination)
