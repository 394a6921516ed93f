#!/usr/bin/env bash
# Renders a `vouch history` file report (tests/cases/history-html/*.json) with
# history_html_render, loads the page in headless Chromium and checks the DOM after the page's
# script has run: every operation has a bar (`data-op-id`), the verdict is shown, the report's
# text arrives escaped, and exactly when the report names a failed_operation, that bar has class
# `failed` and the page has `#failure-mark`. Without Chromium the test fails; it does not skip.
# Expectations are read from the report with grep, so keep one `"key": value` per field there.
# usage: history_html.sh RENDER REPORT.json
set -uo pipefail
render=$1
report=$2
fail() { echo "FAIL $report: $1"; exit 1; }
command -v chromium > /dev/null ||
  fail "chromium is not installed (scripts/install-deps.sh installs it)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$render" "$report" > "$tmp/page.html" || fail "history_html_render exited with $?"
dom=$tmp/dom.html
timeout 60 chromium --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/profile" \
  --dump-dom "file://$tmp/page.html" > "$dom" 2> "$tmp/chromium.err"
code=$?
if [ "$code" -ne 0 ] || [ ! -s "$dom" ]; then
  cat "$tmp/chromium.err"
  fail "chromium exited with $code"
fi
escape() { sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g'; }
field() { grep -m1 -oE "\"$1\": *(null|[0-9]+|\"[^\"]*\")" "$report" | sed -E 's/^[^:]*: *"?//; s/"$//'; }

# The axis ticks are drawn by the page's script: their presence shows that it ran.
grep -q 'class="tick"' "$dom" || fail "no axis ticks: the page's script did not run"

ids=$(grep -oE '"id": *[0-9]+' "$report" | grep -oE '[0-9]+$')
[ -n "$ids" ] || fail "no operations in the report"
for id in $ids; do
  [ "$(grep -c "data-op-id=\"$id\"" "$dom")" -eq 1 ] || fail "not exactly one bar for op $id"
done
count=$(grep -o 'data-op-id="' "$dom" | wc -l)
[ "$count" -eq "$(echo "$ids" | wc -l)" ] || fail "$count bars for $(echo "$ids" | wc -l) operations"

verdict=$(field verdict)
grep -qE "id=\"verdict\"[^>]*>$verdict<" "$dom" || fail "verdict '$verdict' is not shown in #verdict"

file=$(field file)
grep -qF "id=\"file\">$(printf '%s' "$file" | escape)<" "$dom" || fail "file name not shown escaped"
if [[ "$file" == *"<"* ]] && grep -qF -- "$file" "$dom"; then
  fail "the file name reached the page unescaped"
fi

# One line `ID CLASSES` per operation bar (the renderer writes class before data-op-id; titles
# span lines, hence the tr).
bars=$(tr '\n' ' ' < "$dom" | grep -oE '<div class="[^"]*" data-op-id="[0-9]+"' |
  sed -E 's/<div class="([^"]*)" data-op-id="([0-9]+)"/\2 \1/')
failed_bars=$(echo "$bars" | grep -E '^[0-9]+ (.* )?failed( |$)' | cut -d' ' -f1)
failed=$(field failed_operation)
if [ -n "$failed" ] && [ "$failed" != null ]; then
  [ "$failed_bars" == "$failed" ] || fail "bars with class 'failed': '$failed_bars', expected $failed"
  grep -q 'id="failure-mark"' "$dom" || fail "no #failure-mark"
else
  [ -z "$failed_bars" ] || fail "bars with class 'failed' ($failed_bars) without a failed operation"
  ! grep -q 'id="failure-mark"' "$dom" || fail "#failure-mark without a failed operation"
fi
exit 0
