#!/usr/bin/env python3
"""Train the weights of extract/data/attach.tsv, the ranker that says which
clause verb of its sentence a time dates (attach.go).

Data: TimeBank 1.2 as cleaned for TempEval-3 (TBAQ-cleaned; Pustejovsky et al.
2003, UzZaman et al. 2013): every DATE or TIME expression (not the document's
creation time) with a TLINK to a VERB event of its own sentence; the candidates
are the VERB events of the sentence. Features are surface ones only (direction,
distance in words, rank, verbs and commas between, a few words between, the
word before the time), computed as attach.go computes them. Model: a
conditional log-linear ranker (softmax over a time's candidates), averaged
SGD, 8 epochs, fixed seed: same corpus, same file.

usage: python3 train.py /path/to/timebank/dir > ../../data/attach.tsv
       python3 train.py DIR --cv     (5-fold accuracy by file, to stderr)
Python 3 standard library only.
"""
import collections, glob, math, os, random, re, sys

TAG = re.compile(r'<(/?)(EVENT|TIMEX3|SIGNAL)([^>]*)>')
ATTR = re.compile(r'(\w+)="([^"]*)"')
TOK = re.compile(r"\d+(?:[.,/:]\d+)*|\w+(?:['’-]\w+)*|``|''|--|[^\w\s]")
ABBR = set('mr mrs ms dr st jr sr inc corp co ltd u.s gen sen rep gov lt col sgt jan feb mar apr aug sept sep oct nov dec no vs etc prof rev capt maj adm fla calif conn mass ariz'.split())
# The words attach.go looks for between a time and a verb, and the words
# before a time it tells apart (the rest are "other").
BETWEEN = ('that', 'which', 'who', 'said', 'says', 'and', 'but', 'when', 'after', 'before', 'because', 'to')
PREPS = set('in on at since by until till for during before after from through throughout within over as of to'.split())


def parse(path):
    s = open(path, encoding='utf-8').read()
    text = s[s.index('<TEXT>') + 6: s.index('</TEXT>')]
    toks, cur, pos = [], {}, 0
    def add(t):
        for m in re.finditer(r'\n\s*\n|' + TOK.pattern, t):
            w = m.group(0)
            if w.strip() == '':
                toks.append({'w': '<P>'})
            else:
                toks.append({'w': w, 'eid': cur.get('EVENT'), 'tid': cur.get('TIMEX3')})
    timex = {}
    for m in TAG.finditer(text):
        add(text[pos:m.start()]); pos = m.end()
        close, name, attrs = m.groups()
        if close:
            cur.pop(name, None); continue
        a = dict(ATTR.findall(attrs))
        if name == 'EVENT': cur['EVENT'] = a['eid']
        elif name == 'TIMEX3': cur['TIMEX3'] = a['tid']; timex[a['tid']] = a
    add(text[pos:])
    sid, out = 0, []
    for i, t in enumerate(toks):
        if t['w'] == '<P>':
            if out and out[-1]['sent'] == sid: sid += 1
            continue
        t['sent'] = sid; out.append(t)
        if t['w'] in '.?!' and t.get('tid') is None:
            prev = toks[i - 1]['w'].lower() if i else ''
            nxt = next((x['w'] for x in toks[i + 1:i + 3] if x['w'] not in ("''", '"', '<P>')), '')
            if prev in ABBR or (len(prev) == 1 and prev.isalpha()): continue
            if nxt[:1].isupper() or nxt in ('``', '"') or nxt == '': sid += 1
    inst, ei2e = {}, {}
    for m in re.finditer(r'<MAKEINSTANCE([^>]*)/>', s):
        a = dict(ATTR.findall(m.group(1))); ei2e[a['eiid']] = a['eventID']; inst.setdefault(a['eventID'], a)
    links = []
    for m in re.finditer(r'<TLINK([^>]*)/>', s):
        a = dict(ATTR.findall(m.group(1)))
        if 'timeID' in a and 'relatedToEventInstance' in a: links.append((a['timeID'], ei2e.get(a['relatedToEventInstance'])))
        elif 'eventInstanceID' in a and 'relatedToTime' in a: links.append((a['relatedToTime'], ei2e.get(a['eventInstanceID'])))
    dct = {t for t, a in re.findall(r'<TIMEX3 tid="(\w+)"([^>]*)>', s) if 'CREATION_TIME' in a}
    return dict(file=os.path.basename(path), toks=out, timex=timex, inst=inst, links=links, dct=dct)


