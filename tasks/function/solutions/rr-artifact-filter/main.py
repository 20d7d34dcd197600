def filter_rr(rr_ms, tol):
    if not rr_ms:
        return []
    s = sorted(rr_ms)
    n = len(s)
    m = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    return [r for r in rr_ms if abs(r - m) <= tol * m]
