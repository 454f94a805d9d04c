#!/usr/bin/env bash
# Indexing throughput and search latency of the mail index (issue 5; docs/BENCHMARKS.md "Search").
#   bench/index-load.sh [MESSAGES=100000] [THREADS=2] [QUERIES=1000] [DIR]
# Generates text-only ~5 KB Vietnamese messages (fixed seed), indexes them into a fresh Lucene
# index (target >= 2,000 msg/s), commits, then measures p50/p95/p99 search latency as a
# unit-restricted user with highlights, with facets then without (target p95 <= 50 ms over 1,000,000 messages:
# MESSAGES=1000000, about 5 GB of text, keep DIR to search it again without re-indexing).
# Raw output goes to bench/results/<date>-index-load.txt. Not a test: ./mvnw verify never runs it.
# SEARCHING=1: a user searches once a second while indexing (the searcher is then reopened twice a
# second, as in a gateway in use; with no search it is not reopened at all).
# Run it on an otherwise idle machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# one reactor run, so the config module resolves to its classes (nothing is installed into ~/.m2)
./mvnw -q -o -pl indexer -am -Dspotless.check.skip=true test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/om-index-cp.txt >/dev/null
JDK=$(bin/official-mail --print-jdk 2>/dev/null || true)
[ -n "$JDK" ] || JDK=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1)
mkdir -p bench/results
OUT="bench/results/$(date -u +%Y-%m-%d-%H%M)-index-load.txt"
{
  echo "# official-mail index load, $(date -Is); commit $(git rev-parse --short HEAD); $(nproc) cores; JDK $JDK"
  "$JDK/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED -Dsearching="${SEARCHING:+true}" \
    -cp "indexer/target/classes:indexer/target/test-classes:config/target/classes:$(cat /tmp/om-index-cp.txt)" \
    vn.officialmail.indexer.bench.IndexLoad "${1:-100000}" "${2:-2}" "${3:-1000}" ${4:+"$4"} 2>&1 \
    | grep -v -E '^(SLF4J|WARNING)'
} | tee "$OUT"
echo "raw output: $OUT"
