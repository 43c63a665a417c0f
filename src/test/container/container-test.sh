#!/usr/bin/env bash
# Builds the native container image, runs it as an operator would (restricted as in Kubernetes: read-only root
# filesystem, no capabilities), queries it over GraphQL, restarts it on the same volume and checks the database
# survived. Needs target/*-runner (./mvnw package -Dnative).
#
#   bash src/test/container/container-test.sh [Dockerfile.native|Dockerfile.native-micro]
set -euo pipefail
cd "$(dirname "$0")/../../.."

DOCKERFILE=${1:-Dockerfile.native}
# The image names of docs/operators.md, whose build commands this script runs as written.
IMAGE=localhost/caravan-${DOCKERFILE#Dockerfile.}
NAME=caravan-container-test
VOLUME=caravan-container-test-data
PORT=${PORT:-18080}
# As the Kubernetes pod runs it (the restricted Pod Security Standard): a read-only root filesystem with a writable
# /tmp, no capabilities, no privilege gain.
RESTRICTED=(--read-only --tmpfs /tmp --cap-drop ALL --security-opt no-new-privileges)
passed=0
failed=0

fail() { echo "FAIL: $*" >&2; failed=$((failed + 1)); }
pass() { echo "ok: $*"; passed=$((passed + 1)); }
cleanup() {
    podman rm -f "$NAME" >/dev/null 2>&1 || true
    podman volume rm -f "$VOLUME" >/dev/null 2>&1 || true
}
trap cleanup EXIT

ls target/*-runner >/dev/null 2>&1 || { echo "No native binary: run ./mvnw package -Dnative first" >&2; exit 1; }
source src/test/container/podman-env.sh && ensure_podman && ensure_base_image && ensure_micro_base_image
case "$DOCKERFILE" in
    Dockerfile.native-micro)
        podman build -f src/main/docker/Dockerfile.native-micro --build-arg BASE_IMAGE=$MICRO_BASE_IMAGE -t caravan-native-micro .
        ;;
    *)
        podman build -f src/main/docker/Dockerfile.native --build-arg BASE_IMAGE=$BASE_IMAGE -t caravan-native .
        ;;
esac
echo "built $IMAGE ($(podman image inspect "$IMAGE" --format '{{.Size}}') bytes)"

graphql() {
    curl -s --max-time 10 "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' \
        -d "{\"query\": $(printf '%s' "$1" | python3 -c 'import json,sys; print(json.dumps(sys.stdin.read()))')}"
}

wait_ready() {
    for _ in $(seq 1 120); do
        if curl -sf --max-time 2 "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1; then
            return 0
        fi
        sleep 0.5
    done
    podman logs "$NAME" >&2 || true
    return 1
}

expect() { # description, actual, expected substring
    if [[ "$2" == *"$3"* ]]; then pass "$1"; else fail "$1: expected '$3' in: $2"; fi
}

cleanup
podman volume create "$VOLUME" >/dev/null
podman run -d --name "$NAME" "${RESTRICTED[@]}" -p "127.0.0.1:$PORT:8080" -v "$VOLUME:/work/data" "$IMAGE" >/dev/null
wait_ready && pass "the container is ready" || fail "the container did not become ready"

expect "a figure with its citation" \
    "$(graphql '{ statistic(id: "xinjiang-pakistan-trade-2022") { value unit citation { quote } } }')" \
    '"value":2920000000,"unit":"CNY","citation":{"quote":"in 2022 total value of imports & export from Xingjiang to Pakistan was RMB 2.92 billion'
expect "partner shares" \
    "$(graphql '{ partners(reporter: "xinjiang", period: "2022") { partner { code } sharePercent } }')" \
    '[{"partner":{"code":"central-asia"},"sharePercent":48.37},{"partner":{"code":"PK"},"sharePercent":1.19}]'
expect "the inconsistent parts are flagged" \
    "$(graphql '{ consistencyFindings(verdict: INCONSISTENT) { kind } }')" '"kind":"PARTS_AND_TOTAL"'
expect "a stable error code" "$(graphql '{ statistics(first: 101) { totalCount } }')" '"code":"INVALID_PAGE_SIZE"'
expect "the first start loads the dataset" "$(podman logs "$NAME" 2>&1)" "Bundled dataset version"
# Production logs are JSON, one object per line, for log collectors.
if podman logs "$NAME" 2>&1 | python3 -c '
import json, sys
records = [json.loads(line) for line in sys.stdin if line.strip()]
assert records and all("message" in r and "level" in r and "timestamp" in r for r in records), records[:3]
print(len(records), "JSON log records")'; then pass "the logs are JSON lines"; else fail "the logs are not JSON lines"; fi
count_before=$(graphql '{ statistics(first: 0) { totalCount } }')

podman stop -t 10 "$NAME" >/dev/null
podman rm "$NAME" >/dev/null
podman run -d --name "$NAME" "${RESTRICTED[@]}" -p "127.0.0.1:$PORT:8080" -v "$VOLUME:/work/data" "$IMAGE" >/dev/null
wait_ready && pass "a new container on the same volume is ready" || fail "the second container did not become ready"
expect "the database survived: nothing had to be loaded again" "$(podman logs "$NAME" 2>&1)" "already imported"
expect "and it still serves the same data" "$(graphql '{ statistics(first: 0) { totalCount } }')" "$count_before"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
