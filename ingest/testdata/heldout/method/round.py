#!/usr/bin/env python3
"""round.py OUT.tsv holdoutA holdoutB ...: the held-out round file from /tmp/holdoutX/{sources,expected}.tsv."""
import hashlib, sys
out = ['set\tfile\tpage_sha256\tquery\trank\turl\tlevel\tprovince\tcity\tdistrict\tyear\tdoc_type\ttitle']
for s in sys.argv[2:]:
    d = '/tmp/' + s
    src = {}
    for i, l in enumerate(open(d + '/sources.tsv', encoding='utf-8')):
        f = l.rstrip('\n').split('\t')
        if i == 0 or len(f) < 4: continue
        src[f[0]] = f[1:4]
    for i, l in enumerate(open(d + '/expected.tsv', encoding='utf-8')):
        f = l.rstrip('\n').split('\t')
        if i == 0 or len(f) < 8: continue
        sha = hashlib.sha256(open(d + '/' + f[0], 'rb').read()).hexdigest()
        q, r, u = src[f[0]]
        out.append('\t'.join([s, f[0], sha, q, r, u] + f[1:8]))
open(sys.argv[1], 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(len(out) - 1, 'rows')
