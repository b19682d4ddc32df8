#!/usr/bin/env python3
"""Checks the corpus in /work/indie-d (or --dir): truths parse, files exist, page counts match, identifiers agree
with the flags, reuse flags are symmetric, tolerances give exactly the listed discrepancies, counts agree with rows."""
import sys, os, json, glob, zipfile, subprocess, tempfile, re, argparse, datetime as dt, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from zc import ids
from zc.fmt import months_between
from zc.forms import LABELS

PROGRAMS = {"taiyuan-2015-makerspace", "taiyuan-2015-incubator", "shanxi-2022-makerspace", "shanxi-2022-specialized",
            "shuozhou-2016-makerspace", "xuchang-2016-tech-support", "xuchang-2016-investment", "xuchang-2016-comprehensive",
            "xuchang-2016-specialized", "xinjiang-2019-makerspace"}
TYPES = {"application_form", "operating_report", "business_license", "lease_contract", "property_certificate", "diploma",
         "training_certificate", "staff_roster", "mentor_letter", "bank_deposit_proof", "resident_list", "activity_record",
         "financial_statement", "other"}
CODES = {"invalid_credit_code", "invalid_id_number", "invalid_certificate_number", "name_mismatch", "date_inconsistency",
         "pdf_modified", "duplicate_certificate", "duplicate_document", "low_ocr_confidence"}
KEYS = set(LABELS) | {"lease_start_date", "lease_end_date", "max_residency_months"}
errors = []


def err(sid, msg):
    errors.append("%s: %s" % (sid, msg))


def D(s):
    return dt.date.fromisoformat(s)


def norm(x):
    return "".join(unicodedata.normalize("NFKC", str(x)).split())


