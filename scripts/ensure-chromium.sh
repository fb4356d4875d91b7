#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests if it is not there. Test tools that download
# their own browser cannot run on this project's machines, so the system's package is used.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi
echo "Chromium mangler: installerer Debians pakke «chromium» (trengs for nettlesertestene)."
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
"$chromium_path" --version
