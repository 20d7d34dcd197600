def battery_percent(v, curve_v, curve_p):
    if len(curve_v) < 2 or len(curve_v) != len(curve_p):
        raise ValueError("need a table of at least 2 points")
    if v <= curve_v[0]:
        return float(curve_p[0])
    if v >= curve_v[-1]:
        return float(curve_p[-1])
    for i in range(1, len(curve_v)):
        if v <= curve_v[i]:
            f = (v - curve_v[i - 1]) / (curve_v[i] - curve_v[i - 1])
            return curve_p[i - 1] + f * (curve_p[i] - curve_p[i - 1])
