# -*- coding: utf-8 -*-
import os, sys, json, glob, subprocess, re, zipfile, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
OUT = os.environ.get("INDIE_OUT", "/work/indie-b"); bad = []
def err(*a): bad.append(" ".join(map(str, a)))
truths = sorted(glob.glob(OUT + "/J*/truth.json") + glob.glob(OUT + "/J*.truth.json"))
print(len(truths), "truths")
certs = {}
for tp in truths:
    t = json.load(open(tp)); sid = t["submission_id"]
    zipped = tp.endswith(".truth.json")
    names = set(zipfile.ZipFile(OUT + f"/{sid}.zip").namelist()) if zipped else set(os.listdir(os.path.dirname(tp)))
    for f in t["files"]:
        if f["file"] not in names: err(sid, "missing file", f["file"])
        if f["format"] == "pdf" and not zipped:
            n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", os.path.join(OUT, sid, f["file"])], capture_output=True, text=True).stdout).group(1))
            if n != f["pages"]: err(sid, f["file"], "pages", n, f["pages"])
        if f.get("page_details") and len(f["page_details"]) != f["pages"]: err(sid, f["file"], "page_details count")
        if f.get("incremental_update"):
            data = (zipfile.ZipFile(OUT + f"/{sid}.zip").read(f["file"]) if zipped else open(os.path.join(OUT, sid, f["file"]), "rb").read())
            if data.count(b"%%EOF") < 2 or b"/Prev" not in data or data.count(b"\nxref") < 2: err(sid, "incremental update not real")
    codes = [x["code"] for x in t["flags"]]
    cc = t["fields"]["credit_code"]["evidence"]
    if lib.cc_valid(cc) == ("invalid_credit_code" in codes): err(sid, "credit code validity vs flag", cc)
    dcc = t["fields"]["credit_code"].get("declared")
    if dcc and not lib.cc_valid(dcc) and "invalid_credit_code" not in codes: err(sid, "declared cc invalid", dcc)
    for s in t["staff"]:
        if "id_number" in s and not lib.id_valid(s["id_number"]) and "invalid_id_number" not in codes: err(sid, "bad id unflagged", s["name"])
        if s.get("certificate_no"):
            c = s["certificate_no"]; ok = c[6:10] == s["graduated_on"][:4] and c[10:12] == lib.LEVEL_CODE[s["education"]]
            if not ok and "invalid_certificate_number" not in codes: err(sid, "cert inconsistent unflagged", s["name"])
            certs.setdefault(c, []).append(sid)
    ids = [s["id_number"] for s in t["staff"] if "id_number" in s]
    if "invalid_id_number" in codes and all(lib.id_valid(i) for i in ids): err(sid, "invalid_id flagged but all valid")
    for d in t["discrepancies"]:
        k, a, b = d["field"], d["declared"], d["evidence"]
        if k.endswith("_sqm") or k.endswith("_wan"):
            if abs(a - b) / max(abs(b), 1e-9) <= 0.01: err(sid, "disc within tolerance", k)
        elif a == b: err(sid, "disc equal", k)
    for k, v in t["fields"].items():
        if "declared" in v and "evidence" in v and v["declared"] != v["evidence"] and k not in [d["field"] for d in t["discrepancies"]]: err(sid, "undeclared disc", k)
        for ef in v.get("evidence_files", []):
            if ef not in names: err(sid, "evidence file missing", ef)
    # lease term both ends
    fl = t["fields"]
    if "lease_start_date" in fl:
        s = dt.date.fromisoformat(fl["lease_start_date"]["evidence"]); e = dt.date.fromisoformat(fl["lease_end_date"]["evidence"])
        if (e + dt.timedelta(days=1)).replace(year=s.year) != s or (e + dt.timedelta(days=1)).year - s.year != fl["lease_term_years"]["evidence"]: err(sid, "lease term")
    print(sid, t["program_id"], "flags", codes, "disc", [(d["field"], d["declared"], d["evidence"]) for d in t["discrepancies"]])
dups = {c: s for c, s in certs.items() if len(s) > 1}
print("duplicate certs:", dups)
print("\n".join(bad) if bad else "ALL OK")
