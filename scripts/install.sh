#!/usr/bin/env bash
# The one install step for CI (.ci/run), the check workflow and the publishing workflow, so a change
# that passed its check installs the same way when it is published. Installs the locked packages;
# the Node that Astro needs comes with them (the `node` package).
#
# npm ci refuses some locks that npm install itself wrote (npm/cli#9846, optional native
# bindings); fall back to npm install, which installs the same locked versions.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund || {
  echo "npm ci avviste låsefila; bruker npm install (samme låste versjoner)"
  npm install --no-audit --no-fund
}
