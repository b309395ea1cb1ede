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
# From holdout1260 on (round 210, session 65) nearly every page the forms above find was drawn (8,783 pages
# seen; trial queries of each older form returned only seen pages): forms of other genres are added (audit
# and final-accounts reviews, a government meeting discussing its draft report, state-asset and budget-
# adjustment reports, a township congress's news, a street office's report, the 范文 sites' unnamed
# reports), which the trial queries found unseen pages for.
if s >= 1260:
    kinds['p'][1].extend(['{p} {y}年度 省级预算执行和其他财政收支的审计工作报告',
                          '{p}人民政府 常务会议 讨论 政府工作报告 征求意见稿 {y}',
                          '{p} 人大常委会 {y}年 国有资产管理情况 综合报告'])
    kinds['c'][1].extend(['{p} {y}年度 审计工作报告 审计局 局长 人大常委会',
                          '{p} {y}年 预算调整方案 报告 人大常委会',
                          '{p} 市长 主持 常务会议 {y}年 政府工作报告 征求意见'])
    kinds['x'][1].extend(['{p} 人大常委会 审查 {y}年 决算 草案',
                          '{p} 政府工作报告 征求意见 座谈会 {y}',
                          '{p} {y}年 县本级 预算执行 审计 工作报告'])
    kinds['t'][1].extend(['{p} 人民代表大会 召开 作政府工作报告 {y}年',
                          '{p} 办事处 {y}年 工作报告 居民代表'])
    kinds['g'] = (['乡镇', '街道', '县', '区'], ['{p} 政府工作报告 范文 {y}年 各位代表',
                                             '{p} {y}年 工作总结 暨 {y1}年 工作计划 人民政府'])
# From holdout1338 on (round 223, session 67) a set found 4 unseen pages in 40 queries: trial queries of the
# budget documents governments and their departments publish (a department's final accounts and their
# explanation, a department's budget, a government's budget disclosure with its draft's report) returned
# unseen pages, so they are added as their own kind, drawn most often.
if s >= 1338:
    kinds['b'] = (city + county, ['{p} {y}年度 部门决算 情况说明 收入支出决算总体情况',
                                  '{p} {y}年 部门预算 编制说明 收支预算总体情况',
                                  '{p} {y}年 政府预算公开 预算草案报告',
                                  '{p} {y}年 决算 公开 一般公共预算 收支决算 说明'])
if s >= 1338:
    levels, weights = ['p', 'c', 'x', 't', 'n', 'g', 'b'], [2, 3, 4, 2, 1, 1, 8]
elif s >= 1260:
    levels, weights = ['p', 'c', 'x', 't', 'n', 'g'], [2, 3, 4, 2, 1, 1]
elif s >= 1110:
    levels, weights = ['p', 'c', 'x', 't', 'n'], [2, 3, 4, 2, 2]
else:
    levels, weights = ['p', 'c', 'x', 't'], [2, 3, 5, 1]
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
