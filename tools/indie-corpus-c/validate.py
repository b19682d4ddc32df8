#!/usr/bin/python3
"""Checks the corpus: every truth file parses in the shape TruthFile.cs reads, every file it names exists
(in the folder or inside the zip) with the recorded sha256, page counts and page_details agree, identifiers
recorded as valid/invalid really are, and planted discrepancies follow the contract tolerances.
Usage: /usr/bin/python3 validate.py [/work/indie-c]"""
import hashlib
import json
import os
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cn  # noqa: E402

ROOT = sys.argv[1] if len(sys.argv) > 1 else "/work/indie-c"
PROGRAMS = {"taiyuan-2015-makerspace", "taiyuan-2015-incubator", "shanxi-2022-makerspace", "shanxi-2022-specialized",
            "shuozhou-2016-makerspace", "xuchang-2016-tech-support", "xuchang-2016-investment",
            "xuchang-2016-comprehensive", "xuchang-2016-specialized", "xinjiang-2019-makerspace"}
TYPES = {"application_form", "operating_report", "business_license", "lease_contract", "property_certificate", "diploma",
         "training_certificate", "staff_roster", "mentor_letter", "bank_deposit_proof", "resident_list",
         "activity_record", "financial_statement", "other"}
FLAGS = {"invalid_credit_code", "invalid_id_number", "invalid_certificate_number", "name_mismatch", "date_inconsistency",
         "pdf_modified", "duplicate_certificate", "duplicate_document", "low_ocr_confidence"}
GLOSSARY = set(re.findall(r"`([a-z_]+)`", open("/work/shared/contract/glossary.md", encoding="utf-8").read()))
errors = []


def err(sid, msg):
    errors.append(f"{sid}: {msg}")


def pdf_pages(data):
    try:
        out = subprocess.run(["pdfinfo", "-"], input=data, capture_output=True, timeout=30).stdout.decode()
        return int(re.search(r"Pages:\s+(\d+)", out).group(1))
    except Exception:
        return len(re.findall(rb"/Type\s*/Page[^s]", data))


