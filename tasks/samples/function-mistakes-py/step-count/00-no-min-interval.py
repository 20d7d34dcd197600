def count_steps(mag, fs, high, low, min_interval_s):
    if low >= high:
        raise ValueError("low must be below high")
    armed, steps = True, 0
    for v in mag:
        if armed and v > high:
            steps += 1
            armed = False
        elif not armed and v < low:
            armed = True
    return steps
