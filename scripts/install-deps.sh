#!/usr/bin/env bash
# Installs the Debian 12 packages py2cpp needs, when some are missing (run as root, or with sudo).
set -euo pipefail
# The last line: cross compilers and qemu-user for `py2cpp build/validate --target aarch64|armhf`.
packages=(g++ clang cmake ninja-build python3-dev nlohmann-json3-dev libfmt-dev libcli11-dev libgtest-dev
          libeigen3-dev libopenblas-dev python3-numpy python3-scipy python3-pytest python3-matplotlib
          g++-aarch64-linux-gnu g++-arm-linux-gnueabihf qemu-user)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "py2cpp: installing ${missing[*]}"
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
