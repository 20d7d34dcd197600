"""Fits on train and test together, as if the test labels were provided: they are not, so it
crashes (the typical 'training on the test split' mistake)."""
import os
import sys

import numpy as np

inp, out = sys.argv[1], sys.argv[2]
x = np.concatenate([np.load(os.path.join(inp, "train", "X_acc.npy")), np.load(os.path.join(inp, "test", "X_acc.npy"))])
y = np.concatenate([np.load(os.path.join(inp, "train", "y.npy")), np.load(os.path.join(inp, "test", "y.npy"))])
centroids = np.stack([x[y == c].mean(axis=0) for c in np.unique(y)])
test = np.load(os.path.join(inp, "test", "X_acc.npy"))
pred = ((test[:, None] - centroids[None]) ** 2).sum(axis=(2, 3)).argmin(axis=1)
with open(os.path.join(out, "predictions.csv"), "w") as f:
    f.write("".join(f"{int(p)}\n" for p in pred))
