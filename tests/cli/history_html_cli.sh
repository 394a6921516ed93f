#!/usr/bin/env bash
# End to end: `vouch history --report json` and `--report html` on one history, then the page is
# checked in headless Chromium by history_html.sh against the JSON report (every operation has a
# bar; the failed operation and the failure mark are there exactly when the report has one).
# usage: history_html_cli.sh VOUCH SPEC MAP HISTORY
set -uo pipefail
vouch=$1 spec=$2 map=$3 history=$4
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$vouch" history --spec "$spec" --map "$map" --report json "$history" > "$tmp/report.json"
code=$?
[ "$code" -le 1 ] || { echo "FAIL: vouch history exited $code"; exit 1; }
cat > "$tmp/render.sh" <<SH
#!/usr/bin/env bash
"$vouch" history --spec "$spec" --map "$map" --report html "$history"
[ \$? -le 1 ]
SH
chmod +x "$tmp/render.sh"
"$here/history_html.sh" "$tmp/render.sh" "$tmp/report.json"
