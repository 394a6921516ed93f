# Sourced by the nemesis tests once $vouch is set: the precondition every run has (root), a
# run folder removed on exit, and the checks that nothing of a run is left behind.
fail() { echo "FAIL: $*"; "$vouch" nemesis --cleanup >/dev/null 2>&1; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "SKIP: needs root"; exit 77; }
# Skips the test (77) unless every program named is installed in /usr/bin.
require() {
  local b
  for b in "$@"; do
    [ -x "/usr/bin/$b" ] || { echo "SKIP: no /usr/bin/$b (scripts/install-deps.sh)"; exit 77; }
  done
}
run=$(mktemp -d /tmp/vouch-nemesis-XXXXXX)
trap 'rm -rf "$run"' EXIT
# Rules in the root namespace's iptables (a run must leave them as they were).
root_rules() { iptables-save 2>/dev/null | grep -v '^#' | grep -c . || true; }
# Live processes by name (redis rewrites its command line; a zombie runs nothing).
live() { ps -eo stat=,comm= | awk -v n="$1" '$1 !~ /^Z/ && $2 == n' | wc -l; }
# No vouch- namespace left (of any run), and no state file.
nothing_of_runs_left() {
  local left
  left=$(ip netns list | grep -c '^vouch-' || true)
  [ "$left" -eq 0 ] || fail "$left vouch- namespaces left: $(ip netns list)"
  ls /run/vouch/*.state >/dev/null 2>&1 && fail "state file left in /run/vouch"
  return 0
}
