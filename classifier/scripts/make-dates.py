#!/usr/bin/env python3
"""Writes dates.tsv: the gold issue date of each labelled document, where its header has one.

Independent of the Java extractor on purpose: the first "<Place>, ngày D tháng M năm YYYY" (Decree
30/2020 Appendix I, box 4) in the first 1,500 characters, whitespace collapsed. Documents without
such a line (most laws, some extracts) get no gold date and are not scored on the date.
Run from the repository root:  python3 classifier/scripts/make-dates.py
"""
import datetime
import re

DIR = "classifier/src/test/resources/documents"
PLACE_DATE = re.compile(r"[A-ZĐÀ-Ỹ][^,;:\d]{1,40},\s*ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})")

rows = []
with open(f"{DIR}/labels.tsv", encoding="utf-8") as labels:
    for line in labels:
        if line.startswith("#") or not line.strip():
            continue
        file = line.split("\t")[0]
        with open(f"{DIR}/{file}", encoding="utf-8") as doc:
            head = " ".join(doc.read()[:1500].split())
        m = PLACE_DATE.search(head)
        date = ""
        if m:
            try:
                date = datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
            except ValueError:
                pass
        rows.append((file, date))

with open(f"{DIR}/dates.tsv", "w", encoding="utf-8") as out:
    out.write("# file\tissue date (ISO; empty = no dated header line; classifier/scripts/make-dates.py)\n")
    for file, date in sorted(rows):
        out.write(f"{file}\t{date}\n")
