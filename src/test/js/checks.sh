#!/usr/bin/env bash
# Starts Caravan with the given command on a fresh data directory and runs the checks that real GraphQL tools make
# against it; fails when any of them fails:
#   1. graphql-http's server audit (GraphQL over HTTP conformance, audit.mjs);
#   1b. HTTP caching and compression as curl sees them (http-caching.sh), metrics through promtool (metrics-lint.sh);
#   2. graphql-inspector: the served schema against the committed contract, no breaking change (schema-diff.sh);
#   3. node --test: a JavaScript client running the README's examples (client.test.mjs), Apollo Client's cache
#      with global ids, Relay-style pages both ways and its persisted-query link (apollo.test.mjs), subscriptions
#      over graphql-transport-ws (subscriptions.test.mjs), and in Debian's chromium GraphiQL, the SVG chart, a
#      page on another origin and the browser's HTTP cache (browser.test.mjs, screenshots in target/), the review
#      page from pasting an article to its saved figures (review.test.mjs), and the
#      Grafana dashboard's queries against promtool and /q/metrics (dashboard.test.mjs);
#   4. the shell commands of the README and docs/ that are marked to run against the service
#      (src/test/docs/doc_commands.py), after the others, as one of them records an article.
# Usage: src/test/js/checks.sh java -jar target/quarkus-app/quarkus-run.jar
#        src/test/js/checks.sh target/caravan-1.0.0-SNAPSHOT-runner
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port=${CHECKS_PORT:-18080}
editor_password=js-checks-editor

install_missing() {
    local missing=()
    command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
    command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    if [ ${#missing[@]} -gt 0 ]; then
        apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
    fi
}
install_missing
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

data_dir=$(mktemp -d)
log="$data_dir/service.log"
CARAVAN_DATA_DIR="$data_dir" QUARKUS_HTTP_PORT=$port CARAVAN_EDITOR_PASSWORD=$editor_password "$@" >"$log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true; rm -rf "$data_dir"' EXIT
for _ in $(seq 120); do
    curl -fs -o /dev/null "http://localhost:$port/q/health/ready" && break
    kill -0 $service 2>/dev/null || { cat "$log" >&2; echo "the service stopped before it was ready" >&2; exit 1; }
    sleep 0.5
done

echo "-- GraphQL over HTTP audit"
node "$here/audit.mjs" "http://localhost:$port/graphql"
echo "-- HTTP caching and compression, with curl"
bash "$here/http-caching.sh" "http://localhost:$port"
echo "-- Metrics through promtool"
bash "$here/metrics-lint.sh" "http://localhost:$port"
echo "-- The served schema against the committed contract"
curl -fs "http://localhost:$port/graphql/schema.graphql" > "$data_dir/served.graphql"
bash "$here/schema-diff.sh" "$data_dir/served.graphql"
echo "-- JavaScript client, subscriptions, GraphiQL in chromium"
cd "$here"
CARAVAN_URL="http://localhost:$port" CARAVAN_EDITOR_PASSWORD=$editor_password \
    node --test --test-concurrency=1 --test-reporter=spec browser.test.mjs review.test.mjs client.test.mjs \
    apollo.test.mjs subscriptions.test.mjs dashboard.test.mjs
echo "-- The shell commands of the README and docs/"
python3 "$here/../docs/doc_commands.py" check
python3 "$here/../docs/doc_commands.py" run "http://localhost:$port" "$editor_password"
