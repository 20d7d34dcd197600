def hysteresis(x, on_above, off_below):
    if off_below > on_above:
        raise ValueError("off_below must not exceed on_above")
    state, out = False, []
    for v in x:
        if v > on_above:
            state = True
        elif v < off_below:
            state = False
        out.append(state)
    return out
