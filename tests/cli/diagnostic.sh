# Sourced by the expect_*error.sh scripts. check_diagnostic STDERR FILE LINE COL KIND: the first
# diagnostic in STDERR is `FILE:LINE:COL: error: ... [KIND]`, then line LINE of FILE, then a
# caret under column COL. On a mismatch it calls the caller's `fail MESSAGE`.
check_diagnostic() {
  local err=$1 file=$2 line=$3 col=$4 kind=$5
  local first src caret prefix
  first=$(head -1 "$err")
  [[ "$first" == "$file:$line:$col: error: "*"[$kind]" ]] ||
    fail "first line is not '$file:$line:$col: error: ... [$kind]'"
  src=$(sed -n "${line}p" "$file" | tr -d '\r')
  [ "$(sed -n 2p "$err")" == "$src" ] || fail "second line is not line $line of $file"
  caret=$(sed -n 3p "$err")
  prefix=${caret%%^*}
  [ "${#prefix}" -eq $((col - 1)) ] || fail "caret is at column $(( ${#prefix} + 1 )), expected $col"
}
