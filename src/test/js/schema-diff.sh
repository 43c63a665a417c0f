#!/usr/bin/env bash
# Compares a schema with the committed contract (src/main/graphql/schema.graphql) using graphql-inspector, lists
# every change, and fails when one of them breaks existing clients.
# Usage: bash src/test/js/schema-diff.sh [schema]   (default: target/served-schema.graphql, which
#        SchemaContractTest writes from the running test application)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
schema="${1:-$root/target/served-schema.graphql}"
[ -d "$here/node_modules/@graphql-inspector" ] || (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
"$here/node_modules/.bin/graphql-inspector" diff "$root/src/main/graphql/schema.graphql" "$schema"
