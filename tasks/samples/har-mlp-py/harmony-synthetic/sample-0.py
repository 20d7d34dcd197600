"""Audio, depth and radar: pooled spectral features per modality, PCA per modality, then the
three concatenated (feature-level fusion) into a NumPy softmax classifier."""
import json
import os
import sys

import numpy as np


def features(x, batch=32):
    """Features of x (n, ...) computed a batch of samples at a time, to keep memory low."""
    return np.concatenate([batch_features(np.asarray(x[i:i + batch])) for i in range(0, len(x), batch)])


def batch_features(x, bins=12, chunks=32):
    """x: (n, ..., T) -> (n, chunks * bins): magnitude spectrum along the last axis (tolerant of
    shifts along it), averaged over groups of the other values to keep few features."""
    n, t = x.shape[0], x.shape[-1]
    rows = x.reshape(n, -1, t).astype(np.float32)
    rows = rows - rows.mean(axis=2, keepdims=True)
    spec = np.abs(np.fft.rfft(rows, axis=2))[:, :, 1:bins + 1]
    groups = np.array_split(np.arange(spec.shape[1]), min(chunks, spec.shape[1]))
    pooled = np.stack([spec[:, g, :].mean(axis=1) for g in groups], axis=1)
    return np.log1p(pooled.reshape(n, -1))


def pca_fit(x, k):
    mean = x.mean(axis=0)
    std = x.std(axis=0) + 1e-6
    _, _, vt = np.linalg.svd((x - mean) / std, full_matrices=False)
    return mean, std, vt[:k]


def pca_apply(model, x):
    mean, std, comps = model
    z = ((x - mean) / std) @ comps.T
    return z


def train_softmax(x, y, classes, epochs=500, lr=0.05, l2=1e-2):
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
    y_train = np.load(os.path.join(inp, "train", "y.npy")).astype(np.int64)
    parts_train, parts_test = [], []
    for modality in meta["modalities"]:
        f_train = features(np.load(os.path.join(inp, "train", f"X_{modality}.npy"), mmap_mode="r"))
        f_test = features(np.load(os.path.join(inp, "test", f"X_{modality}.npy"), mmap_mode="r"))
        model = pca_fit(f_train, min(20, len(f_train) - 1))
        z_train, z_test = pca_apply(model, f_train), pca_apply(model, f_test)
        scale = z_train.std(axis=0) + 1e-6
        parts_train.append(z_train / scale)
        parts_test.append(z_test / scale)
    w, b = train_softmax(np.concatenate(parts_train, axis=1), y_train, len(meta["classes"]))
    pred = (np.concatenate(parts_test, axis=1) @ w + b).argmax(axis=1)
    with open(os.path.join(out, "predictions.csv"), "w") as f:
        f.write("".join(f"{int(p)}\n" for p in pred))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
