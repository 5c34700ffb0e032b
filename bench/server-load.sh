#!/usr/bin/env bash
# Point-lookup throughput and memory of `dkg serve` on a generated store.
#
#   bench/server-load.sh                 # 20,000 articles (~2.4 M quads), 20,000 entities, 30 s per run
#   ARTICLES=5000 DURATION=10s bench/server-load.sh
#   SERVE_ARGS='--max-rows 0' bench/server-load.sh     # extra dkg serve flags
#
# Needs: a built target/dkg.jar (./mvnw -q package -DskipTests), python3, wrk (Debian: apt-get install -y wrk).
# Generates N-Quads (bench/generate-store.py), bulk-loads them with Jena's tdb2.tdbloader (in dkg.jar), starts
# `dkg serve` on it, then runs wrk twice with 2 connections (SPARQL point lookups, then /data/ documents), and
# reports requests/s, p50/p99 latency and the server's resident memory (VmRSS now, VmHWM peak) from /proc.
# Everything lives in a temporary folder, removed at the end; the server is stopped by its process id.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-20000}
ENTITIES=${ENTITIES:-20000}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-2}
THREADS=${THREADS:-2}
PORT=${PORT:-3099}
HEAP=${HEAP:--Xmx2g}
SERVE_ARGS=${SERVE_ARGS:-}
JAR=target/dkg.jar

command -v wrk >/dev/null || { echo "wrk not found (Debian: apt-get install -y wrk)" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR not found: ./mvnw -q package -DskipTests" >&2; exit 2; }

WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== generating $ARTICLES articles, $ENTITIES entities"
python3 bench/generate-store.py "$ARTICLES" "$ENTITIES" > "$WORK/data.nq"
QUADS=$(wc -l < "$WORK/data.nq")
echo "   $QUADS quads"
echo "== loading with tdb2.tdbloader"
start=$(date +%s)
java $HEAP -cp "$JAR" tdb2.tdbloader --loc "$WORK/tdb2" "$WORK/data.nq" > "$WORK/load.log" 2>&1
echo "   $(( $(date +%s) - start )) s; database $(du -sh "$WORK/tdb2" | cut -f1)"

echo "== starting dkg serve on port $PORT ($HEAP)"
java $HEAP -jar "$JAR" serve --db "$WORK/tdb2" --port "$PORT" --seeds "$WORK/none" $SERVE_ARGS > "$WORK/serve.out" 2> "$WORK/serve.err" &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/\$/ping" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$PORT/\$/ping" >/dev/null || { echo "server did not start"; cat "$WORK/serve.err"; exit 1; }

rss() { awk '/^VmRSS|^VmHWM/ {printf "%s %d MiB  ", $1, $2/1024}' "/proc/$SERVER_PID/status"; echo; }
echo "   idle: $(rss)"

for mode in sparql ld; do
  echo "== $mode point lookups: wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a 5 s warm-up)"
  MODE=$mode ENTITIES=$ENTITIES wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s bench/lookup.lua "http://127.0.0.1:$PORT" > /dev/null
  MODE=$mode ENTITIES=$ENTITIES wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s bench/lookup.lua "http://127.0.0.1:$PORT" | tail -1
  echo "   after: $(rss)"
done
echo "== request log lines written: $(grep -c 'method=GET' "$WORK/serve.err" || true)"
