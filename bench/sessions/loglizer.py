#!/usr/bin/env python3
"""
The loglizer protocol on OUR split: logpai/loglizer's own FeatureExtractor (event-count matrix, their term
weighting and normalisation per model) and models with the settings of their benchmarks/HDFS_bechmark.py, fitted on
the training blocks exported by hdfs.js and scored on its test blocks. loglizer itself is not vendored here: pass the
path of a checkout (https://github.com/logpai/loglizer) with --loglizer; it needs numpy, scipy, scikit-learn, pandas.

  python3 bench/sessions/loglizer.py --split /tmp/hdfs-split.json --loglizer /path/to/loglizer [--json]
"""
import argparse
import contextlib
import io
import json
import sys

import numpy as np

# Published HDFS figures: loglizer's README benchmark table (benchmarks/HDFS_bechmark.py on the full HDFS_v1,
# train_ratio 0.5, split_type 'uniform': a random split, not time-ordered), for the record beside ours.
PUBLISHED = {
    'PCA': (0.975, 0.635, 0.769),
    'InvariantsMiner': (0.888, 0.945, 0.915),
    'LR': (0.955, 0.911, 0.933),
    'SVM': (0.959, 0.970, 0.965),
    'DecisionTree': (0.998, 0.998, 0.998),
}


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--split', required=True)
    p.add_argument('--loglizer', required=True)
    p.add_argument('--json', action='store_true')
    a = p.parse_args()
    sys.path.insert(0, a.loglizer)
    from loglizer import preprocessing
    from loglizer.models import PCA, DecisionTree, InvariantsMiner, LR, SVM

    split = json.load(open(a.split))
    x_tr = np.array([b['events'] for b in split['train']], dtype=object)
    y_tr = np.array([1 if b['anomalous'] else 0 for b in split['train']])
    x_te = np.array([b['events'] for b in split['test']], dtype=object)
    y_te = np.array([1 if b['anomalous'] else 0 for b in split['test']])

    # (model, FeatureExtractor.fit_transform kwargs, supervised?) as in HDFS_bechmark.py.
    runs = [
        ('PCA', lambda: PCA(), dict(term_weighting='tf-idf', normalization='zero-mean'), False),
        ('InvariantsMiner', lambda: InvariantsMiner(epsilon=0.5), dict(), False),
        ('LR', lambda: LR(), dict(term_weighting='tf-idf'), True),
        ('SVM', lambda: SVM(), dict(term_weighting='tf-idf'), True),
        ('DecisionTree', lambda: DecisionTree(), dict(term_weighting='tf-idf'), True),
    ]
    out = []
    for name, make, fx_args, supervised in runs:
        fx = preprocessing.FeatureExtractor()
        with contextlib.redirect_stdout(io.StringIO()):
            x_train = fx.fit_transform(x_tr, **fx_args)
            x_test = fx.transform(x_te)
            model = make()
            if supervised:
                model.fit(x_train, y_tr)
            else:
                model.fit(x_train)
            pred = np.asarray(model.predict(x_test))
        tp = int(((pred == 1) & (y_te == 1)).sum())
        fp = int(((pred == 1) & (y_te == 0)).sum())
        fn = int(((pred == 0) & (y_te == 1)).sum())
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out.append(dict(model=name, precision=prec, recall=rec, f1=f1, tp=tp, fp=fp, fn=fn, published=PUBLISHED[name]))
    if a.json:
        print(json.dumps(dict(split=split['split'], train=len(x_tr), test=len(x_te), results=out), indent=2))
        return
    print(f"loglizer on our split: {split['split']}; train {len(x_tr)} blocks ({int(y_tr.sum())} anomalous), "
          f"test {len(x_te)} blocks ({int(y_te.sum())} anomalous)")
    for r in out:
        pp, pr, pf = r['published']
        print(f"  {r['model']:16s} P {r['precision']:.4f} R {r['recall']:.4f} F1 {r['f1']:.4f} "
              f"(tp {r['tp']} fp {r['fp']} fn {r['fn']})   published (their random split): P {pp:.3f} R {pr:.3f} F1 {pf:.3f}")


if __name__ == '__main__':
    main()
