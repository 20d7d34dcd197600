def find_peaks(x, height, distance):
    if distance < 1:
        raise ValueError("distance must be >= 1")
    kept = []
    for i in range(1, len(x) - 1):
        if x[i] > x[i - 1] and x[i] > x[i + 1] and x[i] >= height:
            if not kept or i - kept[-1] >= distance:
                kept.append(i)
    return kept
