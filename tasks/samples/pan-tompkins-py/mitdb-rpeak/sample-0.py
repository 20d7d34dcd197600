# Generated-style sample: Pan-Tompkins QRS detection in Python (band-pass, derivative,
# squaring, moving-window integration, adaptive thresholds with search-back), as a code
# generator would write it from the paper's description.
import os
import sys

import numpy as np
from scipy.signal import butter, filtfilt, lfilter


def read_header(path):
    with open(path) as f:
        lines = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    _, nsig, fs, nsamp = lines[0].split()[:4]
    fs = float(fs.split("/")[0])
    signals = []
    for line in lines[1:1 + int(nsig)]:
        p = line.split()
        gain = float(p[2].split("(")[0].split("/")[0]) if len(p) > 2 else 200.0
        signals.append({"file": p[0], "fmt": p[1].split("x")[0].split(":")[0].split("+")[0],
                        "gain": gain or 200.0, "zero": int(p[4]) if len(p) > 4 else 0,
                        "desc": " ".join(p[8:]) if len(p) > 8 else ""})
    return fs, signals


def read_matrix(folder, signals):
    raw = np.fromfile(os.path.join(folder, signals[0]["file"]), dtype=np.uint8)
    n = len(signals)
    if signals[0]["fmt"] == "212":
        raw = raw[: (len(raw) // 3) * 3].reshape(-1, 3).astype(np.int32)
        flat = np.empty(2 * len(raw), dtype=np.int32)
        flat[0::2] = raw[:, 0] + ((raw[:, 1] & 0x0F) << 8)
        flat[1::2] = raw[:, 2] + ((raw[:, 1] >> 4) << 8)
        flat[flat > 2047] -= 4096
    else:
        flat = raw[: (len(raw) // 2) * 2].view("<i2").astype(np.int32)
    return flat[: (len(flat) // n) * n].reshape(-1, n)


def pan_tompkins(x, fs):
    b, a = butter(1, [5 / (fs / 2), 15 / (fs / 2)], btype="band")
    bp = filtfilt(b, a, x)
    d = np.diff(bp, prepend=bp[0])
    sq = d * d
    w = max(1, int(0.15 * fs))
    mwi = lfilter(np.ones(w) / w, [1.0], sq)
    delay = w // 2
    refractory = int(0.2 * fs)

    # Candidate peaks of the integrated signal.
    cand = [i for i in range(1, len(mwi) - 1) if mwi[i] > mwi[i - 1] and mwi[i] >= mwi[i + 1]]
    spk = np.max(mwi[: int(2 * fs)]) / 3
    npk = np.mean(mwi[: int(2 * fs)]) / 2
    thr = npk + 0.25 * (spk - npk)
    beats, rr = [], []
    last = -refractory
    for i in cand:
        if i - last < refractory:
            continue
        if mwi[i] > thr:
            beats.append(i)
            spk = 0.125 * mwi[i] + 0.875 * spk
            if len(beats) > 1:
                rr.append(beats[-1] - beats[-2])
            last = i
        else:
            npk = 0.125 * mwi[i] + 0.875 * npk
            # Search back when no beat was found for 166% of the average RR interval.
            if rr and i - last > 1.66 * np.mean(rr[-8:]):
                lo, hi = last + refractory, i
                if hi > lo:
                    j = lo + int(np.argmax(mwi[lo:hi]))
                    if mwi[j] > 0.5 * thr:
                        beats.append(j)
                        spk = 0.25 * mwi[j] + 0.75 * spk
                        last = j
        thr = npk + 0.25 * (spk - npk)

    # Move each detection to the R peak of the band-passed signal.
    out = []
    half = int(0.1 * fs)
    for bidx in sorted(beats):
        c = bidx - delay
        lo, hi = max(0, c - half), min(len(bp), c + half)
        if hi > lo:
            out.append(lo + int(np.argmax(np.abs(bp[lo:hi]))))
    return np.unique(out)


def main():
    inp, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for hea in sorted(f for f in os.listdir(inp) if f.endswith(".hea")):
        fs, signals = read_header(os.path.join(inp, hea))
        m = read_matrix(inp, signals)
        lead = next((i for i, s in enumerate(signals) if s["desc"] == "MLII"), 0)
        x = (m[:, lead] - signals[lead]["zero"]) / signals[lead]["gain"]
        beats = pan_tompkins(x, fs)
        with open(os.path.join(out, hea[:-4] + ".txt"), "w") as f:
            f.write("".join(f"{int(b)}\n" for b in beats))


if __name__ == "__main__":
    main()
