def resample_linear(x, fs_in, fs_out):
    if fs_in <= 0 or fs_out <= 0:
        raise ValueError("rates must be positive")
    if not x:
        return []
    end = (len(x) - 1) / fs_in
    out = []
    j = 0
    while j / fs_out <= end + 1e-9:
        pos = (j / fs_out) * fs_in
        i = min(int(pos), len(x) - 2) if len(x) > 1 else 0
        frac = pos - i
        out.append(x[i] if len(x) == 1 else x[i] + (x[i + 1] - x[i]) * frac)
        j += 1
    return out
