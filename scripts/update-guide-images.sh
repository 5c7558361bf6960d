#!/usr/bin/env bash
# Regenerate the user guide's screenshots (docs/images/*-zh_CN.png) from the real screens,
# on a fixed demo office (seed and "today" fixed, windows 1280×800), then rebuild the guide's
# PDF (docs/用户手册.pdf) which shows them. Commit the images and the PDF together.
#
#   scripts/update-guide-images.sh
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${VENV_BIN:-}
if [ -z "$BIN" ]; then
    for candidate in .venv/bin "$(dirname "$(command -v python3)")"; do
        [ -x "$candidate/python" ] && "$candidate/python" -c "import PySide6, pytestqt" 2>/dev/null \
            && BIN=$candidate && break
    done
fi
[ -n "$BIN" ] || { echo "no virtual environment found: set VENV_BIN" >&2; exit 1; }

MEDIATION_UPDATE_GUIDE=1 QT_QPA_PLATFORM=offscreen "$BIN/python" -m pytest -q -p no:cacheprovider \
    tests/ui/test_guide_images.py
"$BIN/python" scripts/build-guide-pdf.py
