#!/usr/bin/env bash
# Prepare a Debian 12 machine for developing, testing and running 调解台.
#
#   1. installs the system packages (Qt runtime libraries for offscreen and Xvfb use,
#      poppler, a CJK font, PostgreSQL 15 for tests, headless LibreOffice Calc);
#      apt is skipped entirely when everything is already installed;
#   2. creates the virtual environment .venv with $PYTHON (default: python3) and installs
#      the locked dependencies with hash checking, then the project itself (editable).
#
# Idempotent: a second run with nothing changed takes a second or two.
# The apt step needs root (or password-less sudo).
#
# Environment:
#   PYTHON        interpreter used to create the venv (default: python3, must be >= 3.11)
#   VENV          venv directory (default: .venv in the repository root)
#   SKIP_APT=1    do not check or install system packages
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}
LOCK=requirements.lock

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# ----------------------------------------------------------------------------------------
# 1. System packages
# ----------------------------------------------------------------------------------------
PACKAGES=(
    # Qt offscreen platform plugin
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libx11-6
    # Qt xcb platform plugin (a real window, e.g. under Xvfb)
    libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libx11-xcb1 libxcb-shm0
    libxcb-sync1 libxcb-xfixes0 libxcb-util1 xvfb xauth
    # PDF checks (pdftotext, pdffonts; poppler-data is needed for CJK)
    poppler-utils poppler-data
    # Chinese UI fallback font
    fonts-wqy-microhei
    # PostgreSQL 15 server for the PostgreSQL test pass (contrib brings pg_trgm)
    postgresql postgresql-contrib
    # soffice --headless --convert-to csv/pdf for spreadsheet tests
    libreoffice-calc-nogui
)

# The venv needs the interpreter's venv/ensurepip modules; Debian's own python3 splits
# them into python3-venv.
if ! command -v "$PYTHON" >/dev/null 2>&1; then
    say "$PYTHON not found: will install Debian's python3 and python3-venv"
    PACKAGES+=(python3 python3-venv)
    PYTHON=python3
elif ! "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    if [ "$(command -v "$PYTHON")" = /usr/bin/python3 ]; then
        PACKAGES+=(python3-venv)
    else
        die "$PYTHON lacks the venv/ensurepip modules"
    fi
fi

is_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null)" = "ii " ]
}

if [ "${SKIP_APT:-0}" = 1 ]; then
    say "SKIP_APT=1: not checking system packages"
elif ! command -v dpkg-query >/dev/null 2>&1; then
    say "not a Debian system (no dpkg-query): skipping system packages; install the" \
        "equivalents of: ${PACKAGES[*]}"
else
    missing=()
    for pkg in "${PACKAGES[@]}"; do
        is_installed "$pkg" || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "system packages: all ${#PACKAGES[@]} already installed, skipping apt"
    else
        SUDO=()
        if [ "$(id -u)" -ne 0 ]; then
            if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
                SUDO=(sudo -n)
            else
                die "missing system packages: ${missing[*]}
        run as root:  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
            fi
        fi
        say "system packages missing: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        say "apt-get update"
        "${SUDO[@]}" apt-get update -q
        say "apt-get install -y --no-install-recommends ${missing[*]}"
        "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
    fi
fi

# ----------------------------------------------------------------------------------------
# 2. Python virtual environment
# ----------------------------------------------------------------------------------------
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || die "$PYTHON is $("$PYTHON" -V 2>&1); Python >= 3.11 is required"
[ -f "$LOCK" ] || die "$LOCK not found in $ROOT"

# A venv whose interpreter no longer runs (moved, or its base Python removed) is rebuilt.
if [ -d "$VENV" ] && ! "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
    say "$VENV is broken: removing it"
    rm -rf "$VENV"
fi
if [ ! -d "$VENV" ]; then
    say "creating $VENV with $PYTHON ($("$PYTHON" -V 2>&1))"
    "$PYTHON" -m venv "$VENV"
fi

# Reinstall only when the lock, the project metadata or the interpreter changed.
STAMP="$VENV/.setup-stamp"
want=$(cat "$LOCK" pyproject.toml <("$VENV/bin/python" -VV) | sha256sum | cut -d' ' -f1)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
    say "$VENV is up to date with $LOCK ($("$VENV/bin/python" -V))"
else
    rm -f "$STAMP"
    say "upgrading pip in $VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    say "installing locked dependencies: pip install --require-hashes -r $LOCK"
    "$VENV/bin/python" -m pip install --quiet --require-hashes -r "$LOCK"
    # setuptools is in the lock (PyInstaller needs it), so the editable install can use it
    # directly instead of fetching a fresh build environment.
    iso=()
    if "$VENV/bin/python" -c 'import setuptools' >/dev/null 2>&1; then
        iso=(--no-build-isolation)
    fi
    say "installing the project: pip install --no-deps -e ."
    "$VENV/bin/python" -m pip install --quiet --no-deps "${iso[@]}" -e .
    echo "$want" > "$STAMP"
    say "$VENV ready ($("$VENV/bin/python" -V))"
fi
