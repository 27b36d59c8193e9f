#!/bin/sh
# install.sh PACKAGE.deb — the image's build step (Containerfile `RUN`), also what
# `packaging/devenv test` runs in a clean Debian 13 root, so both install the same way.
# Without recommends: no xcb or Wayland platform plugins, no Mesa drivers; only what the package
# needs (the offscreen platform is part of libqt6gui6) and a font for PDF reports.
set -eu
export DEBIAN_FRONTEND=noninteractive
# A fresh image has no package lists; the test's clean root may already carry them.
if ! ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1; then
    apt-get update
fi
apt-get install -y --no-install-recommends "$@"
apt-get clean
rm -rf /var/lib/apt/lists/*
groupadd --system --gid 10001 driftdeck
useradd --system --uid 10001 --gid 10001 --create-home --home-dir /home/driftdeck --shell /usr/sbin/nologin driftdeck
install -d -o driftdeck -g driftdeck /var/lib/driftdeck/history
