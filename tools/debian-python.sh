#!/usr/bin/env bash
# Run a command of this checkout on Debian's python3.14 or python3.15, for machines whose pyenv
# stops at 3.13: a Debian "sid" root folder (debootstrap, from Debian's package registry) holds
# both interpreters, a virtual environment per version with the project's dependencies, and a
# copy of this checkout (committed, modified and untracked files) made afresh on every call.
#
#   tools/debian-python.sh 3.15                                   # build or reuse; print the version
#   tools/debian-python.sh 3.14 pytest katas --dojo-solutions -q
#   tools/debian-python.sh 3.15 pytest tests -n 2
#
# Needs root (debootstrap, chroot, bind mounts). The first call takes about 3 minutes; later calls
# seconds. Each checkout gets its own copy inside the root, so several checkouts (git worktrees) can
# use it side by side. DEBIAN_PYTHON_ROOT moves the root folder (default /var/tmp/sid-python).
# When the root cannot be built, one line says why and the exit status is 1: never a silent skip.
set -euo pipefail
version=${1:?usage: tools/debian-python.sh 3.14|3.15 [command ...]}; shift
case "$version" in 3.14|3.15) ;; *) echo "debian-python: only 3.14 and 3.15 come from Debian here, not '$version'" >&2; exit 2;; esac
root=${DEBIAN_PYTHON_ROOT:-/var/tmp/sid-python}
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
fail() { echo "debian-python: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "needs root (debootstrap and chroot); run it as root or use a machine with python$version"
if [ ! -x "$root/usr/bin/python3.14" ] || [ ! -x "$root/usr/bin/python3.15" ]; then
  if ! command -v debootstrap >/dev/null; then
    { apt-get update -qq && apt-get install -y -qq debootstrap; } >/dev/null 2>&1 || fail "could not install debootstrap with apt-get"
  fi
  mkdir -p "$root"
  echo "debian-python: building $root (Debian sid with python3.14 and python3.15; about 3 minutes)" >&2
  debootstrap --variant=minbase --include=python3.14,python3.14-venv,python3.15,python3.15-venv,git,ca-certificates \
    sid "$root" http://deb.debian.org/debian >"$root.log" 2>&1 || fail "debootstrap failed; its log is $root.log"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
[ -f /etc/ssl/certs/ca-certificates.crt ] && cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
for fs in proc dev dev/pts; do mountpoint -q "$root/$fs" || mount --bind "/$fs" "$root/$fs"; done

# The dependencies: one environment per version and pyproject.toml, so checkouts that differ never
# reinstall each other's.
stamp=$(sha256sum "$repo/pyproject.toml" | cut -c1-12)
venv=/opt/dojo-venv-$version-$stamp
if [ "$(cat "$root$venv/.stamp" 2>/dev/null)" != "$stamp" ]; then
  chroot "$root" "python$version" -m venv --clear "$venv" || fail "python$version -m venv failed inside $root"
  cp "$repo/pyproject.toml" "$root$venv/pyproject.toml"
  chroot "$root" "$venv/bin/python" - "$venv/pyproject.toml" <<'PY' >"$root$venv/requirements.txt"
import sys, tomllib
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["dev"]))
PY
  chroot "$root" "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$venv/requirements.txt" \
    || fail "pip could not install the dependencies for python$version"
  echo "$stamp" >"$root$venv/.stamp"
fi

# This checkout, copied (tracked, modified and untracked files; nothing ignored).
copy=/opt/checkouts/$(basename "$repo")-$(echo "$repo" | sha256sum | cut -c1-8)
rm -rf "${root:?}$copy" && mkdir -p "$root$copy"
(cd "$repo" && git ls-files -z --cached --others --exclude-standard | xargs -0r tar -cf - --ignore-failed-read 2>/dev/null) \
  | tar -xf - -C "$root$copy"

[ $# -eq 0 ] && exec chroot "$root" "$venv/bin/python" --version
cmd=$(printf '%q ' "$@")
exec chroot "$root" /usr/bin/env -i HOME=/root TERM="${TERM:-dumb}" CI="${CI:-}" LANG=C.UTF-8 \
  PATH="$venv/bin:/usr/local/bin:/usr/bin:/bin" VIRTUAL_ENV="$venv" PYTHONPATH="$copy" \
  bash -c "cd $copy && $cmd"
