#!/usr/bin/python3
"""Reference check of our softmax trainer against scikit-learn on the very same feature matrix.

Usage (Debian's python3 with python3-sklearn, not a pyenv python):
    dotnet run --project src/Ingest.Worker -c Release -- train-classifier --corpus <dir> --out <model.json> \
        --export-features /tmp/doc-features
    /usr/bin/python3 scripts/compare-sklearn.py /tmp/doc-features

Reads <prefix>.train.svmlight, <prefix>.test.svmlight and <prefix>.json (classes, feature count, the C
that matches our L2 strength, our held-out predictions), fits LogisticRegression (multinomial, lbfgs,
unpenalised intercept like ours) and prints both held-out accuracies, per class, side by side.
Exit code 1 when ours is more than 2 points below scikit-learn's.
"""
import json
import sys
import time

import numpy as np
import sklearn
from sklearn.datasets import load_svmlight_file
from sklearn.linear_model import LogisticRegression


def main(prefix: str) -> int:
    with open(prefix + ".json", encoding="utf-8") as f:
        meta = json.load(f)
    classes = meta["classes"]
    n_features = meta["n_features"]
    x_train, y_train = load_svmlight_file(prefix + ".train.svmlight", n_features=n_features, zero_based=False)
    x_test, y_test = load_svmlight_file(prefix + ".test.svmlight", n_features=n_features, zero_based=False)
    ours = np.array(meta["ours_test_predictions"])
    # Columns that never occur in training get zero weight under L2 in both trainers; dropping them changes
    # nothing in the solution and spares lbfgs a dense 2^18-wide coefficient matrix.
    used = np.unique(x_train.indices)
    x_train, x_test = x_train[:, used], x_test[:, used]

    kwargs = dict(C=meta["sklearn_c"], solver="lbfgs", max_iter=5000, tol=1e-8)
    major, minor = (int(p) for p in sklearn.__version__.split(".")[:2])
    if (major, minor) < (1, 5):
        kwargs["multi_class"] = "multinomial"  # the default from 1.5 on, where the argument is deprecated
    started = time.perf_counter()
    model = LogisticRegression(**kwargs).fit(x_train, y_train)
    seconds = time.perf_counter() - started
    theirs = model.predict(x_test)

    acc_ours = float(np.mean(ours == y_test))
    acc_theirs = float(np.mean(theirs == y_test))
    print(f"scikit-learn {sklearn.__version__}: LogisticRegression(multinomial, lbfgs, C={meta['sklearn_c']:.4g}) "
          f"fitted in {seconds:.1f} s on {x_train.shape[0]} samples x {x_train.shape[1]} features ({x_train.nnz} non-zeros)")
    print(f"held-out documents: {len(y_test)}")
    print(f"  {'class':<22} {'support':>7} {'ours':>7} {'sklearn':>8}")
    for k, name in enumerate(classes):
        mask = y_test == k
        if not mask.any():
            continue
        print(f"  {name:<22} {int(mask.sum()):>7} {np.mean(ours[mask] == k):>7.3f} {np.mean(theirs[mask] == k):>8.3f}")
    print(f"accuracy: ours {acc_ours:.4f}  sklearn {acc_theirs:.4f}  difference {100 * (acc_ours - acc_theirs):+.2f} points; "
          f"predictions agree on {np.mean(ours == theirs):.4f}")
    return 0 if acc_ours >= acc_theirs - 0.02 else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: /usr/bin/python3 scripts/compare-sklearn.py <prefix>", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
