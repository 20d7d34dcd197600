def kalman_1d(z, x0, p0, q, r):
    if r <= 0 or q < 0:
        raise ValueError("need r > 0 and q >= 0")
    x, p, out = x0, p0, []
    for v in z:
        p += q
        k = p / (p + r)
        x += k * (v - x)
        p *= 1 - k
        out.append(x)
    return out
