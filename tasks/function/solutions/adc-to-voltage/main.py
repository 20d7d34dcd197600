def adc_to_volts(counts, bits, vref):
    top = (1 << bits) - 1
    out = []
    for c in counts:
        if c < 0 or c > top:
            raise ValueError("reading out of range")
        out.append(c * vref / top)
    return out
