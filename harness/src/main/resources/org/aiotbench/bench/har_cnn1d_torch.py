"""The WISDM 1-D CNN of aiotbench's DL4J baselines, in PyTorch, for `aiotbench bench har`.

Same network as NetworkFactory.cnn1d (conv1d 64/k5, conv1d 64/k5, max-pool 2, conv1d 128/k3, all
'same' padding and ReLU, global average pooling, dense 64 ReLU, dropout, softmax output), same
optimiser (Adam, learning rate, L2 as weight decay), batch size and epochs, trained on the
already standardised arrays the harness wrote. Prints one JSON line: training time, per-sample
inference latency (batch of one, median and p95 over the first N test windows after a warm-up),
test accuracy, parameter count and threads.

Usage: python3 har_cnn1d_torch.py DIR EPOCHS BATCH LR L2 DROPOUT THREADS SEED LATENCY_N WARMUP
DIR holds x_train.npy (N, C, T) float32, y_train.npy (N,) int32, x_test.npy, y_test.npy.
"""
import json
import sys
import time

import numpy as np
import torch
from torch import nn


def network(channels, classes, width, dropout):
    return nn.Sequential(
        nn.Conv1d(channels, width, 5, padding="same"), nn.ReLU(),
        nn.Conv1d(width, width, 5, padding="same"), nn.ReLU(),
        nn.MaxPool1d(2, 2),
        nn.Conv1d(width, 2 * width, 3, padding="same"), nn.ReLU(),
        nn.AdaptiveAvgPool1d(1), nn.Flatten(),
        nn.Linear(2 * width, width), nn.ReLU(),
        nn.Dropout(dropout),
        nn.Linear(width, classes),
    )


def main(argv):
    d = argv[0]
    epochs, batch = int(argv[1]), int(argv[2])
    lr, l2, dropout = float(argv[3]), float(argv[4]), float(argv[5])
    threads, seed, lat_n, warmup = int(argv[6]), int(argv[7]), int(argv[8]), int(argv[9])
    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    x_train = torch.from_numpy(np.load(f"{d}/x_train.npy").astype(np.float32))
    y_train = torch.from_numpy(np.load(f"{d}/y_train.npy").astype(np.int64))
    x_test = torch.from_numpy(np.load(f"{d}/x_test.npy").astype(np.float32))
    y_test = np.load(f"{d}/y_test.npy").astype(np.int64)
    classes = int(max(y_train.max().item(), y_test.max())) + 1
    net = network(x_train.shape[1], classes, 64, dropout)
    opt = torch.optim.Adam(net.parameters(), lr=lr, weight_decay=l2)
    loss_fn = nn.CrossEntropyLoss()
    gen = torch.Generator().manual_seed(seed)

    t0 = time.perf_counter()
    net.train()
    for _ in range(epochs):
        order = torch.randperm(len(x_train), generator=gen)
        for start in range(0, len(order), batch):
            idx = order[start:start + batch]
            opt.zero_grad()
            loss = loss_fn(net(x_train[idx]), y_train[idx])
            loss.backward()
            opt.step()
    train_s = time.perf_counter() - t0

    net.eval()
    with torch.no_grad():
        pred = net(x_test).argmax(1).numpy()
        n = min(lat_n, len(x_test))
        for i in range(warmup):
            net(x_test[i % len(x_test)].unsqueeze(0))
        times = []
        for i in range(n):
            one = x_test[i].unsqueeze(0)
            t = time.perf_counter_ns()
            net(one).argmax(1)
            times.append(time.perf_counter_ns() - t)
    times.sort()
    median = times[n // 2] if n % 2 else (times[n // 2 - 1] + times[n // 2]) / 2
    p95 = times[max(0, -(-95 * n // 100) - 1)]
    print(json.dumps({
        "train_s": train_s,
        "latency_median_us": median / 1000.0,
        "latency_p95_us": p95 / 1000.0,
        "latency_samples": n,
        "accuracy": float((pred == y_test).mean() * 100),
        "parameters": sum(p.numel() for p in net.parameters()),
        "threads": torch.get_num_threads(),
        "torch": torch.__version__,
    }))


if __name__ == "__main__":
    main(sys.argv[1:])
