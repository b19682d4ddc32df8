#!/usr/bin/env python3
"""Precision/recall of the reuse flags (duplicate_certificate, duplicate_document) of a `process` output folder
against the corpus truth. Unit: (submission, code, related submission) — a within-submission duplicate counts with
related "". Only submissions present in the output are scored, so a subset run scores its own pairs.

usage: score_reuse.py <out-dir> <corpus-dir>"""
import glob, json, os, sys
from collections import Counter

CODES = ("duplicate_certificate", "duplicate_document")
out, corpus = sys.argv[1], sys.argv[2]

def truth_of(sid):
    for p in (os.path.join(corpus, sid, "truth.json"), os.path.join(corpus, sid + ".truth.json")):
        if os.path.exists(p):
            return json.load(open(p, encoding="utf-8"))
    return None

def triples(sid, flags, scored):
    result = set()
    for f in flags:
        if f["code"] not in CODES:
            continue
        related = [r for r in (f.get("related_submissions") or []) if r in scored] or ([""] if not f.get("related_submissions") else [])
        for r in related:
            result.add((sid, f["code"], r))
    return result

reports = {os.path.basename(os.path.dirname(p)): p for p in glob.glob(os.path.join(out, "*", "report.json"))}
scored = set(reports)
tp, fp, fn = Counter(), Counter(), Counter()
clean, clean_flagged = 0, []
for sid, path in sorted(reports.items()):
    truth = truth_of(sid)
    if truth is None:
        continue
    predicted = triples(sid, json.load(open(path, encoding="utf-8")).get("flags", []), scored)
    expected = triples(sid, truth.get("flags", []), scored)
    for t in predicted & expected: tp[t[1]] += 1
    for t in predicted - expected: fp[t[1]] += 1; print("false positive:", t)
    for t in expected - predicted: fn[t[1]] += 1; print("missed:", t)
    if not any(f["code"] in CODES for f in truth.get("flags", [])):
        clean += 1
        if predicted: clean_flagged.append(sid)
for code in CODES:
    p = tp[code] / (tp[code] + fp[code]) if tp[code] + fp[code] else float("nan")
    r = tp[code] / (tp[code] + fn[code]) if tp[code] + fn[code] else float("nan")
    print(f"{code}: tp {tp[code]} fp {fp[code]} fn {fn[code]}  precision {p:.3f} recall {r:.3f}")
print(f"submissions scored: {len(scored)}; without reuse in truth: {clean}, of which flagged: {len(clean_flagged)} {clean_flagged}")
