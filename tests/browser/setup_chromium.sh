#!/usr/bin/env bash
# Headless Chromium from Debian's packages, for the browser tests (tests/test_report_browser.py).
# Prints the path of the browser on stdout; installs the `chromium` package first if it is missing
# (as root, or through passwordless sudo). Exit status 1, with the reason on stderr, when it cannot.
set -euo pipefail
for b in chromium chromium-browser; do
  if command -v "$b" >/dev/null 2>&1; then command -v "$b"; exit 0; fi
done
if [ "$(id -u)" = 0 ]; then SUDO=""; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
  echo "chromium is not installed and this user cannot install packages (not root, no passwordless sudo)" >&2; exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then echo "chromium is not installed and there is no apt-get" >&2; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >&2 || true
$SUDO apt-get install -y -qq --no-install-recommends chromium >&2
command -v chromium
