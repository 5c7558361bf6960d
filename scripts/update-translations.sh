#!/usr/bin/env bash
# Refresh the GUI translations: collect every tr()/translate() string of ui/ (plus the core
# vocabulary, via ui/vocab_catalog.py) into resources/translations/mediation_en.ts, then
# compile it to mediation_en.qm. Translate new entries with pyside6-linguist (or by editing
# the .ts), run this script again, and commit both files.
#
#   scripts/update-translations.sh            update .ts and build .qm
#   scripts/update-translations.sh --check    fail if any entry is untranslated
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${VENV_BIN:-}
if [ -z "$BIN" ]; then
    for candidate in .venv/bin "$(dirname "$(command -v python3)")"; do
        [ -x "$candidate/pyside6-lupdate" ] && BIN=$candidate && break
    done
fi
[ -n "$BIN" ] || { echo "pyside6-lupdate not found: set VENV_BIN" >&2; exit 1; }

TS=resources/translations/mediation_en.ts
QM=resources/translations/mediation_en.qm

QT_QPA_PLATFORM=offscreen "$BIN/python" -m ui.vocab > ui/vocab_catalog.py.new
mv ui/vocab_catalog.py.new ui/vocab_catalog.py

mapfile -t SOURCES < <(find ui -name '*.py' -not -path '*/__pycache__/*' | sort)
"$BIN/pyside6-lupdate" -no-obsolete -locations relative -source-language zh_CN \
    -target-language en "${SOURCES[@]}" -ts "$TS"
"$BIN/pyside6-lrelease" "$TS" -qm "$QM"

if [ "${1:-}" = "--check" ]; then
    if grep -q 'type="unfinished"' "$TS"; then
        echo "untranslated entries in $TS:" >&2
        grep -B2 'type="unfinished"' "$TS" | grep '<source>' >&2
        exit 1
    fi
fi
