#!/usr/bin/env bash
# Installs the Debian packages Vouch needs, idempotently: only what is missing.
# As root it installs; otherwise it prints the apt-get line to run.
set -euo pipefail
pkgs=(cmake ninja-build g++ make antlr4 libantlr4-runtime-dev libz3-dev
      libboost-program-options-dev nlohmann-json3-dev catch2 clang libclang-rt-14-dev
      chromium etcd-server etcd-client iptables libcurl4-openssl-dev strace)
if [ "${VOUCH_EXTRA_PKGS:-}" != "" ]; then
  # shellcheck disable=SC2206
  pkgs+=(${VOUCH_EXTRA_PKGS})
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "vouch: missing Debian packages: ${missing[*]}" >&2
  echo "run: sudo apt-get -o DPkg::Lock::Timeout=600 install -y ${missing[*]}" >&2
  exit 1
fi
echo "vouch: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -q
apt-get -o DPkg::Lock::Timeout=600 install -y -q "${missing[@]}"
