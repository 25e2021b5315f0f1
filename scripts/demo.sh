#!/usr/bin/env bash
# Sets up (see setup.sh), creates a demo study in demo/baitp-demo.sqlite if there is none yet,
# and opens the application on it. Extra arguments go to `baitp gui`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB=${BAITP_DEMO_DB:-demo/baitp-demo.sqlite}
mkdir -p "$(dirname "$DB")"
if [[ ! -s "$DB" ]]; then
  .venv/bin/baitp demo --db "$DB"
fi
.venv/bin/baitp validate --db "$DB" | tail -n 1
echo "Sign in with a demo account (README): nurse / demo-2207-nur, investigator / demo-2207-inv,"
echo "monitor / demo-2207-mon, admin / demo-2207-adm."
exec .venv/bin/baitp gui --db "$DB" "$@"
