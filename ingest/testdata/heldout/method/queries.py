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
# From holdout1110 on (round 185, session 61) the pages these forms find were mostly drawn already (a set
# came back with 2-8 pages): the forms below, measured to find the most new pages (national reports, audit
# reports, task-allocation notices, township reports, readings of a report, a session's opening), are
# added, and a national level with them; sets before 1110 draw as they always did.
if s >= 1110:
    kinds['n'] = (['国务院'], ['国务院 政府工作报告 {y}年 全文',
                            '关于{y}年国民经济和社会发展计划执行情况与{y1}年计划草案的报告 国家发展改革委',
                            '关于{y}年中央和地方预算执行情况与{y1}年中央和地方预算草案的报告 财政部',
                            '中华人民共和国{y}年国民经济和社会发展统计公报 国家统计局'])
    kinds['c'][1].extend(['{p} {y}年 审计 工作报告 人大常委会',
                          '{p} 政府工作报告 解读 {y}',
                          '{p} 人民代表大会 开幕 政府工作报告 {y}'])
    kinds['x'][1].extend(['{p}人民政府办公室 关于印发 {y}年 政府工作报告 重点工作 分工 的通知',
                          '{p} 关于{y}年预算执行情况和{y1}年预算草案的报告',
                          '{p} 十四五 规划 纲要 主要指标'])
    kinds['t'] = (town, ['{p} {y}年 工作报告 镇长 代表', '{p} 政府工作报告 {y}'])
levels, weights = (['p', 'c', 'x', 't', 'n'], [2, 3, 4, 2, 2]) if s >= 1110 else (['p', 'c', 'x', 't'], [2, 3, 5, 1])
out = []
while len(out) < n:
    y = rnd.randint(2005, 2025)
    places, forms = kinds[rnd.choices(levels, weights)[0]]
    p = rnd.choice(places)
    # One form is taken as it is: drawing it would use the generator and change every set drawn since round 119.
    form = forms[0] if len(forms) == 1 else rnd.choice(forms)
    q = form.format(p=p, y=y, y1=y + 1)
    if q not in out:
        out.append(q)
print('\n'.join(out))
