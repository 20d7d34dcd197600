"""Predicts the most frequent training activity for every test example (high accuracy on
imbalanced data looks fine; macro-F1 shows the failure)."""
import os
import sys

import numpy as np

inp, out = sys.argv[1], sys.argv[2]
y_train = np.load(os.path.join(inp, "train", "y.npy"))
n_test = np.load(os.path.join(inp, "test", "X_features.npy")).shape[0]
majority = int(np.bincount(y_train).argmax())
with open(os.path.join(out, "predictions.csv"), "w") as f:
    f.write(f"{majority}\n" * n_test)
