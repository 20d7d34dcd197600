def debounce(raw, n, initial):
    if n < 1:
        raise ValueError("n must be >= 1")
    out, state, seen = [], initial, 0
    for v in raw:
        if v != state:
            seen += 1  # never reset by a bounce back
        if seen >= n:
            state, seen = v, 0
        out.append(state)
    return out
