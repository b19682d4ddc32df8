#!/usr/bin/env python3
"""Every cross-submission pair of same-type documents in a reuse index (SQLite): text similarity (all shingles,
digit-bearing shingles) and the smallest page-hash distance, to see where copies and template siblings fall.

usage: pairs.py <zcingest.db> [min_text]   — prints pairs with text >= min_text (default 0.3) or a page distance <= 40"""
import sqlite3, struct, sys
db = sys.argv[1]; min_text = float(sys.argv[2]) if len(sys.argv) > 2 else 0.3
c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
docs = []
for sid, did, typ, f, text, pages in c.execute("select submission_id, document_id, document_type, file, text_fp, page_hashes from zc_reuse_document"):
    t = None
    if text:
        n_all, n_var = struct.unpack_from("<ii", text, 0)
        sig = struct.unpack_from("<192I", text, 8)
        t = (sig[:128], sig[128:], n_all, n_var)
    ph = [int.from_bytes(pages[i:i + 32], "little") for i in range(0, len(pages or b""), 32)]
    docs.append((sid, did, typ, f, t, ph))

def agree(a, b):
    return sum(1 for x, y in zip(a, b) if x == y and x != 0xFFFFFFFF) / len(a)

for i in range(len(docs)):
    for j in range(i + 1, len(docs)):
        a, b = docs[i], docs[j]
        if a[0] == b[0] or a[2] != b[2]:
            continue
        ta = tv = None
        if a[4] and b[4]:
            ta = agree(a[4][0], b[4][0])
            tv = agree(a[4][1], b[4][1]) if a[4][3] >= 8 and b[4][3] >= 8 else None
        dist = min((bin(x ^ y).count("1") for x in a[5] for y in b[5]), default=None)
        if (ta is not None and ta >= min_text) or (dist is not None and dist <= 40):
            print(f"{a[2]:20} {a[0]}/{a[1]:4} {b[0]}/{b[1]:4} text {ta if ta is None else round(ta, 2)} digits {tv if tv is None else round(tv, 2)} dist {dist}")