def instances(docs):
    out = []
    for d in docs:
        # Words only: punctuation is no word (a comma is counted apart), as in attach.go.
        toks = d['toks']
        tspan = collections.defaultdict(list); espan = {}
        for i, t in enumerate(toks):
            if t.get('tid'): tspan[t['tid']].append(i)
            if t.get('eid') and t['eid'] not in espan: espan[t['eid']] = i
        gold = collections.defaultdict(set)
        for tid, eid in d['links']:
            if eid: gold[tid].add(eid)
        verb = lambda e: d['inst'].get(e, {}).get('pos') == 'VERB'
        for tid, a in d['timex'].items():
            if tid in d['dct'] or a.get('type') not in ('DATE', 'TIME') or tid not in tspan: continue
            s0, s1 = tspan[tid][0], tspan[tid][-1]; sent = toks[s0]['sent']
            cands = sorted((i, e) for e, i in espan.items() if toks[i]['sent'] == sent and verb(e))
            g = {e for e in gold.get(tid, ()) if e in espan and toks[espan[e]]['sent'] == sent and verb(e)}
            if cands and g:
                out.append(dict(file=d['file'], toks=toks, s0=s0, s1=s1, cands=cands, gold=g))
    return out


def bucket(n):
    return str(n) if n <= 3 else '4-6' if n <= 6 else '7-10' if n <= 10 else '11-20' if n <= 20 else '>20'


def feats(x, i, e):
    toks, s0, s1 = x['toks'], x['s0'], x['s1']
    left = i < s0
    d = 'L' if left else 'R'
    lo, hi = (i + 1, s0) if left else (s1 + 1, i)
    btw = [toks[j]['w'].lower() for j in range(lo, hi)]
    words = [w for w in btw if re.match(r'\w', w)]
    dist = len(words) + 1
    commas = min(btw.count(','), 2)
    nv = sum(1 for c in x['cands'] if lo <= c[0] < hi)
    side = sorted((c for c in x['cands'] if (c[0] < s0) == left), key=lambda c: abs(c[0] - s0))
    rank = next(k for k, c in enumerate(side) if c[1] == e)
    prev = toks[s0 - 1]['w'].lower() if s0 > 0 and toks[s0 - 1]['sent'] == toks[s0]['sent'] else ''
    prep = prev if prev in PREPS else ',' if prev == ',' else 'other'
    f = ['bias:' + d, 'dist:' + bucket(dist), 'dirdist:' + d + bucket(dist), 'rank:' + d + str(min(rank, 3)),
         'nev:' + str(min(nv, 3)), 'comma:' + d + str(commas), 'prep_dir:' + prep + d,
         'first:' + str(x['cands'][0][1] == e)]
    for w in BETWEEN:
        if w in words: f.append('btw:' + d + w)
    return f


def score(w, f):
    return sum(w.get(k, 0.0) for k in f)


def train(xs, epochs=8, lr=0.1, l2=1e-4, seed=0):
    w = collections.defaultdict(float); avg = collections.defaultdict(float); rnd = random.Random(seed); n = 0
    xs = list(xs)
    for _ in range(epochs):
        rnd.shuffle(xs)
        for x in xs:
            sc = [score(w, f) for _, f in x['F']]; m = max(sc); ex = [math.exp(s - m) for s in sc]; z = sum(ex)
            p = [v / z for v in ex]
            gm = sum(p[k] for k, (e, _) in enumerate(x['F']) if e in x['gold'])
            for k, (e, f) in enumerate(x['F']):
                g = ((p[k] / gm) if e in x['gold'] else 0.0) - p[k]
                if g:
                    for ft in f: w[ft] += lr * g
            n += 1
            for k in list(w): avg[k] += w[k]
        for k in w: w[k] *= (1 - l2 * len(xs))
    return {k: v / n for k, v in avg.items()}


def main():
    docs = [parse(p) for p in sorted(glob.glob(os.path.join(sys.argv[1], '*.tml')))]
    xs = instances(docs)
    for x in xs: x['F'] = [(e, feats(x, i, e)) for i, e in x['cands']]
    if '--cv' in sys.argv:
        files = sorted({x['file'] for x in xs}); random.Random(1).shuffle(files)
        ok = near = 0
        for k in range(5):
            fs = set(files[k::5])
            w = train([x for x in xs if x['file'] not in fs])
            for x in xs:
                if x['file'] in fs:
                    ok += max(x['F'], key=lambda ef: score(w, ef[1]))[0] in x['gold']
        for x in xs:
            near += min(x['cands'], key=lambda c: min(abs(c[0] - x['s0']), abs(c[0] - x['s1'])))[1] in x['gold']
        print('%d times; ranker (5-fold by file) %.3f; nearest verb %.3f' % (len(xs), ok / len(xs), near / len(xs)), file=sys.stderr)
        return
    w = train(xs)
    sys.stdout.write('# attach.tsv: weights of the time-to-clause ranker (attach.go), trained by\n'
                     '# extract/testdata/attach/train.py on TimeBank 1.2 (TempEval-3 TBAQ-cleaned):\n'
                     '# %d times with a TLINK to a verb of their sentence. feature<TAB>weight.\n' % len(xs))
    for k, v in sorted(w.items()):
        if abs(v) >= 0.005:
            sys.stdout.write('%s\t%.3f\n' % (k, v))


if __name__ == '__main__':
    main()
