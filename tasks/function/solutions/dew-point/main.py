import math

A, B = 17.62, 243.12


def dew_point(t_c, rh):
    if not 0 < rh <= 100:
        raise ValueError("relative humidity must be in (0, 100]")
    g = math.log(rh / 100.0) + A * t_c / (B + t_c)
    return B * g / (A - g)
