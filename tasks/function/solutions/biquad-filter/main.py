def biquad(x, b, a):
    if len(b) != 3 or len(a) != 3 or a[0] != 1.0:
        raise ValueError("need b0..b2 and 1, a1, a2")
    b0, b1, b2 = b
    _, a1, a2 = a
    x1 = x2 = y1 = y2 = 0.0
    out = []
    for v in x:
        y = b0 * v + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
        x2, x1 = x1, v
        y2, y1 = y1, y
        out.append(y)
    return out
