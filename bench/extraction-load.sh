#!/usr/bin/env bash
# Attachment extraction: Tika MB/s on PDFs and DOCX made from the real documents against poppler's
# pdftotext on the same PDFs, and OCR seconds per A4 page at 200 dpi (issue: indexer;
# docs/BENCHMARKS.md "Extraction").   bench/extraction-load.sh [ROUNDS=3]
# Needs pdftotext (poppler-utils) and Tesseract with the Vietnamese pack; installs them with apt when
# missing. Raw output goes to bench/results/<date>-extraction.txt. Not a test: ./mvnw verify never runs it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if ! command -v pdftotext >/dev/null 2>&1 || ! command -v tesseract >/dev/null 2>&1; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q poppler-utils tesseract-ocr tesseract-ocr-vie fonts-dejavu-core
fi
# One reactor build: the sibling modules resolve to their target/classes, nothing is installed in ~/.m2.
./mvnw -q -pl indexer -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/om-extraction-cp.txt >/dev/null
JDK=$(bin/official-mail --print-jdk 2>/dev/null || true)
[ -n "$JDK" ] || JDK=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1)
OUT="bench/results/$(date -u +%Y-%m-%d-%H%M)-extraction.txt"
{
  echo "# official-mail extraction load, $(date -Is); commit $(git rev-parse --short HEAD 2>/dev/null || echo -); $(nproc) cores; JDK $JDK; $(pdftotext -v 2>&1 | head -1); $(tesseract --version 2>&1 | head -1)"
  "$JDK/bin/java" -cp "indexer/target/classes:indexer/target/test-classes:$(cat /tmp/om-extraction-cp.txt)" \
    vn.officialmail.indexer.extract.ExtractionLoad classifier/src/test/resources/documents "${1:-3}" 2>&1 \
    | grep -v -E '^(SLF4J|WARNING)|DEBUG|INFO'
} | tee "$OUT"
echo "raw output: $OUT"
