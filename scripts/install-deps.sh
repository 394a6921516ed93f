#!/usr/bin/env bash
# Installs the Debian packages Vouch needs, idempotently: only what is missing.
# As root it installs; otherwise it prints the apt-get line to run.
set -euo pipefail
pkgs=(cmake ninja-build g++ make antlr4 libantlr4-runtime-dev libz3-dev libjemalloc-dev
      libboost-program-options-dev nlohmann-json3-dev catch2 clang libclang-rt-14-dev
      chromium etcd-server etcd-client iptables libcurl4-openssl-dev strace
      redis-server redis-sentinel redis-tools libhiredis-dev)
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
# Package scripts must not start system services (etcd, redis-server, redis-sentinel): vouch
# starts its own servers inside network namespaces, and a system redis on port 6379 is nothing
# we want left running. Where no policy-rc.d exists, one that refuses every start is put in
# place for this install only; an existing one is left as it is.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\n# vouch install-deps.sh: no service starts during this install\nexit 101\n' >"$policy"
  chmod 755 "$policy"
  trap 'rm -f "$policy"' EXIT
fi
apt-get -o DPkg::Lock::Timeout=600 update -q
apt-get -o DPkg::Lock::Timeout=600 install -y -q "${missing[@]}"
