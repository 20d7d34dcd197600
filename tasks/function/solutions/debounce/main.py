def debounce(raw, n, initial):
    if n < 1:
        raise ValueError("n must be >= 1")
    out, state, run, last = [], initial, 0, None
    for v in raw:
        run = run + 1 if v == last else 1
        last = v
        if run >= n and v != state:
            state = v
        out.append(state)
    return out
