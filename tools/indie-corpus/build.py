#!/usr/bin/python3
"""Independent test corpus for ZcIngest: builds /work/indie-a/I01..I16 with truth.json.
Seeded and rerunnable:  /usr/bin/python3 /work/indie-build/build.py"""
import json, os, random, shutil, subprocess, hashlib, re, sys, copy
import datetime as dt
from lib import *
from data import *

OUT = os.environ.get('INDIE_OUT', '/work/indie-a')
TMP = os.environ.get('INDIE_TMP', '/tmp/indie-build')
SEED = 20240611
D = dt.date

PROG = {
    'taiyuan-2015-makerspace': dict(city='taiyuan', title='太原市众创空间认定申请表', kind='mk', year=2016, sch='shanxi', issuer='太原市科学技术局'),
    'taiyuan-2015-incubator': dict(city='taiyuan', title='太原市科技企业孵化器认定申请表', kind='inc', year=2016, sch='shanxi', issuer='太原市科学技术局'),
    'shanxi-2022-makerspace': dict(city='jinzhong', title='山西省省级众创空间认定申请书', kind='mk', year=2022, cat='综合', sch='shanxi', issuer='山西省科学技术厅'),
    'shanxi-2022-specialized': dict(city='datong', title='山西省省级众创空间认定申请书', kind='mk', year=2022, cat='专业化', sch='shanxi', issuer='山西省科学技术厅'),
    'shuozhou-2016-makerspace': dict(city='shuozhou', title='朔州市众创空间认定申请表', kind='mk', year=2017, sch='shanxi', issuer='朔州市科学技术局'),
    'xuchang-2016-tech-support': dict(city='xuchang', title='许昌市众创空间备案申请表', kind='mk', year=2017, cat='技术支撑类', sch='henan', issuer='许昌市科学技术局'),
    'xuchang-2016-investment': dict(city='xuchang', title='许昌市众创空间备案申请表', kind='mk', year=2017, cat='投资驱动类', sch='henan', issuer='许昌市科学技术局'),
    'xuchang-2016-comprehensive': dict(city='xuchang', title='许昌市众创空间备案申请表', kind='mk', year=2017, cat='综合类', sch='henan', issuer='许昌市科学技术局'),
    'xuchang-2016-specialized': dict(city='xuchang', title='许昌市众创空间备案申请表', kind='mk', year=2017, cat='专业化众创空间', sch='henan', issuer='许昌市科学技术局'),
    'xinjiang-2019-makerspace': dict(city='urumqi', title='新疆维吾尔自治区众创空间备案申请表', kind='mk', year=2020, sch='xinjiang', issuer='新疆维吾尔自治区科学技术厅'),
}
CAT_CODE = {'综合': 'comprehensive', '专业化': 'specialized', '技术支撑类': 'tech_support', '投资驱动类': 'investment_driven', '综合类': 'comprehensive',
            '专业化众创空间': 'specialized', '专业型': 'specialized'}

# ------------------------------------------------------------------ per-submission plans
CFG = [
    dict(id='I01', prog='taiyuan-2015-makerspace', layout='grid4', area='label', money='label', date='cn', count='bare', fam='serif', premises='leased', pack='folder1', fin=True),
    dict(id='I02', prog='taiyuan-2015-incubator', layout='grid2', area='pm', money='wan', date='dot', count='unit', fam='sans', premises='leased', pack='folder2', inc_cat='综合类',
         n_res=32, area_total=4860, disc={'total_area_sqm': 5200, 'staff_total': 12}, bad_cc=True, fin=True),
    dict(id='I03', prog='shanxi-2022-makerspace', layout='grid4', area='label', money='label', date='cn', count='bare', fam='serif', premises='leased', pack='bundle', fin=True,
         seed=150, n_mentors=5, disc={'seed_fund_wan': 200, 'mentors_count': 6}, dup_cert='src'),
    dict(id='I04', prog='shanxi-2022-specialized', layout='above', area='sq', money='yuan', date='dash', count='unit', fam='wqy', premises='leased', pack='folder1', fin=True,
         n_res=20, n_tech=15, disc={'resident_count': 22, 'resident_tech_count': 18}, lessee_other=True),
    dict(id='I05', prog='shuozhou-2016-makerspace', layout='grid2', area='m2', money='dx', date='upper', count='unit', fam='serif', premises='leased', pack='folder2',
         ev_rate=2.5, disc={'operator_name': 'NAME_VARIANT', 'events_per_month': 4}, lease_before_reg=True),
    dict(id='I06', prog='xuchang-2016-tech-support', layout='grid4', area='pm', money='wan', date='cn0', count='bare', fam='sans', premises='leased', pack='bundle',
         lease_years=3, disc={'lease_term_years': 5, 'staff_college_or_above': 7}, no_dipl=2, bad_cert='level'),
    dict(id='I07', prog='xinjiang-2019-makerspace', layout='above', area='label', money='wan', date='slash', count='bare', fam='serif', premises='owned', pack='folder2', n_res=24),
    dict(id='I08', prog='xuchang-2016-comprehensive', layout='grid2', area='sq', money='label', date='cn', count='unit', fam='wqy', premises='leased', pack='folder1',
         disc={'registration_date': 'REG_MINUS_1Y', 'legal_representative': 'REP_VARIANT'}, dup_lease='src'),
    dict(id='I09', prog='xuchang-2016-specialized', layout='grid4', area='m2', money='dx', date='dot', count='unit', fam='serif', premises='leased', pack='folder2', dup_cert='copy'),
    dict(id='I10', prog='xinjiang-2019-makerspace', layout='grid2', area='pm', money='yuan', date='cn', count='unit', fam='sans', premises='leased', pack='bundle', n_res=21,
         ev_year_target=11, disc={'events_per_year': 15}, poor_page=True),
    dict(id='I11', prog='xuchang-2016-investment', layout='above', area='label', money='wan', date='dash', count='bare', fam='serif', premises='leased', pack='folder1', dup_lease='copy'),
    dict(id='I12', prog='taiyuan-2015-makerspace', layout='grid4', area='sq', money='wan', date='upper', count='bare', fam='wqy', premises='leased', pack='folder2', fin=True,
         disc={'credit_code': 'OTHER_CODE'}, pdf_mod=True),
    dict(id='I13', prog='shuozhou-2016-makerspace', layout='grid2', area='label', money='label', date='cn', count='bare', fam='serif', premises='leased', pack='folder3'),
    dict(id='I14', prog='shanxi-2022-makerspace', layout='grid4', area='m2', money='label', date='dot', count='bare', fam='sans', premises='leased', pack='folder3', fin=True,
         bad_cert='year', lease_expired=True),
    dict(id='I15', prog='taiyuan-2015-incubator', layout='above', area='pm', money='dx', date='cn0', count='unit', fam='serif', premises='owned', pack='folder1', inc_cat='专业型', fin=True,
         bad_cc=True, bank_other=True),
    dict(id='I16', prog='shanxi-2022-specialized', layout='grid2', area='label', money='label', date='cn', count='bare', fam='wqy', premises='leased', pack='folder2', fin=True,
         n_staff=7, disc={'staff_total': 9}),
]

SHARED = {}  # cross-submission material (duplicate certificate person, duplicate lease images)


