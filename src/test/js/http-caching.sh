#!/usr/bin/env bash
# HTTP caching and compression of /graphql as curl sees them: a GET answer's ETag, 304 for a client that holds it,
# a gzipped body that decompresses to the plain one, and no brotli (application.properties says why). Usage: http-caching.sh http://host:port
set -euo pipefail
base=$1
query='{ statistics(first: 40) { edges { node { id printedAmount } } } }'
url="$base/graphql?query=$(node -e 'process.stdout.write(encodeURIComponent(process.argv[1]))' "$query")"
fail() { echo "http-caching: $*" >&2; exit 1; }
header() { tr -d '\r' | awk -v name="$1:" 'tolower($1) == name { $1 = ""; sub(/^ /, ""); print }'; }

headers=$(curl -fsS -D - -o /dev/null "$url")
etag=$(header etag <<<"$headers")
[[ $etag =~ ^\"[0-9a-f]{32}\"$ ]] || fail "no strong ETag: $headers"
[ "$(header cache-control <<<"$headers")" = "public, max-age=60" ] || fail "Cache-Control: $headers"
status=$(curl -sS -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$url")
[ "$status" = 304 ] || fail "If-None-Match $etag answered $status, not 304"
echo "ETag $etag, then 304 Not Modified"

plain=$(curl -fsS "$url")
for encoding in gzip; do
    got=$(curl -fsS -H "Accept-Encoding: $encoding" -D - -o /dev/null "$url" | header content-encoding)
    [ "$got" = "$encoding" ] || fail "Accept-Encoding: $encoding answered Content-Encoding '$got'"
    [ "$(curl -fsS --compressed -H "Accept-Encoding: $encoding" "$url")" = "$plain" ] \
        || fail "the $encoding body does not decompress to the plain one"
    echo "$encoding: $(curl -fsS -H "Accept-Encoding: $encoding" "$url" | wc -c) bytes for ${#plain}"
done
got=$(curl -fsS -H "Accept-Encoding: br" -D - -o /dev/null "$url" | header content-encoding)
[ -z "$got" ] || fail "Accept-Encoding: br answered Content-Encoding '$got'; brotli is meant to be left out"
echo "br alone: the plain answer"
