#!/usr/bin/env bash
# /q/metrics through Prometheus's own linter, promtool check metrics, in both exposition formats.
# The Prometheus text format (0.0.4) must pass as it is. promtool reads every input as that format, so in the
# OpenMetrics one it finds a counter's samples (x_total) apart from its HELP (x), as OpenMetrics writes them: those
# findings, and only those, are expected; anything else fails. Usage: metrics-lint.sh http://host:port
set -euo pipefail
base=$1
text=$(mktemp)
openmetrics=$(mktemp)
trap 'rm -f "$text" "$openmetrics"' EXIT
curl -fsS -H 'Accept: text/plain; version=0.0.4' "$base/q/metrics" > "$text"
# Prometheus's own scrape (Accept: application/openmetrics-text;version=1.0.0,...;q=0.75,text/plain;...) gets the
# text format; OpenMetrics comes with no Accept header at all, or when asked for exactly.
curl -fsS -H 'Accept: application/openmetrics-text; version=1.0.0; charset=utf-8' "$base/q/metrics" > "$openmetrics"
grep -q '^# EOF' "$openmetrics" || { echo "metrics-lint: no OpenMetrics answer" >&2; exit 1; }

promtool check metrics < "$text" || { echo "metrics-lint: the text format fails promtool" >&2; exit 1; }
echo "text format: promtool check metrics passes ($(grep -vc '^#' "$text") samples)"

unexpected=$( (promtool check metrics < "$openmetrics" 2>&1 || true) | while read -r finding; do
    name=${finding%% *}
    if [[ $finding == "$name no help text" && $name == *_total ]] && grep -q "^# HELP ${name%_total} " "$openmetrics"; then
        continue
    fi
    echo "$finding"
done)
[ -z "$unexpected" ] || { echo "metrics-lint: OpenMetrics findings: $unexpected" >&2; exit 1; }
echo "OpenMetrics: parses; promtool's only findings are its reading of counters' _total samples"
