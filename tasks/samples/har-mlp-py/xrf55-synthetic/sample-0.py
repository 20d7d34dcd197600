"""XRF55 actions (RFID or WiFi): shift-tolerant spectral features per channel, PCA and a NumPy softmax classifier."""
import json
import os
import sys

import numpy as np


def features(x, bins=24):
    """x: (n, channels, time) -> (n, features). The magnitude spectrum over time does not change
    when an activity starts earlier or later, which is what varies most between repetitions."""
    x = x - x.mean(axis=2, keepdims=True)            # each channel's static level carries no action
    spec = np.abs(np.fft.rfft(x, axis=2))[:, :, 1:bins + 1]
    energy = x.std(axis=2)
    return np.concatenate([np.log1p(spec).reshape(len(x), -1), np.log1p(energy)], axis=1)


def pca_fit(x, k):
    mean = x.mean(axis=0)
    std = x.std(axis=0) + 1e-6
    z = (x - mean) / std
    _, _, vt = np.linalg.svd(z, full_matrices=False)
    return mean, std, vt[:k]


def pca_apply(model, x):
    mean, std, comps = model
    return ((x - mean) / std) @ comps.T


def train_softmax(x, y, classes, epochs=150, lr=0.1, l2=1e-3):
    w = np.zeros((x.shape[1], classes))
    b = np.zeros(classes)
    onehot = np.eye(classes)[y]
    for _ in range(epochs):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        d = (p - onehot) / len(x)
        w -= lr * (x.T @ d + l2 * w)
        b -= lr * d.sum(axis=0)
    return w, b


def main(inp, out):
    with open(os.path.join(inp, "dataset.json")) as f:
        meta = json.load(f)
    classes = len(meta["classes"])
    modality = next(iter(meta["modalities"]))        # rfid (or wifi: the same program serves both)
    f_train = features(np.load(os.path.join(inp, "train", f"X_{modality}.npy")))
    y_train = np.load(os.path.join(inp, "train", "y.npy")).astype(np.int64)
    f_test = features(np.load(os.path.join(inp, "test", f"X_{modality}.npy")))
    model = pca_fit(f_train, min(120, len(f_train) - 1))
    z_train, z_test = pca_apply(model, f_train), pca_apply(model, f_test)
    scale = z_train.std(axis=0) + 1e-6
    w, b = train_softmax(z_train / scale, y_train, classes)
    pred = (z_test / scale @ w + b).argmax(axis=1)
    with open(os.path.join(out, "predictions.csv"), "w") as f:
        f.write("".join(f"{int(p)}\n" for p in pred))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
