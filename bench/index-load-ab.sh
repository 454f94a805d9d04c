#!/usr/bin/env bash
# Indexing throughput of this checkout against an earlier commit, measured in one run (issue 5;
# docs/BENCHMARKS.md "Index").
#   bench/index-load-ab.sh BASE_REV [MESSAGES=30000] [ROUNDS=3]
# Builds the indexer of BASE_REV in a temporary clone and of this checkout, then runs the same
# IndexLoad (this checkout's, so both index the same messages) alternately: base, new, base, new…
# Each line gives msg/s and process CPU per message; compare medians. SEARCHING=1 makes the new
# version's runs search once a second meanwhile. A base from before 516f95d reopens its searcher twice
# a second whatever IndexLoad says ("no search meanwhile").
# Raw output goes to bench/results/<date>-index-load-ab.txt. Run it on an otherwise idle machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BASE="${1:?usage: bench/index-load-ab.sh BASE_REV [MESSAGES] [ROUNDS]}"
MESSAGES="${2:-30000}"
ROUNDS="${3:-3}"
OLD="$(mktemp -d /tmp/om-index-ab.XXXXXX)"
trap 'rm -rf "$OLD"' EXIT
git clone -q "$ROOT" "$OLD/repo"
git -C "$OLD/repo" checkout -q "$BASE"
build() { # $1: checkout; test classes too (IndexLoad), nothing installed into ~/.m2
  (cd "$1" && ./mvnw -q -o -pl indexer -am -Dspotless.check.skip=true test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$1/indexer/target/cp.txt" >/dev/null)
}
build "$OLD/repo"
build "$ROOT"
JDK=$(bin/official-mail --print-jdk 2>/dev/null || true)
[ -n "$JDK" ] || JDK=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1)
run() { # $1: checkout whose indexer is measured; $2: searching while indexing (true/false)
  local cp="$1/indexer/target/classes:$1/config/target/classes:$ROOT/indexer/target/test-classes:$(cat "$1/indexer/target/cp.txt")"
  "$JDK/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED -Dsearching="$2" -cp "$cp" \
    vn.officialmail.indexer.bench.IndexLoad "$MESSAGES" 2 1 2>&1 | grep '^indexed' | sed -E 's/.*commit included, //; s/^/(/'
}
mkdir -p bench/results
OUT="bench/results/$(date -u +%Y-%m-%d-%H%M)-index-load-ab.txt"
{
  echo "# official-mail index load A/B, $(date -Is); base $(git -C "$OLD/repo" rev-parse --short HEAD)," \
    "new $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'); $MESSAGES messages; $(nproc) cores; JDK $JDK"
  for round in $(seq 1 "$ROUNDS"); do
    echo "round $round base  (load $(cut -d' ' -f1 /proc/loadavg)): $(run "$OLD/repo" false)"
    echo "round $round new   (load $(cut -d' ' -f1 /proc/loadavg)): $(run "$ROOT" "${SEARCHING:+true}")"
  done
} | tee "$OUT"
echo "raw output: $OUT"
