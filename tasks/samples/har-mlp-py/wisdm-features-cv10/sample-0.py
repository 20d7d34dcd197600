"""WISDM activity recognition: log peak times, standardised features, a small NumPy MLP."""
import json
import os
import sys

import numpy as np

def standardise(train, test):
    mean = np.nanmean(train, axis=0)
    train = np.where(np.isnan(train), mean, train)
    test = np.where(np.isnan(test), mean, test)
    std = train.std(axis=0)
    std[std == 0] = 1.0
    return (train - mean) / std, (test - mean) / std


def train_mlp(x, y, classes, hidden=64, epochs=300, lr=0.01, seed=0):
    """One hidden layer (ReLU), softmax output, full-batch Adam on cross-entropy."""
    rng = np.random.default_rng(seed)
    w1 = rng.normal(0, np.sqrt(2.0 / x.shape[1]), (x.shape[1], hidden))
    b1 = np.zeros(hidden)
    w2 = rng.normal(0, np.sqrt(1.0 / hidden), (hidden, classes))
    b2 = np.zeros(classes)
    params = [w1, b1, w2, b2]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    onehot = np.eye(classes)[y]
    for t in range(1, epochs + 1):
        h = np.maximum(0, x @ w1 + b1)
        logits = h @ w2 + b2
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        d = (p - onehot) / len(x)
        gw2 = h.T @ d + 1e-4 * w2
        gb2 = d.sum(axis=0)
        dh = (d @ w2.T) * (h > 0)
        gw1 = x.T @ dh + 1e-4 * w1
        gb1 = dh.sum(axis=0)
        for i, g in enumerate([gw1, gb1, gw2, gb2]):
            m[i] = 0.9 * m[i] + 0.1 * g
            v[i] = 0.999 * v[i] + 0.001 * g * g
            params[i] -= lr * (m[i] / (1 - 0.9 ** t)) / (np.sqrt(v[i] / (1 - 0.999 ** t)) + 1e-8)
    return params


def predict(params, x):
    w1, b1, w2, b2 = params
    return (np.maximum(0, x @ w1 + b1) @ w2 + b2).argmax(axis=1)


def main(inp, out):
    with open(os.path.join(inp, "dataset.json")) as f:
        meta = json.load(f)
    x_train = np.load(os.path.join(inp, "train", "X_features.npy")).astype(np.float64)
    y_train = np.load(os.path.join(inp, "train", "y.npy")).astype(np.int64)
    x_test = np.load(os.path.join(inp, "test", "X_features.npy")).astype(np.float64)
    # XPEAK, YPEAK, ZPEAK (columns 33-35) are times in ms with a long tail.
    for x in (x_train, x_test):
        x[:, 33:36] = np.log1p(x[:, 33:36])
    x_train, x_test = standardise(x_train, x_test)
    params = train_mlp(x_train, y_train, len(meta["classes"]), hidden=128, epochs=600)
    pred = predict(params, x_test)
    with open(os.path.join(out, "predictions.csv"), "w") as f:
        f.write("".join(f"{int(p)}\n" for p in pred))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
