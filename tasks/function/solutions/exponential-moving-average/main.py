def ema(x, alpha):
    if not 0 < alpha <= 1:
        raise ValueError("alpha must be in (0, 1]")
    out = []
    for i, v in enumerate(x):
        out.append(v if i == 0 else alpha * v + (1 - alpha) * out[-1])
    return out
