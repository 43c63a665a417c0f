#!/usr/bin/env bash
# Starts Caravan with the given command on a fresh data directory and runs graphql-http's server audit
# (GraphQL over HTTP conformance, src/test/http/audit.mjs) against it. Fails when an audit fails.
# Usage: src/test/http/audit.sh java -jar target/quarkus-app/quarkus-run.jar
#        src/test/http/audit.sh target/caravan-1.0.0-SNAPSHOT-runner
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port=${AUDIT_PORT:-18080}

if ! command -v npm >/dev/null 2>&1; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm
fi
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

data_dir=$(mktemp -d)
log="$data_dir/service.log"
CARAVAN_DATA_DIR="$data_dir" QUARKUS_HTTP_PORT=$port "$@" >"$log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true; rm -rf "$data_dir"' EXIT
for _ in $(seq 120); do
    curl -fs -o /dev/null "http://localhost:$port/q/health/ready" && break
    kill -0 $service 2>/dev/null || { cat "$log" >&2; echo "the service stopped before it was ready" >&2; exit 1; }
    sleep 0.5
done
node "$here/audit.mjs" "http://localhost:$port/graphql"
