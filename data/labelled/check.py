"""Checks the labelled register sets: CSV shape, label ids, composition.

Run from the repository root: python3 data/labelled/check.py  (needs PyYAML). Exits non-zero on any problem.
"""
import csv
import glob
import sys
from collections import Counter

import yaml

COLUMNS = ["name", "businessScope", "products", "industry", "address", "expected", "acceptable", "note"]
INDUSTRIES = ["icv", "chem", "bio", "lowalt", "energy", "software", "equip"]
# file -> (minimum rows, minimum in-scope rows per industry)
FILES = {"data/labelled/register-dev.csv": (85, 8), "data/labelled/register-test.csv": (220, 18)}
MIN_OUT_OF_SCOPE_SHARE = 0.35


def leaf_ids():
    leaves = set()
    for path in sorted(glob.glob("data/industries/*/chain.yaml")):
        segments = yaml.safe_load(open(path, encoding="utf-8"))["segments"]
        parents = {s.get("parent") for s in segments}
        leaves |= {s["id"] for s in segments if s["id"] not in parents}
    return leaves


def main():
    leaves = leaf_ids()
    problems = []
    seen_names = {}
    for path, (min_rows, min_per_industry) in FILES.items():
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.reader(f, strict=True)
            header = next(reader)
            if header != COLUMNS:
                problems.append(f"{path}: header {header} != {COLUMNS}")
            rows = list(reader)
        per_industry = Counter()
        for line, row in enumerate(rows, start=2):
            where = f"{path}:{line}"
            if len(row) != len(COLUMNS):
                problems.append(f"{where}: {len(row)} fields, expected {len(COLUMNS)}")
                continue
            rec = dict(zip(COLUMNS, row))
            if not rec["name"].strip() or not rec["businessScope"].strip() or not rec["note"].strip():
                problems.append(f"{where}: name, businessScope and note must be non-empty")
            if rec["name"] in seen_names:
                problems.append(f"{where}: name {rec['name']} repeats {seen_names[rec['name']]}")
            seen_names[rec["name"]] = where
            expected = rec["expected"].strip()
            acceptable = [a for a in rec["acceptable"].split(";") if a.strip()]
            if expected and expected not in leaves:
                problems.append(f"{where}: field expected: {expected} is not a leaf segment id")
            for a in acceptable:
                if a not in leaves:
                    problems.append(f"{where}: field acceptable: {a} is not a leaf segment id")
                if a == expected:
                    problems.append(f"{where}: field acceptable repeats expected {a}")
            if not expected and acceptable:
                problems.append(f"{where}: out-of-scope row (empty expected) has acceptable ids")
            per_industry[expected.split(".")[0] if expected else "out-of-scope"] += 1
        n = len(rows)
        oos = per_industry["out-of-scope"]
        print(f"{path}: {n} rows, out of scope {oos} ({oos / n:.1%}); "
              + ", ".join(f"{i} {per_industry[i]}" for i in INDUSTRIES))
        if n < min_rows:
            problems.append(f"{path}: {n} rows < {min_rows}")
        if oos / n < MIN_OUT_OF_SCOPE_SHARE:
            problems.append(f"{path}: out-of-scope share {oos / n:.1%} < {MIN_OUT_OF_SCOPE_SHARE:.0%}")
        for i in INDUSTRIES:
            if per_industry[i] < min_per_industry:
                problems.append(f"{path}: {i} has {per_industry[i]} in-scope rows < {min_per_industry}")
    for p in problems:
        print("PROBLEM", p)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
