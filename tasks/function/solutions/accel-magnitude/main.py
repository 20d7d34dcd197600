import math


def accel_magnitude(samples):
    out = []
    for s in samples:
        if len(s) != 3:
            raise ValueError("a sample needs x, y and z")
        out.append(math.sqrt(s[0] ** 2 + s[1] ** 2 + s[2] ** 2))
    return out
