#!/usr/bin/env bash
# Every test, Python and C#: bash scripts/test.sh [pytest args]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
cd "$ROOT"
.venv/bin/ruff check python tests bench conformance
exec .venv/bin/python -m pytest "$@"
