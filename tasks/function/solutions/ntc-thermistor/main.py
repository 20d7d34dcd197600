import math


def ntc_temperature(adc, bits, r_fixed, r0, t0, beta):
    top = (1 << bits) - 1
    if adc <= 0 or adc >= top:
        raise ValueError("reading at the rail: no finite resistance")
    r = r_fixed * adc / (top - adc)
    return 1.0 / (1.0 / (t0 + 273.15) + math.log(r / r0) / beta) - 273.15
