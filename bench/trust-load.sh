#!/usr/bin/env bash
# Channel verdicts and S/MIME verifications per second on one thread (issue: trust and policy;
# docs/BENCHMARKS.md "Trust"). Targets: 2,000 verdicts/s with a warm DNS cache, 500 S/MIME/s.
#   bench/trust-load.sh [ROUNDS=5] [SECONDS_PER_ROUND=10]
# Raw output goes to bench/results/<date>-trust.txt. Not a test: ./mvnw verify never runs it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# One reactor build: the sibling modules resolve to their target/classes, nothing is installed in ~/.m2.
./mvnw -q -pl mail-gateway -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/om-trust-cp.txt >/dev/null
JDK=$(bin/official-mail --print-jdk 2>/dev/null || true)
[ -n "$JDK" ] || JDK=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1)
CP="mail-gateway/target/classes:mail-gateway/target/test-classes:$(cat /tmp/om-trust-cp.txt)"
OUT="bench/results/$(date -u +%Y-%m-%d-%H%M)-trust.txt"
{
  echo "# official-mail trust load, $(date -Is); commit $(git rev-parse --short HEAD); $(nproc) cores; JDK $JDK"
  "$JDK/bin/java" -cp "$CP" vn.officialmail.gateway.trust.authentication.VerdictLoad "${1:-5}" "${2:-10}" 2>&1 \
    | grep -v -E '^(SLF4J|WARNING)|DEBUG|INFO'
  "$JDK/bin/java" -cp "$CP" vn.officialmail.gateway.trust.smime.SmimeLoad "${1:-5}" "${2:-10}" 2>&1 \
    | grep -v -E '^(SLF4J|WARNING)|DEBUG|INFO'
} | tee "$OUT"
echo "raw output: $OUT"
