def find_peaks(x, height, distance):
    if distance < 1:
        raise ValueError("distance must be >= 1")
    cands = [i for i in range(1, len(x) - 1) if x[i] > x[i - 1] and x[i] > x[i + 1] and x[i] >= height]
    kept = []
    for i in sorted(cands, key=lambda i: (-x[i], i)):
        if all(abs(i - k) >= distance for k in kept):
            kept.append(i)
    return sorted(kept)