def check(tp, getter, sid_expected):
    t = json.load(open(tp, encoding="utf-8"))
    sid = t.get("submission_id")
    if sid != sid_expected:
        err(tp, f"submission_id {sid} != {sid_expected}")
    if t.get("program_id") not in PROGRAMS:
        err(sid, f"program_id {t.get('program_id')}")
    for k in ("fields", "files"):
        if k not in t:
            err(sid, f"missing {k}")
    names = set()
    for f in t["files"]:
        if not isinstance(f.get("file"), str):
            err(sid, "file without name")
            continue
        names.add(f["file"])
        if f.get("type") is not None and f["type"] not in TYPES:
            err(sid, f"bad type {f['type']}")
        data = getter(f["file"])
        if data is None:
            err(sid, f"missing file {f['file']}")
            continue
        if hashlib.sha256(data).hexdigest() != f.get("sha256"):
            err(sid, f"sha256 mismatch {f['file']}")
        if f["format"] == "pdf":
            n = pdf_pages(data)
            if n != f["pages"]:
                err(sid, f"{f['file']}: pdf has {n} pages, truth {f['pages']}")
            if f.get("incremental_update") and data.count(b"startxref") < 2:
                err(sid, f"{f['file']}: no incremental update found")
            if not f.get("incremental_update") and data.count(b"startxref") != 1:
                err(sid, f"{f['file']}: unexpected extra xref")
        if f["format"] == "docx":
            try:
                zipfile.ZipFile(__import__("io").BytesIO(data)).read("word/document.xml")
            except Exception as e:
                err(sid, f"{f['file']}: bad docx {e}")
        pd = f.get("page_details")
        if pd is not None:
            if [p["page"] for p in pd] != list(range(1, f["pages"] + 1)):
                err(sid, f"{f['file']}: page_details pages")
            for p in pd:
                if p.get("type") not in TYPES:
                    err(sid, f"{f['file']}: page type {p.get('type')}")
                if abs(p.get("angle", 0)) > 2:
                    err(sid, f"{f['file']}: angle > 2")
            covered = sorted(x for d in f["documents"] for x in d["pages"])
            if covered != list(range(1, f["pages"] + 1)):
                err(sid, f"{f['file']}: documents do not cover pages")
            for d in f["documents"]:
                for x in d["pages"]:
                    if pd[x - 1]["type"] != d["type"]:
                        err(sid, f"{f['file']}: page {x} type differs from its document")
    for k, node in t["fields"].items():
        if k not in GLOSSARY:
            err(sid, f"field {k} not in glossary")
        for ef in node.get("evidence_files", []):
            if ef not in names:
                err(sid, f"evidence file {ef} not listed")
    for fl in t.get("flags", []):
        if fl.get("code") not in FLAGS:
            err(sid, f"flag code {fl.get('code')}")
        for ff in fl.get("files", []):
            if ff not in names:
                err(sid, f"flag file {ff} not listed")
    for d in t.get("discrepancies", []):
        if d["field"] not in t["fields"]:
            err(sid, f"discrepancy field {d['field']} has no values")
    # identifiers
    cc = t["fields"].get("credit_code", {}).get("evidence")
    if cc:
        has = any(f["code"] == "invalid_credit_code" for f in t.get("flags", []))
        if cn.credit_valid(cc) == has:
            err(sid, f"credit code validity {cc} vs flag")
    bad_ids = [s for s in t.get("staff", []) if s.get("id_number") and not cn.id_valid(s["id_number"])]
    if bool(bad_ids) != any(f["code"] == "invalid_id_number" for f in t.get("flags", [])):
        err(sid, "ID number validity vs flag")
    for s in t.get("staff", []):
        no = s.get("certificate_no")
        if no and len(no) != 18:
            err(sid, f"certificate {no} not 18 digits")
    # TruthFile.cs requirements
    for f in t["files"]:
        if "file" not in f:
            err(sid, "TruthFile: file missing")
    for fl in t.get("flags", []):
        if "code" not in fl:
            err(sid, "TruthFile: flag code missing")
    return t


def main():
    seen = []
    for n in sorted(os.listdir(ROOT)):
        p = os.path.join(ROOT, n)
        if os.path.isdir(p):
            tp = os.path.join(p, "truth.json")
            if not os.path.exists(tp):
                err(n, "no truth.json")
                continue
            t = check(tp, lambda f, p=p: open(os.path.join(p, f), "rb").read() if os.path.exists(os.path.join(p, f)) else None, n)
            seen.append(t)
        elif n.endswith(".truth.json"):
            sid = n[:-len(".truth.json")]
            zp = os.path.join(ROOT, sid + ".zip")
            if not os.path.exists(zp):
                err(sid, "zip missing")
                continue
            z = zipfile.ZipFile(zp)
            nl = set(z.namelist())
            t = check(p, lambda f, z=z, nl=nl: z.read(f) if f in nl else None, sid)
            seen.append(t)
    progs = {t["program_id"] for t in seen}
    if progs != PROGRAMS:
        err("corpus", f"programs not covered: {PROGRAMS - progs}")
    # cross-submission duplicates are mutual
    for t in seen:
        for fl in t.get("flags", []):
            for other in fl.get("related_submissions", []):
                o = next((x for x in seen if x["submission_id"] == other), None)
                if not o or not any(g["code"] == fl["code"] and t["submission_id"] in g.get("related_submissions", [])
                                    for g in o.get("flags", [])):
                    err(t["submission_id"], f"{fl['code']} with {other} not mirrored")
    counts = {}
    for t in seen:
        for fl in t.get("flags", []):
            counts[fl["code"]] = counts.get(fl["code"], 0) + 1
    nd = sum(len(t.get("discrepancies", [])) for t in seen)
    print(f"{len(seen)} submissions, {nd} discrepancies, flags: {json.dumps(counts, sort_keys=True)}")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
