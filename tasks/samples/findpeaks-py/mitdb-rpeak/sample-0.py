# Generated-style sample: a naive R-peak detector built on scipy.signal.find_peaks.
# It stands for what a code generator typically writes first for this prompt.
import os
import sys

import numpy as np
from scipy.signal import butter, filtfilt, find_peaks


def read_header(path):
    with open(path) as f:
        lines = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    name, nsig, fs, nsamp = lines[0].split()[:4]
    fs = float(fs.split("/")[0])
    signals = []
    for line in lines[1:1 + int(nsig)]:
        parts = line.split()
        gain = float(parts[2].split("(")[0].split("/")[0]) if len(parts) > 2 else 200.0
        zero = int(parts[4]) if len(parts) > 4 else 0
        desc = " ".join(parts[8:]) if len(parts) > 8 else ""
        signals.append({"file": parts[0], "fmt": parts[1].split("x")[0].split(":")[0].split("+")[0],
                        "gain": gain or 200.0, "zero": zero, "desc": desc})
    return fs, int(nsamp), signals


def read_signals(folder, fs, nsamp, signals):
    fmt = signals[0]["fmt"]
    raw = np.fromfile(os.path.join(folder, signals[0]["file"]), dtype=np.uint8)
    nsig = len(signals)
    if fmt == "212":
        raw = raw[: (len(raw) // 3) * 3].reshape(-1, 3).astype(np.int32)
        a = raw[:, 0] + ((raw[:, 1] & 0x0F) << 8)
        b = raw[:, 2] + ((raw[:, 1] >> 4) << 8)
        flat = np.empty(2 * len(a), dtype=np.int32)
        flat[0::2], flat[1::2] = a, b
        flat[flat > 2047] -= 4096
    elif fmt == "16":
        flat = raw[: (len(raw) // 2) * 2].view("<i2").astype(np.int32)
    else:
        raise SystemExit("unsupported format " + fmt)
    flat = flat[: (len(flat) // nsig) * nsig].reshape(-1, nsig)
    return flat


def detect(x, fs):
    b, a = butter(2, [5 / (fs / 2), 15 / (fs / 2)], btype="band")
    y = filtfilt(b, a, x)
    y = np.abs(y)
    peaks, _ = find_peaks(y, height=np.mean(y) + 2 * np.std(y), distance=int(0.3 * fs))
    return peaks


def main():
    inp, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for hea in sorted(f for f in os.listdir(inp) if f.endswith(".hea")):
        rec = hea[:-4]
        fs, nsamp, signals = read_header(os.path.join(inp, hea))
        data = read_signals(inp, fs, nsamp, signals)
        lead = next((i for i, s in enumerate(signals) if s["desc"] == "MLII"), 0)
        x = (data[:, lead] - signals[lead]["zero"]) / signals[lead]["gain"]
        peaks = detect(x, fs)
        with open(os.path.join(out, rec + ".txt"), "w") as f:
            f.write("\n".join(str(int(p)) for p in peaks) + "\n")


if __name__ == "__main__":
    main()
