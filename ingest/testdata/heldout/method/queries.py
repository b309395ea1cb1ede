#!/usr/bin/env python3
"""queries.py SET N: N search queries for the held-out set holdoutSET, drawn from the gazetteer with SET as seed
(session 49 on: rounds 119 and later)."""
import os, random, sys
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..')
s, n = int(sys.argv[1]), int(sys.argv[2])
rnd = random.Random(s * 7919)
prov, city, county, town = [], [], [], []
for line in open(os.path.join(here, 'gazetteer.tsv'), encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    f = line.rstrip('\n').split('\t')
    code, name = f[0], f[1]
    if len(code) == 2: prov.append(name)
    elif len(code) == 4: city.append(name)
    else: county.append(name)
for line in open(os.path.join(here, 'townships.tsv'), encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    town.append(line.split('\t')[0])
# Each level's places and the queries drawn for them ({p} the place, {y} the year); a township has one.
kinds = {
    'p': (prov, ['{p} {y}年 国民经济和社会发展计划执行情况 报告 发展改革委',
                 '{p} {y}年 财政预算执行情况 报告 财政厅',
                 '{p} 政府工作报告 {y}年 省长 全文',
                 '{p} {y}年 国民经济和社会发展统计公报 统计局',
                 '{p} {y}年 决算 报告 人大常委会 审议']),
    'c': (city, ['{p} 政府工作报告 {y}年 市长 全文',
                 '{p} {y}年 国民经济和社会发展统计公报 统计局',
                 '{p} {y}年 财政预算执行情况 报告 财政局',
                 '{p} {y}年 国民经济和社会发展计划执行情况 报告 发展和改革委员会',
                 '{p} {y}年 决算 报告 人大常委会 审议',
                 '{p} 第十四个五年规划 纲要 全文 人民政府']),
    'x': (county, ['{p} {y}年 人代会 政府工作报告 摘要',
                   '{p}人民政府 {y}年 政府工作报告 全文',
                   '{p} {y}年 财政预算执行情况 报告 财政局',
                   '{p} {y}年 国民经济和社会发展计划执行情况 报告 发展和改革局',
                   '{p} {y}年 国民经济和社会发展统计公报 统计局',
                   '{p} 第十三个五年规划纲要 全文 人民政府']),
    't': (town, ['{p} {y}年 工作报告 镇长 代表']),
}
out = []
while len(out) < n:
    y = rnd.randint(2005, 2025)
    places, forms = kinds[rnd.choices(['p', 'c', 'x', 't'], [2, 3, 5, 1])[0]]
    p = rnd.choice(places)
    # One form is taken as it is: drawing it would use the generator and change every set drawn since round 119.
    form = forms[0] if len(forms) == 1 else rnd.choice(forms)
    q = form.format(p=p, y=y)
    if q not in out:
        out.append(q)
print('\n'.join(out))