def is_disc(k, d, e):
    if k.endswith("_sqm") or k.endswith("_wan"):
        return abs(d - e) > 0.01 * abs(e)
    if isinstance(d, (int, float)) and isinstance(e, (int, float)):
        return d != e
    return norm(d) != norm(e)


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", out)
    return int(m.group(1)) if m else -1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="/work/indie-d")
    a = ap.parse_args()
    root = a.dir
    truths = {}
    tmp = tempfile.mkdtemp()
    for p in sorted(glob.glob(os.path.join(root, "*", "truth.json")) + glob.glob(os.path.join(root, "*.truth.json"))):
        t = json.load(open(p, encoding="utf-8"))
        sid = t["submission_id"]
        if p.endswith(".truth.json"):
            zp = os.path.join(root, sid + ".zip")
            if not os.path.exists(zp):
                err(sid, "zip missing")
                continue
            base = os.path.join(tmp, sid)
            with zipfile.ZipFile(zp) as z:
                z.extractall(base)
        else:
            base = os.path.dirname(p)
        truths[sid] = (t, base)
    expect = ["L%02d" % i for i in range(1, 17)]
    if sorted(truths) != expect:
        err("corpus", "submissions %s != %s" % (sorted(truths), expect))
    n_files = n_pages = 0
    for sid, (t, base) in sorted(truths.items()):
        for k in ("schema", "submission_id", "program_id", "fields", "files", "flags", "discrepancies"):
            if k not in t:
                err(sid, "missing key " + k)
        if t["program_id"] not in PROGRAMS:
            err(sid, "bad program " + t["program_id"])
        present = set(os.listdir(base)) - {"truth.json"}
        named = {f["file"] for f in t["files"]}
        if present != named:
            err(sid, "files on disk %s vs truth %s" % (sorted(present ^ named), ""))
        for f in t["files"]:
            n_files += 1
            path = os.path.join(base, f["file"])
            if not os.path.exists(path):
                err(sid, "missing file " + f["file"])
                continue
            if f["type"] is not None and f["type"] not in TYPES:
                err(sid, "bad type %s" % f["type"])
            for d in f["documents"]:
                if d["type"] not in TYPES:
                    err(sid, "bad doc type %s" % d["type"])
            if f["format"] == "pdf":
                n = pdf_pages(path)
            elif f["format"] in ("jpg", "png"):
                n = 1
            else:
                n = 0
                with zipfile.ZipFile(path) as z:
                    if "word/document.xml" not in z.namelist():
                        err(sid, "docx without document.xml " + f["file"])
            n_pages += n
            if n != f["pages"]:
                err(sid, "%s pages %d != truth %d" % (f["file"], n, f["pages"]))
            if "page_details" in f:
                if [pd["page"] for pd in f["page_details"]] != list(range(1, n + 1)):
                    err(sid, "%s page_details do not cover pages" % f["file"])
                for d in f["documents"]:
                    for pg in d["pages"]:
                        if f["page_details"][pg - 1]["type"] != d["type"]:
                            err(sid, "%s page %d type mismatch" % (f["file"], pg))
            cov = sorted(pg for d in f["documents"] for pg in d["pages"])
            if f["format"] == "pdf" and cov != list(range(1, n + 1)):
                err(sid, "%s documents do not cover pages exactly" % f["file"])
            # incremental update
            if f["format"] == "pdf":
                data = open(path, "rb").read()
                modified = data.count(b"startxref") > 1 and b"/Prev" in data
                flagged = any(fl["code"] == "pdf_modified" and f["file"] in fl["files"] for fl in t["flags"])
                if modified != flagged:
                    err(sid, "%s incremental update %s but flagged %s" % (f["file"], modified, flagged))
                if modified:
                    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
                    if "Acrobat" not in info:
                        err(sid, "modified PDF without editing-tool Producer")
            for pd in f.get("page_details", []):
                if pd["poor"] and not any(fl["code"] == "low_ocr_confidence" and f["file"] in fl["files"] and pd["page"] in fl["pages"] for fl in t["flags"]):
                    err(sid, "poor page %s p%d not flagged" % (f["file"], pd["page"]))
        for k, v in t["fields"].items():
            if k not in KEYS:
                err(sid, "unknown field key " + k)
            for fn in v.get("evidence_files", []):
                if fn not in named:
                    err(sid, "evidence file %s not in files" % fn)
        for fl in t["flags"]:
            if fl["code"] not in CODES:
                err(sid, "bad flag code " + fl["code"])
            for fn in fl["files"]:
                if fn not in named:
                    err(sid, "flag file %s not in files" % fn)
        # identifiers vs flags
        for idf in t.get("identifiers", []):
            if idf["kind"] == "credit_code":
                ok, code = ids.uscc_valid(idf["value"]), "invalid_credit_code"
            elif idf["kind"] == "id_number":
                ok, code = ids.id_valid(idf["value"]), "invalid_id_number"
            else:
                ok, code = ids.cert_consistent(idf["value"], idf["stated_year"], idf["stated_level"]), "invalid_certificate_number"
            if ok != idf["valid"]:
                err(sid, "%s %s computed valid=%s, truth says %s" % (idf["kind"], idf["value"], ok, idf["valid"]))
            fl = [f for f in t["flags"] if f["code"] == code and set(idf["files"]) & set(f["files"])]
            if not ok and not fl:
                err(sid, "invalid %s %s has no flag" % (idf["kind"], idf["value"]))
        for f in t["flags"]:
            kind = {"invalid_credit_code": "credit_code", "invalid_id_number": "id_number", "invalid_certificate_number": "certificate_no"}.get(f["code"])
            if kind and not any(i["kind"] == kind and not i["valid"] and set(i["files"]) & set(f["files"]) for i in t.get("identifiers", [])):
                err(sid, "flag %s without an invalid identifier" % f["code"])
        # discrepancies recomputed with the contract tolerances
        disc = sorted(k for k, v in t["fields"].items() if "declared" in v and "evidence" in v and is_disc(k, v["declared"], v["evidence"]))
        if disc != sorted(d["field"] for d in t["discrepancies"]):
            err(sid, "discrepancies %s != truth %s" % (disc, [d["field"] for d in t["discrepancies"]]))
        # evidence counts agree with rows
        F = t["fields"]
        app = D(F["application_date"]["declared"])
        def ev(k):
            return F.get(k, {}).get("evidence")
        if ev("resident_count") is not None and ev("resident_count") != len(t["residents"]):
            err(sid, "resident_count")
        if ev("resident_tech_count") is not None and ev("resident_tech_count") != sum(r["tech"] for r in t["residents"]):
            err(sid, "resident_tech_count")
        if ev("max_residency_months") is not None and ev("max_residency_months") != months_between(min(D(r["entry_date"]) for r in t["residents"]), app):
            err(sid, "max_residency_months")
        if ev("staff_total") is not None and ev("staff_total") != len(t["staff"]):
            err(sid, "staff_total")
        if ev("staff_college_or_above") is not None and ev("staff_college_or_above") != sum(1 for p in t["staff"] if p["diploma_submitted"] and p["education"] in ("college", "bachelor", "master", "doctor")):
            err(sid, "staff_college_or_above")
        if ev("mentors_count") is not None and ev("mentors_count") != len(t["mentors"]):
            err(sid, "mentors_count")
        evs = sorted(D(e["date"]) for e in t["events"] if D(e["date"]) <= app)
        if ev("events_per_month") is not None:
            span = (evs[-1].year - evs[0].year) * 12 + evs[-1].month - evs[0].month + 1
            if abs(ev("events_per_month") - round(len(evs) / span, 2)) > 1e-9:
                err(sid, "events_per_month")
        if ev("events_per_year") is not None:
            lo = dt.date(app.year - 1, app.month, app.day)
            if ev("events_per_year") != sum(1 for d in evs if lo < d <= app):
                err(sid, "events_per_year")
        if any(D(e["date"]) > app for e in t["events"]) and not any(f["code"] == "date_inconsistency" for f in t["flags"]):
            err(sid, "future event not flagged")
        if ev("lease_end_date") and D(ev("lease_end_date")) < app and not any(f["code"] == "date_inconsistency" for f in t["flags"]):
            err(sid, "expired lease not flagged")
        if ev("lease_start_date") and ev("registration_date") and D(ev("lease_start_date")) < D(ev("registration_date")) and not any(f["code"] == "date_inconsistency" for f in t["flags"]):
            err(sid, "lease before registration not flagged")
        for nm in ("operator_name",):
            if ev(nm) and norm(ev(nm)) != norm(F[nm]["declared"]) and not any(f["code"] == "name_mismatch" for f in t["flags"]):
                err(sid, "licence holder differs but no name_mismatch")
    # reuse: symmetric and same material
    for sid, (t, _) in truths.items():
        for f in t["flags"]:
            for other in f.get("related_submissions", []):
                if other not in truths:
                    err(sid, "related %s missing" % other)
                    continue
                ot = truths[other][0]
                if not any(g["code"] == f["code"] and sid in g.get("related_submissions", []) for g in ot["flags"]):
                    err(sid, "%s to %s not symmetric" % (f["code"], other))
                if f["code"] == "duplicate_certificate":
                    mine = {p["certificate_no"] for p in t["staff"] if p["certificate_no"]}
                    theirs = {p["certificate_no"] for p in ot["staff"] if p["certificate_no"]}
                    if not mine & theirs:
                        err(sid, "duplicate_certificate with %s but no shared number" % other)
    clean = [sid for sid, (t, _) in truths.items() if not t["flags"]]
    if len(clean) < 5:
        err("corpus", "only %d flag-free submissions" % len(clean))
    for sid in clean:
        t = truths[sid][0]
        if not all(i["valid"] for i in t.get("identifiers", [])):
            err(sid, "flag-free but has invalid identifier")
    progs = {t["program_id"] for t, _ in truths.values()}
    codes = {f["code"] for t, _ in truths.values() for f in t["flags"]}
    print("submissions: %d  files: %d  pdf/image pages: %d" % (len(truths), n_files, n_pages))
    print("programs covered: %d/10  flag codes used: %s" % (len(progs), ", ".join(sorted(codes))))
    print("flag-free submissions: %s" % ", ".join(sorted(clean)))
    for sid, (t, _) in sorted(truths.items()):
        print("  %s %-27s flags=%-70s disc=%s" % (sid, t["program_id"], ",".join(f["code"] for f in t["flags"]) or "-",
                                                 ",".join(d["field"] for d in t["discrepancies"]) or "-"))
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
