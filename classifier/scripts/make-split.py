#!/usr/bin/env python3
"""Writes split.tsv: a stratified train/test split of the labelled documents.

Reproducible: fixed seed, files sorted before shuffling. Per type, round(30 %) of the files go to
test (at least one when a type has two or more files; a type with a single file stays in train).
Run from the repository root:  python3 classifier/scripts/make-split.py
The split was committed before any rule tuning or training; never re-run it to move files.
"""
import collections
import random

DIR = "classifier/src/test/resources/documents"
SEED = 20251203
TEST_SHARE = 0.3

by_type = collections.defaultdict(list)
with open(f"{DIR}/labels.tsv", encoding="utf-8") as labels:
    for line in labels:
        if line.startswith("#") or not line.strip():
            continue
        file, type_name = line.rstrip("\n").split("\t")[:2]
        by_type[type_name].append(file)

random.seed(SEED)
split = {}
for type_name in sorted(by_type):
    files = sorted(by_type[type_name])
    random.shuffle(files)
    n_test = 0 if len(files) < 2 else max(1, round(len(files) * TEST_SHARE))
    for i, file in enumerate(files):
        split[file] = "test" if i < n_test else "train"

with open(f"{DIR}/split.tsv", "w", encoding="utf-8") as out:
    out.write(f"# file\tsplit (stratified by type, seed {SEED}, {TEST_SHARE:.0%} test; classifier/scripts/make-split.py)\n")
    for file in sorted(split):
        out.write(f"{file}\t{split[file]}\n")
