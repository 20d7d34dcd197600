def dc_block(x, r):
    if not 0 <= r < 1:
        raise ValueError("r must be in [0, 1)")
    out = []
    prev_x = prev_y = 0.0
    for v in x:
        y = v - prev_x + r * prev_y
        out.append(y)
        prev_x, prev_y = v, y
    return out
