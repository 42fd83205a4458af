#!/usr/bin/env bash
# Installs Debian's Chromium and ChromeDriver for the browser tests (DashboardBrowserTest, WorklistBrowserTest) when
# they are missing. Needs root (or sudo) and the Debian package mirror; does nothing when both are already installed.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium chromium-driver
