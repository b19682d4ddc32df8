#!/usr/bin/python3
import json, glob, os
OUT = os.environ.get('INDIE_OUT', '/work/indie-a')
L = ['# indie-a — independent test corpus for ZcIngest', '',
     'Sixteen invented submissions (I01–I16), built by `tools/indie-corpus/build.py` (seeded, rerunnable: `/usr/bin/python3 build.py && /usr/bin/python3 validate.py && /usr/bin/python3 readme.py`) '
     'without looking at the team\'s generator or extractors. Own templates: a minimal hand-written .docx writer (forms, rosters, lists), '
     'LibreOffice docx→pdf for text PDFs, and a PIL page renderer + degradation (skew, blur, noise, paper tint, red seals, JPEG 42–85, upside-down pages, one 100-dpi unreadable page) for scans.',
     '', 'Each folder has its files and `truth.json` (schema `zcingest.truth/1`, same shape as sample-docs). All are `container: folder`; I03, I06, I10 hold one bound-volume scanned PDF (see `page_details`).', '',
     'Variation per submission: form layout (`grid4` label|value|label|value, `grid2`, `above` = labels over values), label synonyms, areas as bare number with unit in label / 平方米 / ㎡ with thousands separator / m², '
     'money as bare 万元 with unit in label / 万元 / 元 with separators / 大写, dates as 2021年3月1日 / 2021年03月01日 / 2021.3.1 / 2021-03-01 / 2021/03/01 / 二〇二一年三月一日, counts bare or with 人/家/名/个/共N名, '
     'three fonts, diplomas/mentor letters as one file per item or one multi-page PDF, 身份证号 in some rosters (all valid).', '',
     '| id | program | files | discrepancies (declared → evidence) | flags |', '|---|---|---|---|---|']
for p in sorted(glob.glob(os.path.join(OUT, 'I*/truth.json'))):
    T = json.load(open(p))
    files = ', '.join(f['file'] for f in T['files'])
    disc = '; '.join(f"{d['field']}: {d['declared']} → {d['evidence']}" for d in T['discrepancies']) or '—'
    fl = '; '.join(f"{f['code']} ({', '.join(f['files'])}{' p.' + ','.join(map(str, f['pages'])) if f.get('pages') else ''}{' ↔ ' + ','.join(f['related_submissions']) if f['related_submissions'] else ''})" for f in T['flags']) or '—'
    L.append(f"| {T['submission_id']} | {T['program_id']} | {files} | {disc} | {fl} |")
L += ['', 'Genuine (no discrepancies, no flags): I01, I07, I13.', '',
      'Notes: `rendering` uses the sample truths\' values (`docx`, `pdf_text`, `scan`, `image`). `failing_rules`/`warning_rules`/`planted` are left empty (no threshold plants). '
      'Evidence conventions follow sample-docs/README: events_per_month = events ÷ inclusive calendar months (2 decimals), events_per_year = events in the 12 months up to application_date '
      '(no event within 5 days of the boundary), max_residency_months from the earliest entry to application_date, staff_college_or_above = rostered staff with a submitted 专科+ diploma, '
      'lease_term_years counts both ends. The operating report restates declared figures and is never evidence.']
open(os.path.join(OUT, 'README.md'), 'w').write('\n'.join(L) + '\n')
