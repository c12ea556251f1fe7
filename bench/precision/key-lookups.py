#!/usr/bin/env python3
"""Lists labeled SparkUnboundedCollect sites whose rows are narrowed by an equality to one value.

    python3 bench/precision/key-lookups.py [--findings DIR] [SAMPLE ...]   (from the repository root)

The samples' sources are read under $CORPUS/<sample> (default /work/corpus, as fetch-corpus.sh makes them).
SAMPLE defaults to the thirteen scored samples (fresh, holdout, holdout2 .. holdout12).

For every labeled collect site of the given samples it reads the statement that holds the collect (the
lines back to the previous ';', '{' or '}') and, when the collect's receiver is a plain local name, the
statement that assigned that name in the lines above. It prints the sites where that text narrows rows
to one value of a column, by kind of predicate:

  Column equalTo     col("k").equalTo(v) / === / eqNullSafe, v not another column
  filter text        filter / where text "k = 'v'", "k = " + v, "k = ?"
  SQL WHERE          a query text "... WHERE k = 'v'" (or = ?, = :v, = " + v), v not another column
  function ==        an RDD or Dataset filter function comparing to one value (equals(..), ==)

with the label and the reason, and counts of safe / risk / unclear per kind. With --findings DIR (the JSON
reports of a run at --confidence low, DIR/<sample>.json), each site also shows the confidence of the
SparkUnboundedCollect finding on its line ('-' for none), and 'narrowed' when its message says the
analyzer found the rows narrowed to one value of a column (docs/precision.md, `tiers`). Sites whose text mentions metadata sources
(input_file_name, inputFiles, columns(), schema(), catalog listings, SHOW PARTITIONS) are listed in a
second table. It is a text heuristic for measuring, not an analysis: it sees one assignment step, no
helpers, and does not know whether the code made the column unique.
"""
import csv, json, os, re, sys
from collections import Counter

SAMPLES = ['fresh', 'holdout'] + ['holdout%d' % i for i in range(2, 13)]
RULE = 'SparkUnboundedCollect'
COLUMN = r'(?:col|column|functions\.col|\w+\.col|\w+\.apply)\s*\(|new\s+Column\s*\('
VALUE = r"""(?:'|"\s*\+|-?\d|\?|:\w)"""
KINDS = [
    ('Column equalTo', re.compile(r'\.(?:equalTo|eqNullSafe)\s*\(\s*(?!\s*(?:%s))|===\s*(?!\s*(?:%s))'
                                  % (COLUMN, COLUMN))),
    ('filter text', re.compile(r'\.(?:filter|where)\s*\(\s*"[^"]*?\b\w+\s*(?:==|=|<=>)\s*%s' % VALUE,
                               re.S)),
    ('SQL WHERE', re.compile(r'(?is)\bselect\b.*?\bwhere\b[^;]*?\b[\w.`]+\s*=\s*%s' % VALUE)),
    ('function ==', re.compile(r'\.filter\s*\([^;]*?(?:->|call\s*\()[^;]*?(?:\.equals\s*\(|==)', re.S)),
]
META = re.compile(r'input_file_name|inputFiles\s*\(|\.columns\s*\(|\.schema\s*\(|listTables|listDatabases'
                  r'|listColumns|(?i:show\s+(partitions|tables|databases|columns))')


def labels_path(sample):
    return 'bench/precision/labels.tsv' if sample == 'fresh' else 'bench/precision/%s/labels.tsv' % sample


def statement(lines, i):
    """Text of the statement that holds 1-based line i: back to a line ending a previous statement."""
    start = i - 1
    while start > 0 and not re.search(r'[;{}]\s*(//.*)?$', lines[start - 1]):
        start -= 1
    end = i - 1
    while end < len(lines) - 1 and not re.search(r'[;{]\s*(//.*)?$', lines[end]):
        end += 1
    return start, '\n'.join(lines[start:end + 1])


def context(lines, i):
    start, text = statement(lines, i)
    m = re.search(r'(\w+)\s*\.\s*(collect|collectAsList|collectAsMap)\s*\(', text)
    if m:
        name = m.group(1)
        assign = re.compile(r'\b%s\s*=[^=]' % re.escape(name))
        for j in range(start - 1, max(-1, start - 60), -1):
            if assign.search(lines[j]):
                text = statement(lines, j + 1)[1] + '\n' + text
                break
    return text


def confidences(findings, sample):
    """(file, line) -> confidence of the SparkUnboundedCollect findings of a run, or None without a run."""
    if not findings:
        return None
    path = os.path.join(findings, sample + '.json')
    if not os.path.exists(path):
        return {}
    with open(path) as f:
        return {(x['file'], x['line']): x.get('confidence', 'high')
                + (' narrowed' if 'narrowed to one value' in x['message'] else '')
                for x in json.load(f)['findings'] if x['ruleId'] == RULE}


def main(argv):
    findings = None
    if argv[:1] == ['--findings']:
        findings, argv = argv[1], argv[2:]
    counts, meta_counts, rows, meta_rows = Counter(), Counter(), [], []
    for sample in argv or SAMPLES:
        root = os.path.join(os.environ.get('CORPUS', '/work/corpus'), sample)
        shown = confidences(findings, sample)
        with open(labels_path(sample)) as f:
            for row in csv.DictReader(f, delimiter='\t'):
                if row['rule'] != RULE:
                    continue
                if not os.path.exists(os.path.join(root, row['file'])):
                    row['file'] = os.path.join(row['project'], row['file'])  # the tenth's labels
                path = os.path.join(root, row['file'])
                if not os.path.exists(path):
                    continue
                with open(path, encoding='utf-8', errors='replace') as src:
                    lines = src.read().split('\n')
                text = context(lines, int(row['line']))
                kinds = [k for k, rx in KINDS if rx.search(text)]
                site = '%s %s:%s' % (sample, row['file'].split('/')[-1], row['line'])
                if shown is not None:
                    site += ' [%s]' % shown.get((row['file'], int(row['line'])), '-')
                if kinds:
                    kind = '+'.join(kinds)
                    counts[(kind, row['label'])] += 1
                    rows.append((kind, row['label'], site, row['reason']))
                if META.search(text):
                    m = META.search(text).group(0)
                    meta_counts[(m, row['label'])] += 1
                    meta_rows.append((m, row['label'], site, row['reason']))
    show('collect sites narrowed by an equality to one value', rows, counts, 26)
    print()
    show('collect sites mentioning metadata', meta_rows, meta_counts, 16)


def show(title, rows, counts, width):
    print('== ' + title)
    for r in sorted(rows):
        print('%-*s %-7s %-62s %s' % (width, r[0], r[1], r[2], r[3][:150]))
    print('\n== counts (kind, label)')
    for k, v in sorted(counts.items()):
        print('%-36s %-7s %d' % (k[0], k[1], v))

if __name__ == '__main__':
    main(sys.argv[1:])
