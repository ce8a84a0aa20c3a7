"""Check one raw corpus part: parses, valid labels, and the quotas a part must meet.

Usage: python data/corpus/raw/check_part.py data/corpus/raw/part_1.jsonl
"""

import collections
import json
import sys

LABELS = {"bureaucracy", "harassment", "delay", "attitude", "negligence", "praise", "other"}
STYLES = {"formal", "informal", "hotline", "no_diacritics", "teencode", "long", "tricky"}


def main(path: str) -> None:
    rows, problems = [], []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"line {n}: not JSON ({exc})")
                continue
            labels = str(row.get("labels", "")).split(";")
            if not str(row.get("text", "")).strip():
                problems.append(f"line {n}: empty text")
            if any(lab not in LABELS for lab in labels) or len(set(labels)) != len(labels):
                problems.append(f"line {n}: bad labels {row.get('labels')!r}")
            if ("praise" in labels or "other" in labels) and len(labels) > 1:
                problems.append(f"line {n}: praise/other combined with another label")
            if row.get("style") not in STYLES:
                problems.append(f"line {n}: bad style {row.get('style')!r}")
            rows.append(row)
    texts = collections.Counter(r.get("text", "").strip().lower() for r in rows)
    dups = [t for t, c in texts.items() if c > 1]
    prim = collections.Counter(str(r["labels"]).split(";")[0] for r in rows)
    styles = collections.Counter(r.get("style") for r in rows)
    mis = [r for r in rows if str(r["labels"]).split(";")[0] not in ("praise", "other")]
    multi = sum(1 for r in mis if ";" in str(r["labels"]))
    openings = collections.Counter(" ".join(r.get("text", "").lower().split()[:3]) for r in rows)
    print(f"items: {len(rows)}")
    print("primary labels:", dict(sorted(prim.items())))
    print("styles:", dict(sorted(styles.items())))
    print(f"misconduct items with a 2nd label: {multi}/{len(mis)} = {multi / max(len(mis), 1):.0%}")
    print("most common 3-word openings:", openings.most_common(6))
    print(f"exact duplicate texts: {len(dups)}")
    for p in problems[:30]:
        print("PROBLEM", p)
    print(f"problems: {len(problems)}")


if __name__ == "__main__":
    main(sys.argv[1])
