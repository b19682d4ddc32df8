#!/usr/bin/python3
import json, os, re, subprocess, zipfile, glob, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import cc_valid
OUT = os.environ.get('INDIE_OUT', '/work/indie-a')
bad = 0
def err(*a):
    global bad; bad += 1; print('ERR', *a)
def text_of(p):
    if p.endswith('.docx'):
        x = zipfile.ZipFile(p).read('word/document.xml').decode()
        return re.sub(r'<[^>]+>', '', x.replace('</w:p>', '\n'))
    if p.endswith('.pdf'):
        return subprocess.run(['pdftotext', p, '-'], capture_output=True, text=True).stdout
    return ''
for d in sorted(glob.glob(OUT + '/I*/')):
    T = json.load(open(d + 'truth.json'))
    names = {f['file'] for f in T['files']}
    actual = set(os.listdir(d)) - {'truth.json'}
    if names != actual: err(d, 'file set', names ^ actual)
    for f in T['files']:
        p = d + f['file']
        if f['format'] == 'pdf':
            n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', p], capture_output=True, text=True).stdout).group(1))
            if n != f['pages']: err(p, 'pages', n, f['pages'])
            covered = sorted(q for doc in f['documents'] for q in doc['pages'])
            if covered != list(range(1, n + 1)): err(p, 'doc pages', covered)
            if f['rendering'] == 'scan' and len(f['page_details']) != n: err(p, 'page_details')
    for k, v in T['fields'].items():
        for ef in v.get('evidence_files', []):
            if ef not in names: err(d, k, 'evidence file missing', ef)
    # code validity vs flags
    codes = {fl['code'] for fl in T['flags']}
    cc = T['fields']['credit_code'].get('evidence')
    if cc and (not cc_valid(cc)) != ('invalid_credit_code' in codes): err(d, 'credit code validity vs flag')
    for fl in T['flags']:
        for ff in fl['files']:
            if ff not in names: err(d, 'flag file', ff)
    # text checks on docx/text pdf
    for f in T['files']:
        if f['rendering'] in ('docx', 'pdf_text'):
            t = text_of(d + f['file']).replace(' ', '')
            if f['type'] == 'mentor_letter':
                for m in T['mentors']:
                    if m not in t: err(d, f['file'], 'mentor missing', m)
            if f['type'] == 'resident_list':
                for r in T['residents']:
                    if r['name'] not in t: err(d, f['file'], 'resident missing', r['name'])
            if f['type'] == 'activity_record':
                for e in T['events']:
                    if e['title'] not in t: err(d, f['file'], 'event missing')
            if f['type'] == 'staff_roster':
                for s in T['staff']:
                    if s['name'] not in t: err(d, f['file'], 'staff missing', s['name'])
            if f['type'] == 'application_form':
                for k in ('operator_name', 'credit_code', 'space_name'):
                    if str(T['fields'][k]['declared']) not in t: err(d, f['file'], 'form missing', k)
    print(os.path.basename(d[:-1]), T['program_id'], len(T['files']), 'files;', 'disc', [x['field'] for x in T['discrepancies']], 'flags', [(x['code'], x['related_submissions']) for x in T['flags']])
print('errors:', bad)
