#!/usr/bin/env bash
# Registration throughput of the incoming register (issue: registry; docs/BENCHMARKS.md "Registry").
#   bench/register-load.sh [postgres|h2] [WRITERS=16] [PER_TRANSACTION=8] [PER_ROUND=10000] [ROUNDS=5]
# Fresh database each run (PostgreSQL on 127.0.0.1:5432, user postgres), durability on; raw output
# goes to bench/results/<date>-register-<db>.txt. Not a test: ./mvnw verify never runs it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DB="${1:-postgres}"
# One reactor build: the sibling modules resolve to their target/classes, nothing is installed in ~/.m2.
./mvnw -q -pl mail-gateway -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/om-register-cp.txt >/dev/null
JDK=$(bin/official-mail --print-jdk 2>/dev/null || true)
[ -n "$JDK" ] || JDK=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1)
OUT="bench/results/$(date -u +%Y-%m-%d-%H%M)-register-$DB.txt"
{
  echo "# official-mail register load, $(date -Is); commit $(git rev-parse --short HEAD); $(nproc) cores; JDK $JDK"
  "$JDK/bin/java" -cp "mail-gateway/target/classes:mail-gateway/target/test-classes:$(cat /tmp/om-register-cp.txt)" \
    vn.officialmail.gateway.bench.RegisterLoad "$DB" "${2:-16}" "${3:-8}" "${4:-10000}" "${5:-5}" 2>&1 \
    | grep -v -E '^(SLF4J|WARNING)|DEBUG|INFO'
} | tee "$OUT"
echo "raw output: $OUT"