# ------------------------------------------------------------------ facts
def gen(cfg, idx):
    rnd = random.Random(SEED * 100 + idx)
    P = PROG[cfg['prog']]
    C = CITIES[P['city']]
    nm = Names(rnd)
    S = dict(cfg=cfg, P=P, C=C, rnd=rnd, id=cfg['id'], prog=cfg['prog'])
    yr = P['year']
    app = D(yr, rnd.randint(3, 9), rnd.randint(1, 28))
    reg = D(yr - rnd.randint(3, 5), rnd.randint(1, 12), rnd.randint(1, 28))
    est = add_months(reg, rnd.randint(2, 8))
    S.update(app=app, reg=reg, est=est)
    w1 = nm.word()
    op_suf = rnd.choice(['创业服务有限公司', '科技企业孵化器有限公司', '众创空间管理有限公司', '科技发展有限公司', '孵化器管理有限公司'])
    S['operator'] = C['short'] + w1 + op_suf
    if P['kind'] == 'inc':
        S['space'] = w1 + rnd.choice(['科技企业孵化器', '创业孵化基地科技企业孵化器'])
    else:
        S['space'] = w1 + rnd.choice(['众创空间', '创客空间', '创新创业中心', '创客工场'])
    S['rep'], _ = nm.person()
    S['code'] = make_credit_code(rnd, C['region'])
    S['capital'] = rnd.choice([100, 200, 300, 500, 1000])
    dist = rnd.choice(C['districts'])
    S['address'] = f"{C['prov']}{C['city']}{dist}{rnd.choice(C['roads'])}{rnd.randint(3, 199)}号{rnd.choice(['科创大厦', '创业大厦', '软件园', '产业园', '科技园'])}{rnd.choice(['A座', 'B座', '1号楼', '3号楼', ''])}{rnd.randint(2, 18)}层"
    S['scope'] = '科技企业孵化服务；众创空间经营管理；企业管理咨询；技术开发、技术咨询、技术转让、技术服务；会议及展览服务；房屋租赁；知识产权服务。（依法须经批准的项目，经相关部门批准后方可开展经营活动）'
    # premises
    kind = P['kind']
    if kind == 'inc':
        tot = cfg.get('area_total') or rnd.choice([2680, 3150, 3620.5, 2960])
        if cfg.get('inc_cat') == '综合类' and not cfg.get('area_total'): tot = 5480
        pub = round(tot * rnd.uniform(0.18, 0.26))
    else:
        tot = rnd.choice([620, 780, 860, 1050, 1260, 1480, 935.5, 1120])
        pub = round(tot * rnd.uniform(0.3, 0.45))
    S.update(area=tot, pub=pub, res_area=round(tot - pub, 1) if isinstance(tot, float) else tot - pub)
    S['ws'] = rnd.randint(60, 160); S['ws_open'] = int(S['ws'] * rnd.uniform(0.5, 0.8))
    S['premises'] = cfg['premises']
    if S['premises'] == 'leased':
        start = add_months(reg, rnd.randint(1, 5))
        start = start.replace(day=rnd.choice([1, 1, 10, 15, 16]))
        yrs = cfg.get('lease_years') or rnd.choice([5, 6, 8, 10, 5.5])
        if cfg.get('lease_expired'):
            yrs = 3; start = add_months(app, -38).replace(day=1)
        end = (add_months(start, int(yrs * 12)) - dt.timedelta(days=1))
        sign = start - dt.timedelta(days=rnd.randint(3, 20))
        if sign <= reg: sign = reg + dt.timedelta(days=rnd.randint(2, 6)); start = max(start, sign + dt.timedelta(days=3)); end = add_months(start, int(yrs * 12)) - dt.timedelta(days=1)
        if cfg.get('lease_before_reg'):
            sign = reg - dt.timedelta(days=rnd.randint(25, 60)); start = reg - dt.timedelta(days=rnd.randint(5, 15))
            end = add_months(start, int(yrs * 12)) - dt.timedelta(days=1)
        if cfg.get('lease_expired'):
            sign = max(sign, reg + dt.timedelta(days=5))
        assert cfg.get('lease_expired') or end > app
        S['lease'] = dict(lessor=C['short'] + nm.word() + rnd.choice(['置业有限公司', '投资发展有限公司', '实业有限公司', '资产经营管理有限公司']),
                          lessor_rep=nm.person()[0], lessee=S['operator'], start=start, end=end, sign=sign, years=yrs,
                          rent=rnd.choice([0.8, 1.0, 1.2, 1.5, 1.8]), addr=S['address'], area=tot)
        if cfg.get('lessee_other'):
            S['lease']['lessee'] = C['short'] + nm.word() + '企业管理咨询有限公司'
    else:
        S['prop'] = dict(owner=S['operator'], addr=S['address'], area=tot, no=f"晋({reg.year})" if C['prov'] == '山西省' else f"新({reg.year})",
                         unit=f"{C['region']}{rnd.randint(100, 999)}GB{rnd.randint(10000, 99999)}F{rnd.randint(1000, 9999):08d}")
        S['prop']['no'] += f"{C['short']}市不动产权第{rnd.randint(1000000, 9999999):07d}号" if not C['city'].startswith(C['short'] + '市') else f"{C['short']}市不动产权第{rnd.randint(1000000, 9999999):07d}号"
    # staff
    n_staff = cfg.get('n_staff') or rnd.randint(7, 11)
    schools = SCHOOLS[P['sch']]
    staff = []
    roles = rnd.sample(ROLES, n_staff)
    roles[0] = '总经理'
    for i in range(n_staff):
        name, male = nm.person()
        birth = D(rnd.randint(1970, 1996), rnd.randint(1, 12), rnd.randint(1, 28))
        r = rnd.random()
        edu = 'master' if r < 0.15 else 'bachelor' if r < 0.62 else 'college' if r < 0.88 else 'other'
        st = dict(name=name, male=male, birth=birth, role=roles[i], edu=edu, full_time=rnd.random() < 0.8 or i == 0)
        if edu != 'other':
            sc = rnd.choice([s for s in schools if (('m' in s[2] or 'b' in s[2]) if edu != 'college' else 'c' in s[2])])
            gy = birth.year + (22 if edu == 'bachelor' else 21 if edu == 'college' else 25) + rnd.choice([0, 0, 1])
            grad = D(gy, rnd.choice([6, 6, 7]), rnd.randint(20, 30))
            st.update(school=sc[1], school_code=sc[0], major=rnd.choice(MAJORS), grad=grad,
                      cert=sc[0] + '1' + str(gy) + LEVEL_CODE[edu] + f'{rnd.randint(0, 999999):06d}', diploma=True,
                      enroll=D(gy - (3 if edu == 'college' else 4 if edu == 'bachelor' else 3), 9, 1))
        else:
            st.update(diploma=False)
        staff.append(st)
    # ensure enough college+ (>=60%)
    for st in staff:
        if sum(1 for s in staff if s['edu'] != 'other') >= max(0.7 * n_staff, 3): break
        if st['edu'] == 'other':
            sc = rnd.choice([s for s in schools if 'c' in s[2]])
            gy = st['birth'].year + 21
            st.update(edu='college', school=sc[1], school_code=sc[0], major=rnd.choice(MAJORS), grad=D(gy, 6, 25),
                      cert=sc[0] + '1' + str(gy) + '06' + f'{rnd.randint(0, 999999):06d}', diploma=True, enroll=D(gy - 3, 9, 1))
    if cfg.get('no_dipl'):
        k = 0
        for st in staff[1:]:
            if st['edu'] in ('bachelor', 'college') and k < cfg['no_dipl']:
                st['diploma'] = False; k += 1
    if cfg.get('dup_cert') == 'src':
        p = [s for s in staff if s['edu'] == 'bachelor' and s['diploma']][-1]
        SHARED['dup_person'] = copy.deepcopy(p)
    if cfg.get('dup_cert') == 'copy':
        p = copy.deepcopy(SHARED['dup_person']); p['role'] = '孵化服务专员'; p['full_time'] = True
        staff[3] = p
    bc = cfg.get('bad_cert')
    if bc:
        cand = [s for s in staff[1:] if s['diploma'] and s['edu'] in ('bachelor', 'college')]
        st = cand[0]
        c = st['cert']
        if bc == 'level':  # level code says 专科 while diploma says 本科 (or vice versa)
            st['edu'] = 'bachelor' if st['edu'] == 'bachelor' else st['edu']
            newlvl = '06' if st['edu'] == 'bachelor' else '05'
            st['cert'] = c[:10] + newlvl + c[12:]
        else:  # year in number one year earlier than graduation year
            st['cert'] = c[:6] + str(int(c[6:10]) - 1) + c[10:]
        st['bad_cert'] = bc
    S['staff'] = staff
    S['id_in_roster'] = rnd.random() < 0.4
    for st in staff:
        st['idno'] = id_number(rnd, C['idreg'], st['birth'], st['male'])
    # mentors
    nmt = cfg.get('n_mentors') or rnd.randint(4, 7)
    S['mentors'] = [dict(name=nm.person()[0], org=rnd.choice(['', C['short']]) + rnd.choice(['大学经济管理学院', '创投基金管理有限公司', '会计师事务所', '律师事务所', '科技有限公司', '知识产权代理有限公司', '大学计算机学院']),
                         title=rnd.choice(['教授', '合伙人', '高级会计师', '律师', '总经理', '高级工程师', '副教授'])) for _ in range(nmt)]
    S['mentor_start'] = add_months(app, -rnd.randint(8, 20)).replace(day=1)
    # residents
    n_res = cfg.get('n_res') or rnd.randint(12, 19)
    n_tech = cfg.get('n_tech') or int(round(n_res * rnd.uniform(0.7, 0.85)))
    tech_flags = [True] * n_tech + [False] * (n_res - n_tech)
    rnd.shuffle(tech_flags)
    span = (app - est).days
    dates = sorted(est + dt.timedelta(days=rnd.randint(10, span - 15)) for _ in range(n_res))
    res = []
    for i in range(n_res):
        suf, field = rnd.choice(SUFFIX_TECH) if tech_flags[i] else rnd.choice(SUFFIX_NON)
        res.append(dict(name=rnd.choice([C['short'], '']) + nm.word() + suf, entry=dates[i], tech=tech_flags[i], field=field,
                        capital=rnd.choice([3, 5, 10, 20, 30, 50, 100]) if '团队' not in suf and '工作室' not in suf else None))
    S['residents'] = res
    # events
    rate = cfg.get('ev_rate') or rnd.choice([2.5, 3, 3.5, 4])
    months = rnd.choice([12, 12, 14, 16, 18]) if not cfg.get('ev_year_target') else 12
    N = int(round(rate * months))
    last_month = add_months(app.replace(day=1), -1) if app.day < 12 else app.replace(day=1)
    first_month = add_months(last_month, -(months - 1))
    per = [N // months] * months
    for k in range(N - sum(per)): per[rnd.randrange(months)] += 1
    boundary = add_years(app, -1)
    events = []
    for mi in range(months):
        m0 = add_months(first_month, mi)
        maxday = 28 if m0 != app.replace(day=1) else min(28, app.day - 2)
        days = set()
        while len(days) < per[mi]:
            dd = rnd.randint(1, maxday)
            dte = m0.replace(day=dd)
            if abs((dte - boundary).days) <= 5 or dte >= app: continue
            days.add(dd)
        for dd in sorted(days):
            events.append(dict(date=m0.replace(day=dd), title=rnd.choice(EVENT_TOPICS) + rnd.choice(EVENT_KINDS),
                               place=rnd.choice(['路演厅', '一楼共享大厅', '多功能会议室', '线上直播', '三楼培训室']), people=rnd.randint(15, 120)))
    if cfg.get('ev_year_target'):
        # keep only target events in last 12 months by dropping extras from random months (keep first/last month non-empty)
        inyear = [e for e in events if e['date'] > boundary]
        while len(inyear) > cfg['ev_year_target']:
            e = rnd.choice(inyear[1:-1]); events.remove(e); inyear.remove(e)
    S['events'] = events
    fm = events[0]['date']; lm = events[-1]['date']
    S['ev_months'] = (lm.year - fm.year) * 12 + lm.month - fm.month + 1
    S['ev_rate'] = round(len(events) / S['ev_months'], 2)
    S['ev_year'] = sum(1 for e in events if boundary < e['date'] <= app)
    # money
    S['seed'] = cfg.get('seed') or rnd.choice([100, 120, 150, 200, 300, 500])
    S['bank'] = dict(holder=S['operator'], bank=C['bank'], acct='6' + ''.join(rnd.choice('0123456789') for _ in range(18)),
                     date=app - dt.timedelta(days=rnd.randint(5, 30)), no=f'{rnd.randint(10000000, 99999999)}')
    if cfg.get('bank_other'):
        S['bank']['holder'] = C['short'] + nm.word() + '投资管理有限公司'
    S['invested'] = rnd.choice([10, 20, 25, 30, 45, 60])
    S['revenue'] = round(rnd.uniform(180, 900), 2)
    S['cost'] = round(S['revenue'] * rnd.uniform(0.45, 0.75), 2)
    S['makers'] = rnd.randint(60, 260); S['grad'] = rnd.randint(2, 12); S['ip'] = rnd.randint(15, 90)
    S['inv_mgr'] = rnd.randint(2, 4); S['served'] = rnd.randint(30, 90); S['newco'] = rnd.randint(8, 15); S['financed'] = rnd.randint(3, 7)
    S['max_res'] = months_between(res[0]['entry'], app)
    S['variant_names'] = [nm.person()[0] for _ in range(3)]
    return S


def disc_value(S, key, v):
    if v == 'NAME_VARIANT':
        return S['operator'].replace(S['C']['short'], S['C']['short'] + '市', 1) if not S['operator'].startswith(S['C']['city']) else S['operator'][len(S['C']['city']):]
    if v == 'REG_MINUS_1Y':
        return add_years(S['reg'], -1)
    if v == 'REP_VARIANT':
        r = S['rep']; return r[0] + S['variant_names'][0][1:]
    if v == 'OTHER_CODE':
        rnd = random.Random(7); c = S['code']
        s17 = c[:10] + ''.join(rnd.choice('0123456789') for _ in range(5)) + c[15:17]
        # keep organisation code check valid as well
        org8 = s17[8:16]; s17 = s17[:16] + org_check(org8)
        return s17 + cc_check(s17)
    return v


def evidence(S):
    """Evidence values as a careful reader finds them in the supporting documents."""
    st = S['staff']
    E = dict(operator_name=S['operator'], credit_code=S['lic_code'], legal_representative=S['rep'], address=S['address'],
             registration_date=S['reg'], total_area_sqm=S['area'], premises_source=S['premises'],
             staff_total=len(st), staff_full_time=sum(1 for s in st if s['full_time']),
             staff_college_or_above=sum(1 for s in st if s['diploma'] and s['edu'] in ('master', 'bachelor', 'college')),
             mentors_count=len(S['mentors']), resident_count=len(S['residents']), resident_tech_count=sum(1 for r in S['residents'] if r['tech']),
             events_per_month=S['ev_rate'], events_per_year=S['ev_year'], seed_fund_wan=S['seed'], max_residency_months=S['max_res'])
    if S['premises'] == 'leased':
        L = S['lease']
        E.update(lease_start_date=L['start'], lease_end_date=L['end'], lease_term_years=L['years'])
    if S['cfg'].get('fin'):
        E.update(revenue_wan=S['revenue'], operating_cost_wan=S['cost'])
    return E


def declared(S):
    P, cfg = S['P'], S['cfg']
    E = S['E']
    dd = dict(space_name=S['space'], operator_name=S['operator'], credit_code=S['lic_code'], legal_representative=S['rep'], address=S['address'],
              established_date=S['est'], application_date=S['app'], total_area_sqm=S['area'], public_area_sqm=S['pub'], resident_area_sqm=S['res_area'],
              premises_source=S['premises'], workstations_total=S['ws'], workstations_open=S['ws_open'], staff_total=E['staff_total'],
              staff_college_or_above=E['staff_college_or_above'], mentors_count=E['mentors_count'], resident_count=E['resident_count'],
              resident_tech_count=E['resident_tech_count'], makers_count=S['makers'], graduated_count=S['grad'], ip_count=S['ip'],
              events_per_month=E['events_per_month'], seed_fund_wan=S['seed'], seed_fund_invested_wan=S['invested'])
    prog = S['prog']
    if prog.startswith('shanxi') or prog.startswith('taiyuan'):
        if cfg.get('fin'): dd.update(revenue_wan=S['revenue'], operating_cost_wan=S['cost'])
    if prog.startswith('shanxi'):
        dd['space_category'] = CAT_CODE[P['cat']]
    if prog.startswith('xuchang'):
        dd['space_category'] = CAT_CODE[P['cat']]; dd['registration_date'] = S['reg']; dd['staff_full_time'] = E['staff_full_time']
        if S['premises'] == 'leased': dd['lease_term_years'] = E['lease_term_years']
        if prog.endswith('investment'): dd['investment_managers'] = S['inv_mgr']
        dd['served_per_year'] = S['served']
    if prog == 'taiyuan-2015-incubator':
        dd['space_category'] = CAT_CODE[cfg['inc_cat']]; dd['staff_full_time'] = E['staff_full_time']
    if prog.startswith('xinjiang'):
        dd['events_per_year'] = E['events_per_year']; dd.pop('events_per_month'); dd['new_companies_per_year'] = S['newco']
        dd['financed_per_year'] = S['financed']; dd['staff_full_time'] = E['staff_full_time']
    if prog.startswith('shuozhou'):
        dd.pop('seed_fund_invested_wan')
    for k, v in cfg.get('disc', {}).items():
        dd[k] = disc_value(S, k, v)
    return dd


# ------------------------------------------------------------------ value formatting
def f_area(S, v):
    s = S['cfg']['area']
    n = num_str(v)
    return {'label': n, 'pm': f'{n}平方米', 'sq': f'{v:,}㎡' if isinstance(v, int) else f'{v:,.1f}㎡', 'm2': f'{n} m²'}[s]


def f_money(S, wan, label_ok=True):
    s = S['cfg']['money']
    if s == 'label' and label_ok: return num_str(wan)
    if s in ('wan', 'label'): return f'{num_str(wan)}万元'
    if s == 'yuan': return money_num(wan * 10000) + '元'
    return daxie(wan * 10000)


def f_date(S, d):
    return fmt_date(d, S['cfg']['date'])


def f_count(S, n, unit):
    if S['cfg']['count'] == 'bare': return str(n)
    r = S['rnd'].random()
    return f'共{n}{unit}' if r < 0.2 else f'{n}{unit}'


# ------------------------------------------------------------------ documents
def form_items(S, dd):
    """(label, value) list of the basic-information table."""
    P, cfg = S['P'], S['cfg']
    au = {'label': '（㎡）', 'pm': '', 'sq': '', 'm2': ''}[cfg['area']]
    mu = '（万元）' if cfg['money'] == 'label' else ''
    prog = S['prog']
    area_lab = {'taiyuan': '可自主支配场地面积', 'shanxi': '服务场地面积', 'shuozhou': '场地总面积', 'xuchang': '可自主支配场地面积', 'xinjiang': '服务场地面积'}[prog.split('-')[0]]
    if prog == 'taiyuan-2015-incubator': area_lab = '孵化器场地总面积'
    staff_lab = {'taiyuan': '管理服务人员', 'shanxi': '服务人员数量', 'shuozhou': '管理服务人员', 'xuchang': '团队工作人员数', 'xinjiang': '服务人员数量'}[prog.split('-')[0]]
    if prog == 'taiyuan-2015-incubator': staff_lab = '职工总数'
    col_lab = '其中：大专以上学历人数' if prog.startswith('shanxi') else '大专以上学历人数' if S['rnd'].random() < 0.5 else '专科以上人员'
    seed_lab = '孵化专项资金' if prog.endswith('incubator') else '种子资金' if prog.startswith('xuchang') or prog.startswith('shuozhou') else '种子基金规模'
    it = []
    A = it.append
    space_lab = '孵化器名称' if P['kind'] == 'inc' else S['rnd'].choice(['众创空间名称', '载体名称']) if not prog.startswith('shanxi') else '众创空间名称'
    A((space_lab, dd['space_name']))
    A((S['rnd'].choice(['运营主体名称', '运营单位', '运营机构']) if not prog.startswith('xuchang') else '申报单位', dd['operator_name']))
    A(('统一社会信用代码', dd['credit_code']))
    A(('法定代表人' if not prog.startswith('shanxi') else '运营主体法人', dd['legal_representative']))
    if 'registration_date' in dd: A(('运营主体成立日期', f_date(S, dd['registration_date'])))
    A(('创办时间' if not prog.startswith('xinjiang') else '运营时间', f_date(S, dd['established_date'])))
    if 'space_category' in dd:
        cat = P.get('cat') or cfg.get('inc_cat')
        opts = {'shanxi': ['综合', '专业化'], 'xuchang': ['技术支撑类', '投资驱动类', '综合类', '专业化众创空间'], 'taiyuan': ['综合类', '专业型']}[prog.split('-')[0]]
        A(('众创空间类型' if not prog.endswith('incubator') else '孵化器类型', '  '.join(('☑' if o == cat else '□') + o for o in opts)))
    A(('通讯地址' if prog.startswith('shanxi') else '运营场所地址', dd['address']))
    A((area_lab + au, f_area(S, dd['total_area_sqm'])))
    A(('场地来源', '☑自有 □租赁' if dd['premises_source'] == 'owned' else '□自有 ☑租赁'))
    if 'lease_term_years' in dd: A(('租赁期限（年）', num_str(dd['lease_term_years'])))
    A(('公共区域面积' + au if not prog.startswith('xuchang') else '公共服务场地面积' + au, f_area(S, dd['public_area_sqm'])))
    A((('入驻团队企业使用面积' if P['kind'] != 'inc' else '孵化场地面积') + au, f_area(S, dd['resident_area_sqm'])))
    A(('提供工位数（个）' if cfg['count'] == 'bare' else '创业工位', f_count(S, dd['workstations_total'], '个')))
    A(('开放区域工位数', f_count(S, dd['workstations_open'], '个')))
    A((staff_lab + ('（人）' if cfg['count'] == 'bare' else ''), f_count(S, dd['staff_total'], '人')))
    A((col_lab, f_count(S, dd['staff_college_or_above'], '人')))
    if 'staff_full_time' in dd: A(('其中专职人员', f_count(S, dd['staff_full_time'], '人')))
    if 'investment_managers' in dd: A(('具备创业投资经验的中高级管理人员', f_count(S, dd['investment_managers'], '名')))
    A(('创业导师数（人）' if cfg['count'] == 'bare' else '专兼职创业导师', f_count(S, dd['mentors_count'], '名')))
    A(('入驻团队及企业数' if not prog.startswith('xinjiang') else '年协议入驻创业团队和企业', f_count(S, dd['resident_count'], '家')))
    A(('科技类团队企业数', f_count(S, dd['resident_tech_count'], '家')))
    A(('聚集创客数量（人）' if cfg['count'] == 'bare' else '聚集创客数量', f_count(S, dd['makers_count'], '人')))
    A(('已毕业企业数', f_count(S, dd['graduated_count'], '家')))
    A(('入驻团队及企业拥有知识产权数', f_count(S, dd['ip_count'], '件')))
    if 'events_per_month' in dd: A(('平均月举办活动场次', num_str(dd['events_per_month'])))
    if 'events_per_year' in dd: A(('每年开展活动场次', f_count(S, dd['events_per_year'], '场')))
    if 'new_companies_per_year' in dd: A(('入驻创业团队每年注册成为新企业数', f_count(S, dd['new_companies_per_year'], '家')))
    if 'financed_per_year' in dd: A(('每年获得融资的团队数', f_count(S, dd['financed_per_year'], '家')))
    if 'served_per_year' in dd: A(('年度服务企业和创新创业团队数量', f_count(S, dd['served_per_year'], '家')))
    A((seed_lab + mu, f_money(S, dd['seed_fund_wan'])))
    if 'seed_fund_invested_wan' in dd: A(('种子基金已投资额度' + mu, f_money(S, dd['seed_fund_invested_wan'])))
    if 'revenue_wan' in dd:
        A(('上年度总收入' + mu, f_money(S, dd['revenue_wan'])))
        A(('上年度运营成本' + mu, f_money(S, dd['operating_cost_wan'])))
    A(('众创空间负责人' if P['kind'] != 'inc' else '孵化器负责人', S['staff'][0]['name']))
    A(('联系电话', f'1{S["rnd"].choice("3589")}{S["rnd"].randint(100000000, 999999999)}'))
    return it


def form_blocks(S, dd):
    P, cfg = S['P'], S['cfg']
    it = form_items(S, dd)
    blocks = []
    title = P['title']
    if S['prog'].startswith('shanxi'):
        blocks += [('sp',), ('sp',), ('title', title, 22), ('sp',), ('sp',)]
        for lab, v in [('众创空间名称', dd['space_name']), ('众创空间类型', P['cat']), ('运营主体名称', dd['operator_name'] + '（盖章）'),
                       ('运营场所地址', dd['address']), ('运营主体法人', dd['legal_representative'] + '（签字）'), ('推荐部门', S['C']['city'] + '科学技术局'),
                       ('填报时间', f_date(S, dd['application_date']))]:
            blocks.append(('p', f'{lab}：{v}', {'pt': 13, 'indent': False}))
        blocks += [('sp',), ('pc', '山西省科学技术厅'), ('pc', '2022年制'), ('br',), ('h', '一、众创空间基本信息表')]
    else:
        blocks += [('title', title, 18)]
        if S['prog'].startswith('xuchang'):
            blocks.append(('pc', f'申报类别：{P["cat"]}'))
        blocks.append(('pr', f'填报日期：{f_date(S, dd["application_date"])}'))
    lay = cfg['layout']
    if lay == 'grid4':
        rows, i = [], 0
        long_keys = ('地址', '名称', '运营单位', '运营机构', '申报单位', '类型', '信用代码')
        while i < len(it):
            lab, v = it[i]
            if any(k in lab for k in long_keys) or len(v) > 14:
                rows.append([{'t': lab, 'b': True}, {'t': v, 'cs': 3}]); i += 1
            elif i + 1 < len(it) and not (any(k in it[i + 1][0] for k in long_keys) or len(it[i + 1][1]) > 14):
                rows.append([{'t': lab, 'b': True}, v, {'t': it[i + 1][0], 'b': True}, it[i + 1][1]]); i += 2
            else:
                rows.append([{'t': lab, 'b': True}, {'t': v, 'cs': 3}]); i += 1
        blocks.append(('table', rows, [26, 24, 26, 24]))
    elif lay == 'grid2':
        blocks.append(('table', [[{'t': 'l', 'b': True} if False else {'t': lab}, v] for lab, v in it], [38, 62]))
    else:  # labels above values, 3 per row
        rows = []
        short = [x for x in it if len(x[1]) <= 12]
        longs = [x for x in it if len(x[1]) > 12]
        for lab, v in longs:
            rows.append([{'t': lab, 'b': True, 'cs': 3, 'al': 'left'}])
            rows.append([{'t': v, 'cs': 3}])
        for j in range(0, len(short), 3):
            grp = short[j:j + 3] + [('', '')] * (3 - len(short[j:j + 3]))
            rows.append([{'t': g[0], 'b': True, 'al': 'center'} for g in grp])
            rows.append([{'t': g[1], 'al': 'center'} for g in grp])
        blocks.append(('table', rows, [1, 1, 1]))
    blocks += [('h', '申报单位意见'), ('p', '本单位承诺所填报材料及所附附件均真实、准确、有效，如有虚假，愿承担相应责任。'),
               ('sign', [f'负责人（签字）：{dd["legal_representative"]}', f'{dd["operator_name"]}（盖章）']), ('seal', dd['operator_name']),
               ('sign', [f_date(S, dd['application_date'])])]
    return blocks


def report_blocks(S, dd):
    r = S['rnd']
    t = S['space'] + '建设运营报告'
    b = [('title', t, 18), ('pc', dd['operator_name']), ('h', '一、必要性和意义'),
         ('p', f'{S["C"]["city"]}是区域性科技创新资源集聚地，近年来高新技术产业和战略性新兴产业发展迅速，科技型中小企业数量持续增长。为进一步营造大众创业、万众创新的良好氛围，我单位依托自身资源建设{S["space"]}，为创业团队和初创企业提供低成本、便利化、全要素的创业服务。'),
         ('h', '二、基本情况'),
         ('p', f'{dd["operator_name"]}于{fmt_date(S["reg"], "cn")}注册成立，注册资本{S["capital"]}万元。{S["space"]}于{fmt_date(dd["established_date"], "cn")}正式投入运营，位于{dd["address"]}，'
               f'可自主支配场地{num_str(dd["total_area_sqm"])}平方米，其中公共服务场地{num_str(dd["public_area_sqm"])}平方米，共设创业工位{dd["workstations_total"]}个。'),
         ('h', '三、孵化能力建设'),
         ('p', f'空间现有管理服务人员{dd["staff_total"]}人，其中大专以上学历{dd["staff_college_or_above"]}人，团队成员具有企业管理、投融资、财务、法律等方面的从业经历。'
               f'空间聘请了{dd["mentors_count"]}位专兼职创业导师，定期开展一对一辅导。'),
         ('p', f'空间设立种子资金{num_str(dd["seed_fund_wan"])}万元，' + (f'已累计投资{num_str(dd["seed_fund_invested_wan"])}万元，' if 'seed_fund_invested_wan' in dd else '') + '并与多家天使投资机构建立合作关系。'),
         ('h', '四、孵化绩效'),
         ('p', f'截至目前，空间入驻创业团队和企业{dd["resident_count"]}家，其中科技类团队企业{dd["resident_tech_count"]}家，聚集创客{dd["makers_count"]}人，已毕业企业{dd["graduated_count"]}家，入驻团队及企业拥有知识产权{dd["ip_count"]}件。'),
         ('p', '空间常态化举办创业沙龙、项目路演、政策宣讲、投融资对接等活动' + (f'，平均每月举办活动{num_str(dd["events_per_month"])}场次。' if 'events_per_month' in dd else f'，每年开展各类活动{dd.get("events_per_year")}场次。')),
         ('h', '五、存在的问题及建议'),
         ('p', '一是专业化服务能力有待进一步提升；二是与高校、科研院所的合作深度不够；三是种子资金规模相对有限，对优质项目的支持力度有待加大。'),
         ('h', '六、下一步发展规划'),
         ('p', f'下一步，空间计划在未来三年内将服务场地扩展至{num_str(round(dd["total_area_sqm"] * 1.5))}平方米，新增入驻企业{r.randint(15, 30)}家，引进创业导师{r.randint(5, 10)}名，力争建成在{S["C"]["prov"]}具有影响力的创新创业服务平台。'),
         ('sign', [dd['operator_name'], fmt_date(dd['application_date'], 'cn')])]
    return b


def license_img(S, dpi=170):
    """营业执照（副本）, landscape."""
    W, H = int(11.69 * dpi), int(8.27 * dpi)
    im = Image.new('RGB', (W, H), (255, 253, 248))
    d = ImageDraw.Draw(im)
    m = int(0.35 * dpi)
    d.rectangle([m, m, W - m, H - m], outline=(170, 60, 40), width=int(dpi * 0.05))
    d.rectangle([m + dpi * 0.09, m + dpi * 0.09, W - m - dpi * 0.09, H - m - dpi * 0.09], outline=(170, 60, 40), width=max(2, dpi // 80))
    px = lambda pt: int(pt * dpi / 72)
    f = font('serif', px(12)); fb = font('serifb', px(12)); ft = font('serifb', px(40))
    d.text((m + dpi * 0.4, m + dpi * 0.45), '统一社会信用代码', font=f, fill=(30, 30, 30))
    d.text((m + dpi * 0.4, m + dpi * 0.72), S['lic_code'], font=font('sans', px(15)), fill=(20, 20, 20))
    tw = d.textlength('营 业 执 照', font=ft)
    d.text(((W - tw) / 2, m + dpi * 0.55), '营 业 执 照', font=ft, fill=(20, 20, 20))
    st = '（副　　本）'
    d.text(((W - d.textlength(st, font=f)) / 2, m + dpi * 1.35), st, font=f, fill=(20, 20, 20))
    d.text((W - m - dpi * 2.6, m + dpi * 0.5), f'编号  {S["rnd"].randint(10 ** 13, 10 ** 14 - 1)}', font=font('sans', px(9)), fill=(60, 60, 60))
    L = [('名　　称', S['operator']), ('类　　型', '有限责任公司（自然人投资或控股）'), ('法定代表人', S['rep']), ('经营范围', S['scope'])]
    R = [('注册资本', f'{daxie(S["capital"] * 10000).replace("元整", "")}元整'), ('成立日期', fmt_date(S['reg'], 'cn0')),
         ('营业期限', f'{fmt_date(S["reg"], "cn0")}至长期'), ('住　　所', S['address'])]
    lh = px(12) * 1.55

    def col(items, x0, w):
        y = m + dpi * 1.9
        for lab, v in items:
            d.text((x0, y), lab, font=fb, fill=(20, 20, 20))
            vx = x0 + dpi * 1.25
            cur, lines = '', []
            for ch in v:
                if d.textlength(cur + ch, font=f) > w - dpi * 1.3: lines.append(cur); cur = ch
                else: cur += ch
            lines.append(cur)
            for ln in lines:
                d.text((vx, y), ln, font=f, fill=(20, 20, 20)); y += lh
            y += lh * 0.35
    col(L, m + dpi * 0.5, W / 2 - m - dpi * 0.5)
    col(R, W / 2 + dpi * 0.2, W / 2 - m - dpi * 0.6)
    y = H - m - dpi * 1.3
    d.text((W - m - dpi * 3.3, y), '登记机关', font=fb, fill=(20, 20, 20))
    dtext = fmt_date(S['lic_issue'], 'cn')
    d.text((W - m - dpi * 3.0, y + lh * 1.4), dtext, font=f, fill=(20, 20, 20))
    draw_seal(im, W - m - dpi * 1.9, y + lh * 0.3, S['C']['reg_org'], dpi, r_mm=20)
    d.text((m + dpi * 0.5, H - m - dpi * 0.45), '国家企业信用信息公示系统网址：http://www.gsxt.gov.cn', font=font('sans', px(8)), fill=(80, 80, 80))
    return im


def diploma_img(S, st, dpi=160):
    W, H = int(10.2 * dpi), int(7.2 * dpi)
    im = Image.new('RGB', (W, H), (250, 247, 238))
    d = ImageDraw.Draw(im)
    px = lambda pt: int(pt * dpi / 72)
    m = int(0.3 * dpi)
    d.rectangle([m, m, W - m, H - m], outline=(120, 90, 40), width=int(dpi * 0.04))
    title = '硕士研究生毕业证书' if st['edu'] == 'master' else '普通高等学校毕业证书'
    ft = font('serifb', px(26))
    d.text(((W - d.textlength(title, font=ft)) / 2, m + dpi * 0.35), title, font=ft, fill=(150, 30, 30))
    # photo
    d.rectangle([m + dpi * 0.5, m + dpi * 1.3, m + dpi * 1.7, m + dpi * 2.9], outline=(90, 90, 90), width=2, fill=(205, 215, 230))
    d.ellipse([m + dpi * 0.8, m + dpi * 1.5, m + dpi * 1.4, m + dpi * 2.2], fill=(160, 150, 140))
    f = font('serif', px(13))
    sex = '男' if st['male'] else '女'
    length = {'master': '三年制', 'bachelor': '四年制', 'college': '三年制'}[st['edu']]
    lvl = {'master': '硕士研究生', 'bachelor': '本科', 'college': '专科'}[st['edu']]
    body = (f'学生 {st["name"]} ，性别 {sex} ，{fmt_date(st["birth"], "upper")}生，于{fmt_date(st["enroll"], "upper")[:-3]}至{fmt_date(st["grad"], "upper")[:-3]}'
            f'在本校 {st["major"]} 专业{length}{lvl}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。')
    x0, y, wmax = m + dpi * 2.1, m + dpi * 1.35, W - m - dpi * 2.1 - dpi * 0.5
    cur = ''
    for ch in body:
        if d.textlength(cur + ch, font=f) > wmax: d.text((x0, y), cur, font=f, fill=(25, 25, 25)); y += px(13) * 1.9; cur = ch
        else: cur += ch
    d.text((x0, y), cur, font=f, fill=(25, 25, 25))
    fy = H - m - dpi * 1.5
    d.text((x0, fy), f'校　名：{st["school"]}', font=f, fill=(25, 25, 25))
    d.text((x0, fy + px(13) * 1.8), f'校（院）长：{S["rnd"].choice(SURN)}{S["rnd"].choice(GIV_M)}', font=f, fill=(25, 25, 25))
    d.text((W - m - dpi * 3.2, fy + px(13) * 1.8), fmt_date(st['grad'], 'upper'), font=f, fill=(25, 25, 25))
    d.text((m + dpi * 0.5, H - m - dpi * 0.55), f'证书编号：{st["cert"]}', font=font('sans', px(12)), fill=(25, 25, 25))
    draw_seal(im, W - m - dpi * 2.2, fy + px(13) * 1.2, st['school'], dpi, r_mm=19)
    return im


def property_img(S, dpi=170):
    p = S['prop']
    pg = Pager(dpi, 'serif', 11)
    pg.render([('title', '不动产权证书', 22), ('pc', p['no']), ('sp',),
               ('table', [['权 利 人', p['owner']], ['共有情况', '单独所有'], ['坐　　落', p['addr']], ['不动产单元号', p['unit']],
                          ['权利类型', '国有建设用地使用权/房屋所有权'], ['权利性质', '出让/自建房'], ['用　　途', '科教用地/办公'],
                          ['面　　积', f'共有宗地面积{int(p["area"] * 3.1)}㎡/房屋建筑面积{num_str(p["area"])}㎡'],
                          ['使用期限', f'国有建设用地使用权 {S["reg"].year - 3}年05月12日起{S["reg"].year + 47}年05月11日止'], ['权利其他状况', '房屋结构：钢筋混凝土结构\n专有建筑面积：' + num_str(round(p['area'] * 0.86, 1)) + '㎡，分摊建筑面积：' + num_str(round(p['area'] - round(p['area'] * 0.86, 1), 1)) + '㎡']],
                [25, 75]), ('sp',), ('pr', f'登簿日期：{fmt_date(add_months(S["reg"], 2), "cn")}'), ('seal', S['C']['city'] + '不动产登记局')])
    return pg.pages


def lease_blocks(S, L):
    r = S['rnd']
    ds = 'cn' if S['cfg']['date'] != 'cn' else 'cn0'
    rent_year = round(L['rent'] * 365 * L['area'])
    return [('title', '房屋租赁合同', 20), ('pr', f'合同编号：ZL-{L["sign"].year}-{r.randint(100, 999)}'),
            ('p', f'出租方（甲方）：{L["lessor"]}', {'indent': False}), ('p', f'法定代表人：{L["lessor_rep"]}', {'indent': False}),
            ('p', f'承租方（乙方）：{L["lessee"]}', {'indent': False}), ('sp',),
            ('p', '根据《中华人民共和国民法典》及有关规定，甲乙双方在平等、自愿、协商一致的基础上，就乙方承租甲方房屋事宜订立本合同。'),
            ('h', '第一条　房屋基本情况'),
            ('p', f'甲方将位于{L["addr"]}的房屋出租给乙方使用，租赁面积（建筑面积）为{num_str(L["area"])}平方米。房屋用途为办公及众创空间运营。'),
            ('h', '第二条　租赁期限'),
            ('p', f'租赁期限自{fmt_date(L["start"], ds)}起至{fmt_date(L["end"], ds)}止。租赁期满，乙方如需续租，应提前三个月书面通知甲方。'),
            ('h', '第三条　租金及支付方式'),
            ('p', f'租金标准为每日每平方米{L["rent"]}元，年租金合计人民币{money_num(rent_year)}元（大写：{daxie(rent_year)}）。租金按季度支付，乙方应于每季度首月十日前支付当季租金。'),
            ('h', '第四条　押金'),
            ('p', f'乙方应于本合同签订之日起五日内向甲方支付押金人民币{money_num(round(rent_year / 12))}元，合同期满乙方结清全部费用后甲方无息退还。'),
            ('h', '第五条　双方的权利和义务'),
            ('p', '1．甲方保证出租房屋权属清楚，无产权纠纷；2．乙方应合理使用房屋及附属设施，不得擅自改变房屋结构和用途；3．租赁期间水、电、暖、物业费由乙方承担；4．乙方经甲方书面同意后，可将房屋用于创业团队和企业入驻孵化。'),
            ('h', '第六条　违约责任'),
            ('p', '任何一方违反本合同约定的，应向守约方支付相当于一个月租金的违约金；给对方造成损失的，应承担赔偿责任。'),
            ('h', '第七条　其他'),
            ('p', '本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。'),
            ('sp',), ('p', f'甲方（盖章）：{L["lessor"]}', {'indent': False}), ('seal', L['lessor']), ('p', f'法定代表人（签字）：{L["lessor_rep"]}', {'indent': False}),
            ('sp',), ('p', f'乙方（盖章）：{L["lessee"]}', {'indent': False}), ('seal', L['lessee']), ('p', f'法定代表人（签字）：{S["rep"] if L["lessee"] == S["operator"] else "（签字）"}', {'indent': False}),
            ('sp',), ('p', f'签订日期：{fmt_date(L["sign"], ds)}', {'indent': False}), ('p', f'签订地点：{S["C"]["city"]}', {'indent': False})]


def roster_blocks(S):
    ids = S['id_in_roster']
    hdr = ['序号', '姓名', '性别', '职务', '学历', '毕业院校及专业', '专职/兼职'] + (['身份证号'] if ids else [])
    rows = [hdr]
    for i, st in enumerate(S['staff'], 1):
        edu = LEVEL_CN[st['edu']]
        if st['edu'] == 'bachelor': edu = S['rnd'].choice(['本科', '大学本科'])
        if st['edu'] == 'college': edu = S['rnd'].choice(['大专', '专科'])
        if st['edu'] == 'master': edu = '研究生'
        sch = f'{st["school"]} {st["major"]}' if st['edu'] != 'other' else '—'
        rows.append([str(i), st['name'], '男' if st['male'] else '女', st['role'], edu, sch, '专职' if st['full_time'] else '兼职'] + ([st['idno']] if ids else []))
    w = [6, 10, 6, 14, 9, 30, 9] + ([24] if ids else [])
    return [('title', f'{S["space"]}管理服务团队人员名单', 16), ('table', rows, w, {'header': True, 'pt': 9 if ids else 10}),
            ('sign', [S['operator'] + '（盖章）']), ('seal', S['operator']), ('sign', [fmt_date(S['app'] - dt.timedelta(days=3), 'cn')])]


def mentor_blocks(S, m, i):
    ms = S['mentor_start']
    me = add_years(ms, 3) - dt.timedelta(days=1)
    return [('sp',), ('sp',), ('title', '聘　　书', 30), ('sp',),
            ('p', f'兹聘请 {m["name"]} {m["title"]}（{m["org"]}）为{S["space"]}创业导师，聘期三年，自{fmt_date(ms, "cn")}至{fmt_date(me, "cn")}。', {'pt': 15}),
            ('p', '聘期内请为入驻创业团队和企业提供创业辅导、项目诊断、投融资对接等服务。', {'pt': 15}), ('sp',), ('sp',),
            ('sign', [S['operator']]), ('seal', S['operator']), ('sign', [fmt_date(ms - dt.timedelta(days=S['rnd'].randint(2, 15)), 'cn')]),
            ('p', f'聘书编号：DS{ms.year}{i + 1:03d}', {'indent': False, 'pt': 9})]


def bank_blocks(S):
    B = S['bank']
    y = S['seed'] * 10000
    return [('title', '存 款 证 明 书', 20), ('pr', f'编号：{B["no"]}'),
            ('p', f'{B["holder"]}：', {'indent': False}),
            ('p', f'经查，截至{fmt_date(B["date"], "cn")}，贵单位在我行开立的下列账户存款余额如下：'),
            ('table', [['户名', '账号', '币种', '存款余额（小写）', '存款余额（大写）'], [B['holder'], B['acct'], '人民币', '¥' + money_num(y), daxie(y)]], [26, 24, 9, 19, 22], {'header': True}),
            ('p', '本证明仅证明上述账户于上述日期的存款余额，不作为担保、质押等用途，不具有流通性。本证明涂改无效。'),
            ('sp',), ('sign', [B['bank']]), ('seal', B['bank'] + '业务专用章'), ('sign', [fmt_date(B['date'], 'cn')])]


def resident_blocks(S):
    ds = S['cfg']['date']
    ds = 'dash' if ds in ('upper', 'cn') else ds
    rows = [['序号', '企业（团队）名称', '入驻时间', '注册资金（万元）', '技术领域', '是否科技型']]
    for i, r in enumerate(S['residents'], 1):
        rows.append([str(i), r['name'], fmt_date(r['entry'], ds), str(r['capital']) if r['capital'] else '—（团队）', r['field'], '是' if r['tech'] else '否'])
    return [('title', f'{S["space"]}入驻创业团队和企业名单', 15), ('table', rows, [6, 38, 16, 13, 15, 12], {'header': True, 'pt': 9.5}),
            ('p', f'合计：入驻团队和企业{len(S["residents"])}家。', {'indent': False}) if S['rnd'].random() < 0.5 else ('sp',),
            ('sign', [S['operator'] + '（盖章）'])]


def activity_blocks(S):
    ds = S['cfg']['date']
    ds = {'upper': 'cn', 'cn0': 'dot'}.get(ds, ds)
    rows = [['序号', '活动时间', '活动名称', '地点', '参加人数']]
    for i, e in enumerate(S['events'], 1):
        rows.append([str(i), fmt_date(e['date'], ds), e['title'], e['place'], f'{e["people"]}人'])
    return [('title', '创新创业活动开展情况统计表', 15), ('pc', S['space']), ('table', rows, [7, 18, 40, 20, 13], {'header': True, 'pt': 9.5})]


def finance_blocks(S):
    rev, cost = S['revenue'] * 10000, S['cost'] * 10000
    tax = round(rev * 0.012, 2); sell = round(rev * 0.04, 2); adm = round(rev * 0.12, 2); finc = round(rev * 0.004, 2)
    op = round(rev - cost - tax - sell - adm - finc, 2)
    nonop = 20000.0; prof = round(op + nonop, 2); it = round(max(prof, 0) * 0.05, 2); net = round(prof - it, 2)
    y = S['app'].year - 1
    rows = [['项　　目', '行次', '本年累计金额', '上年金额'],
            ['一、营业收入', '1', money_num(rev), money_num(round(rev * 0.83, 2))],
            ['减：营业成本', '2', money_num(cost), money_num(round(cost * 0.86, 2))],
            ['税金及附加', '3', money_num(tax), money_num(round(tax * 0.8, 2))],
            ['销售费用', '4', money_num(sell), money_num(round(sell * 0.9, 2))],
            ['管理费用', '5', money_num(adm), money_num(round(adm * 0.9, 2))],
            ['财务费用', '6', money_num(finc), money_num(round(finc * 0.9, 2))],
            ['二、营业利润', '7', money_num(op), '—'],
            ['加：营业外收入', '8', money_num(nonop), '0.00'],
            ['三、利润总额', '9', money_num(prof), '—'],
            ['减：所得税费用', '10', money_num(it), '—'],
            ['四、净利润', '11', money_num(net), '—']]
    return [('title', '利 润 表', 18), ('pc', f'{y}年度'), ('p', f'编制单位：{S["operator"]}　　　　　　单位：元', {'indent': False, 'pt': 10}),
            ('table', rows, [40, 10, 25, 25], {'header': True}), ('p', f'单位负责人：{S["rep"]}　　会计机构负责人：{S["staff"][-1]["name"]}　　制表：{S["variant_names"][1]}', {'indent': False, 'pt': 10})]


# ------------------------------------------------------------------ assembly
class Sub:
    def __init__(self, S):
        self.S = S
        self.dir = os.path.join(OUT, S['id'])
        os.makedirs(self.dir, exist_ok=True)
        self.files = []
        self.n = 0
        self.pending_pdf = []  # (docx tmp path, final name, file entry)
        self.bundle = []  # (type, key, [page dicts])

    def name(self, base, ext, numbered=True):
        self.n += 1
        return (f'{self.n:02d}-{base}.{ext}' if numbered else f'{base}.{ext}')

    def entry(self, fn, typ, fmt, rendering, pages, docs, details=None, **kw):
        e = dict(file=fn, type=typ, format=fmt, rendering=rendering, pages=pages, documents=docs)
        if details is not None: e['page_details'] = details
        e['status'] = 'ok'; e.update(kw)
        self.files.append(e); return e

    def docx(self, fn, typ, key, blocks, fam=None):
        write_docx(os.path.join(self.dir, fn), blocks, fnt=fam or FAMNAME[self.S['cfg']['fam']])
        return self.entry(fn, typ, 'docx', 'docx', 0, [dict(type=typ, key=key, pages=[])])

    def textpdf(self, fn, typ, docs, blocks):
        os.makedirs(TMP, exist_ok=True)
        tmp = os.path.join(TMP, f'{self.S["id"]}_{len(self.pending_pdf)}.docx')
        write_docx(tmp, blocks, fnt=FAMNAME[self.S['cfg']['fam']])
        e = self.entry(fn, typ, 'pdf', 'pdf_text', None, docs)
        self.pending_pdf.append((tmp, fn, e)); return e

    def scan_pages(self, pages, typ, dpi, rnd, upside_idx=(), poor_idx=()):
        out, det = [], []
        for i, im in enumerate(pages):
            ang = round(rnd.choice([-1, 1]) * rnd.uniform(0.3, 2.2), 2)
            up = i in upside_idx; poor = i in poor_idx
            out.append(degrade(im, rnd, ang, up, poor))
            det.append(dict(page=i + 1, type=typ, dpi=dpi if not poor else 100, angle=ang, upside_down=up, poor=poor))
        return out, det

    def scanpdf(self, fn, typ, docs, pages, dpi, upside_idx=(), q=None):
        rnd = self.S['rnd']
        imgs, det = self.scan_pages(pages, typ, dpi, rnd, upside_idx)
        save_pdf(os.path.join(self.dir, fn), imgs, dpi, q or rnd.randint(45, 80))
        for d in docs:
            if d['pages'] is None: d['pages'] = list(range(1, len(imgs) + 1))
        return self.entry(fn, typ, 'pdf', 'scan', len(imgs), docs, det), imgs

    def image(self, fn, typ, key, im, dpi):
        rnd = self.S['rnd']
        imgs, det = self.scan_pages([im], typ, dpi, rnd)
        p = os.path.join(self.dir, fn)
        if fn.endswith('.png'):
            imgs[0].convert('L').save(p, dpi=(dpi, dpi))
        else:
            imgs[0].save(p, 'JPEG', quality=rnd.randint(50, 85), dpi=(dpi, dpi))
        return self.entry(fn, typ, fn.rsplit('.', 1)[1], 'image', 1, [dict(type=typ, key=key, pages=[1])], det)


FAMNAME = {'serif': 'Noto Serif CJK SC', 'sans': 'Noto Sans CJK SC', 'wqy': 'WenQuanYi Zen Hei'}


def render(blocks, S, dpi, fam=None, pt=11):
    return Pager(dpi, fam or S['cfg']['fam'], pt).render(blocks)


def build_sub(S):
    cfg = S['cfg']; rnd = S['rnd']
    U = Sub(S)
    dd = S['dd']
    ev_files = {}
    pack = cfg['pack']
    dpi = rnd.choice([150, 200])
    diploma_staff = [st for st in S['staff'] if st['diploma']]
    dup_lease = cfg.get('dup_lease')

    if pack == 'bundle':
        # one bound volume: form, license, lease/property, roster, diplomas, bank proof (+ report for one)
        parts = []
        parts.append(('application_form', 'application_form', render(form_blocks(S, dd), S, dpi)))
        if cfg.get('poor_page'):
            parts.append(('operating_report', 'operating_report', render(report_blocks(S, dd), S, dpi)))
        parts.append(('business_license', 'business_license', [license_img(S, dpi)]))
        if S['premises'] == 'leased':
            parts.append(('lease_contract', 'lease_contract', render(lease_blocks(S, S['lease']), S, dpi)))
        else:
            parts.append(('property_certificate', 'property_certificate', property_img(S, dpi)))
        parts.append(('staff_roster', 'staff_roster', render(roster_blocks(S), S, dpi)))
        for st in diploma_staff:
            parts.append(('diploma', 'diploma:' + st['name'], [diploma_img(S, st, dpi).resize((int(8.27 * dpi), int(8.27 * dpi * 7.2 / 10.2)))]))
        parts.append(('bank_deposit_proof', 'bank_deposit_proof', render(bank_blocks(S), S, dpi)))
        pages, docs, det = [], [], []
        upside = rnd.choice([i for i in range(3, 8)])
        poor_page = None
        for typ, key, ims in parts:
            start = len(pages) + 1
            for j, im in enumerate(ims):
                pno = len(pages)
                is_poor = cfg.get('poor_page') and typ == 'operating_report' and j == len(ims) - 1
                if is_poor:
                    im = im.resize((int(8.27 * 100), int(11.69 * 100)))
                    poor_page = pno + 1
                ang = round(rnd.choice([-1, 1]) * rnd.uniform(0.2, 1.8), 2)
                pages.append(degrade(im, rnd, ang, pno == upside, bool(is_poor)))
                det.append(dict(page=pno + 1, type=typ, dpi=100 if is_poor else dpi, angle=ang, upside_down=pno == upside, poor=bool(is_poor)))
            docs.append(dict(type=typ, key=key, pages=list(range(start, len(pages) + 1))))
        fn = rnd.choice(['申报材料（装订本）.pdf', '扫描件001.pdf', f'{S["space"]}申报材料.pdf'])
        # mixed resolutions: save each page at its own size (poor page is smaller)
        ims = [jpeg_roundtrip(p, rnd.randint(50, 75)) for p in pages]
        ims[0].save(os.path.join(U.dir, fn), 'PDF', save_all=True, append_images=ims[1:], resolution=float(dpi))
        # page size of the poor page would differ: re-save poor page at 100 dpi via qpdf merge
        if poor_page:
            single = []
            for i, im in enumerate(ims):
                p = os.path.join(TMP, f'{S["id"]}_pg{i}.pdf'); os.makedirs(TMP, exist_ok=True)
                im.save(p, 'PDF', resolution=100.0 if i + 1 == poor_page else float(dpi)); single.append(p)
            subprocess.run(['qpdf', '--empty', '--pages'] + single + ['--', os.path.join(U.dir, fn)], check=True)
        U.entry(fn, None, 'pdf', 'scan', len(pages), docs, det)
        S['bundle_docs'] = docs
        for typ, _, _ in parts:
            ev_files.setdefault(typ, [fn])
        if poor_page:
            S['flags'].append(dict(code='low_ocr_confidence', files=[fn], pages=[poor_page], related_submissions=[], detail='装订本中运营报告页扫描质量极差（低分辨率、低对比度、模糊），无法可靠识别'))
        S['bundle_file'] = fn
        U.n = 1
        # the rest as separate files
        if not cfg.get('poor_page'):
            fn2 = U.name(rnd.choice(['众创空间建设运营报告', '运营报告']), 'docx'); U.docx(fn2, 'operating_report', 'operating_report', report_blocks(S, dd))
    else:
        # application form
        title_fn = S['P']['title'] if rnd.random() < 0.5 else rnd.choice(['申请表', '基本信息表', '备案申请表'])
        if pack == 'folder3':
            fn = U.name(title_fn + '（扫描）', 'pdf')
            U.scanpdf(fn, 'application_form', [dict(type='application_form', key='application_form', pages=None)], render(form_blocks(S, dd), S, dpi), dpi)
            U.files[-1]['documents'][0]['pages'] = list(range(1, U.files[-1]['pages'] + 1))
        else:
            fn = U.name(title_fn, 'docx'); U.docx(fn, 'application_form', 'application_form', form_blocks(S, dd))
        # report
        fn = U.name(rnd.choice(['建设运营报告', '众创空间建设运营报告', '运营情况报告']), 'docx' if rnd.random() < 0.6 else 'pdf')
        if fn.endswith('docx'): U.docx(fn, 'operating_report', 'operating_report', report_blocks(S, dd))
        else: U.textpdf(fn, 'operating_report', [dict(type='operating_report', key='operating_report', pages=None)], report_blocks(S, dd))
        # license
        fn = U.name(rnd.choice(['营业执照', '营业执照副本', '扫描件002']), rnd.choice(['jpg', 'pdf', 'png']))
        if fn.endswith('pdf'):
            U.scanpdf(fn, 'business_license', [dict(type='business_license', key='business_license', pages=[1])], [license_img(S, dpi)], dpi)
        else:
            U.image(fn, 'business_license', 'business_license', license_img(S, dpi), dpi)
        ev_files['business_license'] = [fn]
        # premises
        if S['premises'] == 'leased':
            fn = U.name(rnd.choice(['房屋租赁合同', '场地租赁合同', '租赁合同']), 'pdf')
            docs = [dict(type='lease_contract', key='lease_contract', pages=None)]
            if dup_lease == 'copy':
                src = SHARED['lease_imgs']
                imgs = []
                det = []
                for i, im in enumerate(src):
                    a = round(rnd.uniform(0.4, 0.9), 2)
                    im2 = im.rotate(a, resample=Image.BICUBIC, fillcolor=(240, 238, 232))
                    im2 = im2.resize((int(im2.width * 0.8), int(im2.height * 0.8)))
                    imgs.append(jpeg_roundtrip(im2, 42))
                    det.append(dict(page=i + 1, type='lease_contract', dpi=int(SHARED['lease_dpi'] * 0.8), angle=round(SHARED['lease_det'][i]['angle'] + a, 2), upside_down=False, poor=False))
                save_pdf(os.path.join(U.dir, fn), imgs, int(SHARED['lease_dpi'] * 0.8), 45)
                docs[0]['pages'] = list(range(1, len(imgs) + 1))
                U.entry(fn, 'lease_contract', 'pdf', 'scan', len(imgs), docs, det)
            elif rnd.random() < 0.75 or dup_lease == 'src':
                e, imgs = U.scanpdf(fn, 'lease_contract', docs, render(lease_blocks(S, S['lease']), S, dpi), dpi)
                if dup_lease == 'src':
                    SHARED['lease_imgs'] = imgs; SHARED['lease_dpi'] = dpi; SHARED['lease_det'] = e['page_details']
                    SHARED['lease_file'] = fn; SHARED['lease_sub'] = S['id']; SHARED['lease'] = S['lease']
            else:
                U.textpdf(fn, 'lease_contract', docs, lease_blocks(S, S['lease']))
            ev_files['lease_contract'] = [fn]
        else:
            fn = U.name(rnd.choice(['不动产权证书', '房产证']), 'jpg' if rnd.random() < 0.5 else 'pdf')
            pgs = property_img(S, dpi)
            if fn.endswith('jpg'): U.image(fn, 'property_certificate', 'property_certificate', pgs[0], dpi)
            else: U.scanpdf(fn, 'property_certificate', [dict(type='property_certificate', key='property_certificate', pages=[1])], pgs, dpi)
            ev_files['property_certificate'] = [fn]
        # roster
        fn = U.name(rnd.choice(['管理团队名单', '人员名单', '服务人员名单']), rnd.choice(['docx', 'docx', 'pdf']))
        if fn.endswith('docx'): U.docx(fn, 'staff_roster', 'staff_roster', roster_blocks(S))
        else: U.textpdf(fn, 'staff_roster', [dict(type='staff_roster', key='staff_roster', pages=[1])], roster_blocks(S))
        ev_files['staff_roster'] = [fn]
        # diplomas
        dfiles = {}
        if rnd.random() < 0.6 or cfg.get('bad_cert') or cfg.get('dup_cert'):
            for st in diploma_staff:
                fn = U.name('毕业证书-' + st['name'], rnd.choice(['jpg', 'jpg', 'png']))
                U.image(fn, 'diploma', 'diploma:' + st['name'], diploma_img(S, st, dpi), dpi)
                dfiles[st['name']] = (fn, [1])
        else:
            fn = U.name(rnd.choice(['学历证书', '毕业证书复印件']), 'pdf')
            docs = [dict(type='diploma', key='diploma:' + st['name'], pages=[i + 1]) for i, st in enumerate(diploma_staff)]
            U.scanpdf(fn, 'diploma', docs, [diploma_img(S, st, dpi) for st in diploma_staff], dpi, upside_idx=(rnd.randrange(len(diploma_staff)),))
            for i, st in enumerate(diploma_staff): dfiles[st['name']] = (fn, [i + 1])
        S['dfiles'] = dfiles
        ev_files['diploma'] = sorted(set(v[0] for v in dfiles.values()), key=lambda x: x)
    # ---------------- common separate files
    bundle = pack == 'bundle'
    # mentors
    if rnd.random() < 0.6:
        fn = U.name(rnd.choice(['创业导师聘书', '导师聘书']), 'pdf')
        docs = [dict(type='mentor_letter', key='mentor_letter:' + m['name'], pages=[i + 1]) for i, m in enumerate(S['mentors'])]
        blocks = []
        for i, m in enumerate(S['mentors']):
            if i: blocks.append(('br',))
            blocks += mentor_blocks(S, m, i)
        if rnd.random() < 0.5:
            U.textpdf(fn, 'mentor_letter', docs, blocks)
        else:
            pg = [render(mentor_blocks(S, m, i), S, dpi)[0] for i, m in enumerate(S['mentors'])]
            U.scanpdf(fn, 'mentor_letter', docs, pg, dpi)
        ev_files['mentor_letter'] = [fn]
    else:
        ev_files['mentor_letter'] = []
        for i, m in enumerate(S['mentors']):
            fn = U.name('聘书-' + m['name'], 'jpg')
            U.image(fn, 'mentor_letter', 'mentor_letter:' + m['name'], render(mentor_blocks(S, m, i), S, dpi)[0], dpi)
            ev_files['mentor_letter'].append(fn)
    # bank proof
    if not bundle:
        fn = U.name(rnd.choice(['存款证明', '种子资金证明', '种子基金存款证明']), 'pdf')
        docs = [dict(type='bank_deposit_proof', key='bank_deposit_proof', pages=[1])]
        if cfg.get('pdf_mod') or rnd.random() < 0.5: U.textpdf(fn, 'bank_deposit_proof', docs, bank_blocks(S))
        else: U.scanpdf(fn, 'bank_deposit_proof', docs, render(bank_blocks(S), S, dpi), dpi)
        ev_files['bank_deposit_proof'] = [fn]
    # residents
    fn = U.name(rnd.choice(['入驻企业名单', '入驻团队和企业名单', '在孵企业名单']), rnd.choice(['docx', 'pdf']))
    if fn.endswith('docx'): U.docx(fn, 'resident_list', 'resident_list', resident_blocks(S))
    else: U.textpdf(fn, 'resident_list', [dict(type='resident_list', key='resident_list', pages=None)], resident_blocks(S))
    ev_files['resident_list'] = [fn]
    # activities
    fn = U.name(rnd.choice(['活动记录', '创新创业活动开展情况', '活动证明材料']), rnd.choice(['docx', 'pdf']))
    if fn.endswith('docx'): U.docx(fn, 'activity_record', 'activity_record', activity_blocks(S))
    else: U.textpdf(fn, 'activity_record', [dict(type='activity_record', key='activity_record', pages=None)], activity_blocks(S))
    ev_files['activity_record'] = [fn]
    # financial statement
    if cfg.get('fin'):
        fn = U.name(rnd.choice(['年度利润表', '财务报表', '财务情况']), 'pdf')
        docs = [dict(type='financial_statement', key='financial_statement', pages=[1])]
        if cfg.get('pdf_mod') or rnd.random() < 0.6: U.textpdf(fn, 'financial_statement', docs, finance_blocks(S))
        else: U.scanpdf(fn, 'financial_statement', docs, render(finance_blocks(S), S, dpi), dpi)
        ev_files['financial_statement'] = [fn]
    S['ev_files'] = ev_files
    return U


# ------------------------------------------------------------------ PDF incremental update (pdf_modified)
def _objs(data):
    out = {}
    for m in re.finditer(rb'(\d+) 0 obj(.*?)endobj', data, re.S):
        out[int(m.group(1))] = m.group(2)
    return out


def _stream(body):
    m = re.search(rb'stream\r?\n(.*)\r?\nendstream', body, re.S)
    raw = m.group(1)
    return zlib.decompress(raw) if b'FlateDecode' in body[:m.start()] else raw


def _tounicode(cmap):
    mp = {}
    for blk in re.findall(rb'beginbfchar(.*?)endbfchar', cmap, re.S):
        for a, b in re.findall(rb'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', blk):
            mp[bytes.fromhex(a.decode())] = bytes.fromhex(b.decode()).decode('utf-16-be')
    for blk in re.findall(rb'beginbfrange(.*?)endbfrange', cmap, re.S):
        for a, b, c in re.findall(rb'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', blk):
            lo, hi, st = int(a, 16), int(b, 16), int(c, 16)
            n = len(a) // 2
            for k in range(lo, hi + 1):
                mp[k.to_bytes(n, 'big')] = chr(st + k - lo)
    return mp


def _lit(s):
    out, i = bytearray(), 0
    esc = {b'n'[0]: 10, b'r'[0]: 13, b't'[0]: 9, b'b'[0]: 8, b'f'[0]: 12}
    while i < len(s):
        c = s[i]
        if c == 92:
            i += 1; c = s[i]
            if c in esc: out.append(esc[c])
            elif 48 <= c <= 55:
                j = i
                while j < len(s) and j < i + 3 and 48 <= s[j] <= 55: j += 1
                out.append(int(s[i:j], 8)); i = j - 1
            else: out.append(c)
        else:
            out.append(c)
        i += 1
    return bytes(out)


import zlib


def pdf_modify(path, old, new, when):
    data = open(path, 'rb').read()
    objs = _objs(data)
    sp = subprocess.run(['qpdf', '--show-pages', path], capture_output=True, text=True).stdout
    cnum = int(re.search(r'content:\s*\n\s*(\d+) 0 R', sp).group(1))
    content = _stream(objs[cnum])
    fonts = {}
    for name, num in re.findall(rb'/(F\d+) (\d+) 0 R', data):
        body = objs.get(int(num), b'')
        m = re.search(rb'/ToUnicode (\d+) 0 R', body)
        if m: fonts[name.decode()] = _tounicode(_stream(objs[int(m.group(1))]))
    cur = None
    out = bytearray(); pos = 0; done = False
    tok = re.compile(rb'/(F\d+) [\d.]+ Tf|(\[.*?\])\s*TJ|(<[0-9A-Fa-f]*>|\((?:\\.|[^\\)])*\))\s*Tj', re.S)
    for m in tok.finditer(content):
        if m.group(1): cur = m.group(1).decode(); continue
        arr = m.group(2) or m.group(3)
        parts = re.findall(rb'<([0-9A-Fa-f]*)>|\(((?:\\.|[^\\)])*)\)', arr, re.S)
        codes = b''.join(bytes.fromhex(h.decode()) if h or not l else _lit(l) for h, l in parts)
        mp = fonts[cur]
        n = len(next(iter(mp)))
        text = ''.join(mp.get(codes[i:i + n], '?') for i in range(0, len(codes), n))
        if text == old and not done:
            rev = {v: k for k, v in mp.items()}
            enc = b''.join(rev[ch] for ch in new)
            out += content[pos:m.start()] + b'<' + enc.hex().encode() + b'> Tj'
            pos = m.end(); done = True
    assert done, ('figure not found', old)
    out += content[pos:]
    trailer = data[data.rfind(b'trailer'):]
    root = re.search(rb'/Root (\d+) 0 R', trailer).group(1).decode()
    info = int(re.search(rb'/Info (\d+) 0 R', trailer).group(1))
    size = int(re.search(rb'/Size (\d+)', trailer).group(1))
    idm = re.search(rb'/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', trailer)
    prev = int(re.findall(rb'startxref\s+(\d+)', data)[-1])
    infobody = objs[info]
    cd = re.search(rb'/CreationDate\s*\((.*?)\)', infobody).group(1).decode()
    app = bytearray(data)
    if not app.endswith(b'\n'): app += b'\n'
    offs = {}
    offs[cnum] = len(app)
    app += f'{cnum} 0 obj\n<</Length {len(out)}>>\nstream\n'.encode() + bytes(out) + b'\nendstream\nendobj\n'
    offs[info] = len(app)
    cdt = dt.datetime.strptime(cd[2:16], '%Y%m%d%H%M%S')
    md = (cdt + dt.timedelta(days=1, hours=3, minutes=17)).strftime("D:%Y%m%d%H%M%S+08'00'")
    app += (f'{info} 0 obj\n<</Producer (Adobe Acrobat Pro DC 21.1.20155)/Creator (Adobe Acrobat Pro DC 21.1.20155)'
            f'/CreationDate ({cd})/ModDate ({md})>>\nendobj\n').encode()
    xref = len(app)
    x = 'xref\n0 1\n0000000000 65535 f \n'
    for k in sorted(offs):
        x += f'{k} 1\n{offs[k]:010d} 00000 n \n'
    x += f'trailer\n<</Size {size}/Root {root} 0 R/Info {info} 0 R/ID [<{idm.group(1).decode()}><{hashlib.md5(bytes(out)).hexdigest().upper()}>]/Prev {prev}>>\nstartxref\n{xref}\n%%EOF\n'
    app += x.encode()
    open(path, 'wb').write(bytes(app))
    return cd, md


# ------------------------------------------------------------------ truth
def norm_txt(s):
    s = str(s).replace(' ', '').replace('\u3000', '')
    return ''.join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)


def differs(key, a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if key.endswith('_sqm') or key.endswith('_wan'):
            return abs(a - b) > 0.01 * max(abs(a), abs(b))
        return a != b
    return norm_txt(a) != norm_txt(b)


def jv(v):
    if isinstance(v, dt.date): return v.isoformat()
    if isinstance(v, float) and v.is_integer(): return int(v)
    return v


def file_pages(U, fn):
    for f in U.files:
        if f['file'] == fn: return f['pages'], f
    raise KeyError(fn)


def make_truth(S, U):
    cfg = S['cfg']; dd = S['dd']; E = S['E']; ef = S['ev_files']
    bundle = cfg['pack'] == 'bundle'
    bfn = S.get('bundle_file')
    # diploma files per person
    if bundle:
        dfiles = {d['key'][8:]: (bfn, d['pages']) for d in S['bundle_docs'] if d['type'] == 'diploma'}
    else:
        dfiles = S['dfiles']
    college_files = sorted({dfiles[s['name']][0] for s in S['staff'] if s['diploma'] and s['edu'] != 'other'})
    src = {'operator_name': 'business_license', 'credit_code': 'business_license', 'legal_representative': 'business_license', 'address': 'business_license',
           'registration_date': 'business_license', 'total_area_sqm': 'premises', 'premises_source': 'premises', 'lease_start_date': 'lease_contract',
           'lease_end_date': 'lease_contract', 'lease_term_years': 'lease_contract', 'staff_total': 'staff_roster', 'staff_full_time': 'staff_roster',
           'staff_college_or_above': 'diploma', 'mentors_count': 'mentor_letter', 'resident_count': 'resident_list', 'resident_tech_count': 'resident_list',
           'max_residency_months': 'resident_list', 'events_per_month': 'activity_record', 'events_per_year': 'activity_record', 'seed_fund_wan': 'bank_deposit_proof',
           'revenue_wan': 'financial_statement', 'operating_cost_wan': 'financial_statement'}
    fields = {}
    order = list(dd.keys()) + [k for k in E if k not in dd]
    for k in order:
        ent = {}
        if k in dd: ent['declared'] = jv(dd[k])
        if k in E:
            s = src[k]
            if s == 'premises': s = 'lease_contract' if S['premises'] == 'leased' else 'property_certificate'
            files = college_files if s == 'diploma' else ef.get(s)
            if files:
                ent['evidence'] = jv(E[k]); ent['evidence_files'] = list(files)
        if ent: fields[k] = ent
    disc = []
    for k, ent in fields.items():
        if 'declared' in ent and 'evidence' in ent and differs(k, ent['declared'], ent['evidence']):
            disc.append(dict(field=k, declared=ent['declared'], evidence=ent['evidence']))
    planted_disc = set(cfg.get('disc', {}))
    assert {d['field'] for d in disc} == planted_disc, (S['id'], disc, planted_disc)
    staff = []
    for s in S['staff']:
        r = dict(name=s['name'], education=s['edu'] if s['edu'] in ('master', 'bachelor', 'college') else 'other')
        if s['diploma']: r['certificate_no'] = s['cert']
        r.update(diploma_submitted=s['diploma'], full_time=s['full_time'], trained=False)
        if s['diploma']: r['graduated_on'] = s['grad'].isoformat()
        staff.append(r)
    flags = list(S['flags'])
    lic_f = ef['business_license'][0]
    lic_pages = [d['pages'] for d in S['bundle_docs'] if d['type'] == 'business_license'][0] if bundle else [1]

    def docpages(fn, typ):
        _, f = file_pages(U, fn)
        return sorted({p for d in f['documents'] if d['type'] == typ for p in d['pages']})
    if cfg.get('bad_cc'):
        flags.append(dict(code='invalid_credit_code', files=[lic_f], pages=lic_pages, related_submissions=[], detail=f'营业执照上的统一社会信用代码{S["lic_code"]}校验位错误'))
    lease_f = ef.get('lease_contract', [None])[0]
    if cfg.get('lessee_other'):
        flags.append(dict(code='name_mismatch', files=[lease_f], pages=docpages(lease_f, 'lease_contract'), related_submissions=[], detail=f'租赁合同承租方为“{S["lease"]["lessee"]}”，不是运营主体'))
    if cfg.get('bank_other'):
        bf = ef['bank_deposit_proof'][0]
        flags.append(dict(code='name_mismatch', files=[bf], pages=[1], related_submissions=[], detail=f'存款证明户名为“{S["bank"]["holder"]}”，不是运营主体'))
    if cfg.get('lease_before_reg'):
        flags.append(dict(code='date_inconsistency', files=[lease_f], pages=docpages(lease_f, 'lease_contract'), related_submissions=[],
                          detail=f'租赁合同签订于{S["lease"]["sign"].isoformat()}，早于运营主体成立日期{S["reg"].isoformat()}'))
    if cfg.get('lease_expired'):
        flags.append(dict(code='date_inconsistency', files=[lease_f], pages=docpages(lease_f, 'lease_contract'), related_submissions=[],
                          detail=f'租赁合同于{S["lease"]["end"].isoformat()}到期，申报日期{S["app"].isoformat()}时已过期'))
    if cfg.get('bad_cert'):
        st = [s for s in S['staff'] if s.get('bad_cert')][0]
        fn, pg = dfiles[st['name']]
        flags.append(dict(code='invalid_certificate_number', files=[fn], pages=pg, related_submissions=[],
                          detail=f'{st["name"]}的毕业证书编号{st["cert"]}与证书上的' + ('学历层次（本科）不符' if st['bad_cert'] == 'level' else f'毕业年份（{st["grad"].year}）不符')))
    if cfg.get('dup_cert'):
        p = SHARED['dup_person']
        fn, pg = dfiles[p['name']]
        other = [c['id'] for c in CFG if c.get('dup_cert') and c['id'] != S['id']]
        flags.append(dict(code='duplicate_certificate', files=[fn], pages=pg, related_submissions=other,
                          detail=f'{p["name"]}的毕业证书（{p["cert"]}）也出现在另一申报单位的材料中'))
    if cfg.get('dup_lease'):
        other = [c['id'] for c in CFG if c.get('dup_lease') and c['id'] != S['id']]
        flags.append(dict(code='duplicate_document', files=[lease_f], pages=docpages(lease_f, 'lease_contract'), related_submissions=other,
                          detail='同一份租赁合同扫描件也出现在另一申报单位的材料中' + ('（本件为重新扫描压缩、略有旋转的副本）' if cfg['dup_lease'] == 'copy' else '')))
        if cfg['dup_lease'] == 'copy':
            flags.append(dict(code='name_mismatch', files=[lease_f], pages=docpages(lease_f, 'lease_contract'), related_submissions=[],
                              detail=f'租赁合同承租方为“{S["lease"]["lessee"]}”，不是运营主体'))
    if cfg.get('pdf_mod'):
        fn = ef['financial_statement'][0]
        flags.append(dict(code='pdf_modified', files=[fn], pages=[1], related_submissions=[], detail='利润表PDF生成后被编辑软件以增量更新方式修改（营业收入数字被改动）'))
    defects = sorted({f['code'] for f in flags} | ({'contradiction'} if disc else set()))
    T = dict(schema='zcingest.truth/1', submission_id=S['id'], program_id=S['prog'], container='folder', seed=SEED, files=U.files, fields=fields,
             staff=staff, mentors=[m['name'] for m in S['mentors']],
             residents=[dict(name=r['name'], entry_date=r['entry'].isoformat(), tech=r['tech'], technical_field=r['field']) for r in S['residents']],
             events=[dict(date=e['date'].isoformat(), title=e['title']) for e in S['events']],
             discrepancies=disc, flags=flags, missing_documents=[], failing_rules=[], warning_rules=[], defects=defects, planted=[])
    return T


# ------------------------------------------------------------------ main
def main():
    if os.path.exists(OUT): shutil.rmtree(OUT)
    if os.path.exists(TMP): shutil.rmtree(TMP)
    os.makedirs(OUT); os.makedirs(TMP)
    subs = []
    for i, cfg in enumerate(CFG):
        S = gen(cfg, i)
        S['flags'] = []
        if cfg.get('dup_lease') == 'copy':
            L = copy.deepcopy(SHARED['lease'])
            S['lease'] = L
            S['area'] = L['area']; S['pub'] = round(L['area'] * 0.35); S['res_area'] = L['area'] - S['pub']
            if S['reg'] >= L['sign']:
                S['reg'] = L['sign'] - dt.timedelta(days=140)
        S['lic_code'] = break_cc(S['code']) if cfg.get('bad_cc') else S['code']
        S['lic_issue'] = add_months(S['reg'], S['rnd'].randint(0, 30)) if S['rnd'].random() < 0.5 else S['reg']
        if S['lic_issue'] > S['app']: S['lic_issue'] = S['reg']
        S['E'] = evidence(S)
        S['dd'] = declared(S)
        if cfg.get('pdf_mod'):
            # the applicant raised 营业收入 in the statement to match the form: original file shows the lower figure
            S['revenue_orig'] = round(S['revenue'] - 100, 2)
        print('building', cfg['id'], flush=True)
        U = build_sub(S)
        subs.append((S, U))
    # text PDFs: one soffice run for all
    pend = [p for S, U in subs for p in U.pending_pdf]
    if pend:
        outd = os.path.join(TMP, 'pdf'); os.makedirs(outd, exist_ok=True)
        subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-indie', '--headless', '--convert-to', 'pdf', '--outdir', outd] + [p[0] for p in pend],
                       check=True, capture_output=True)
        for S, U in subs:
            for tmp, fn, e in U.pending_pdf:
                src = os.path.join(outd, os.path.basename(tmp)[:-5] + '.pdf')
                dst = os.path.join(U.dir, fn)
                shutil.move(src, dst)
                n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', dst], capture_output=True, text=True).stdout).group(1))
                e['pages'] = n
                for d in e['documents']:
                    if d['pages'] is None: d['pages'] = list(range(1, n + 1))
                if e['type'] == 'mentor_letter': assert n == len(e['documents']), (fn, n)
                if e['type'] in ('bank_deposit_proof', 'financial_statement', 'staff_roster'): assert n == 1, (fn, n)
    for S, U in subs:
        if S['cfg'].get('pdf_mod'):
            fn = S['ev_files']['financial_statement'][0]
            p = os.path.join(U.dir, fn)
            # rebuild original with the lower revenue, then append the incremental update restoring the declared figure
            S2 = dict(S); S2['revenue'] = S['revenue_orig']
            tmp = os.path.join(TMP, 'orig_fin.docx'); write_docx(tmp, finance_blocks(S2), fnt=FAMNAME[S['cfg']['fam']])
            subprocess.run(['soffice', '-env:UserInstallation=file:///tmp/lo-indie', '--headless', '--convert-to', 'pdf', '--outdir', TMP, tmp], check=True, capture_output=True)
            shutil.move(os.path.join(TMP, 'orig_fin.pdf'), p)
            when = dt.datetime.combine(S['app'] - dt.timedelta(days=4), dt.time(16, 42, 7))
            pdf_modify(p, money_num(S['revenue_orig'] * 10000), money_num(S['revenue'] * 10000), when)
            for f in U.files:
                if f['file'] == fn: f['incremental_update'] = True
        T = make_truth(S, U)
        for f in T['files']:
            f['sha256'] = hashlib.sha256(open(os.path.join(U.dir, f['file']), 'rb').read()).hexdigest()
        json.dump(T, open(os.path.join(U.dir, 'truth.json'), 'w'), ensure_ascii=False, indent=1)
    json.dump({S['id']: dict(prog=S['prog'], files=[f['file'] for f in U.files]) for S, U in subs}, open(os.path.join(TMP, 'index.json'), 'w'), ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
