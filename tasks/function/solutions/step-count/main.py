def count_steps(mag, fs, high, low, min_interval_s):
    if low >= high:
        raise ValueError("low must be below high")
    armed = True
    last = None
    steps = 0
    for i, v in enumerate(mag):
        if armed and v > high:
            t = i / fs
            if last is None or t - last >= min_interval_s - 1e-12:
                steps += 1
                last = t
            armed = False
        elif not armed and v < low:
            armed = True
    return steps
