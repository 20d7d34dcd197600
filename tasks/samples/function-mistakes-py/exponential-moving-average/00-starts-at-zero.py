def ema(x, alpha):
    if not 0 < alpha <= 1:
        raise ValueError("alpha must be in (0, 1]")
    out, y = [], 0.0
    for v in x:
        y = alpha * v + (1 - alpha) * y
        out.append(y)
    return out
