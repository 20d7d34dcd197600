def calibrate(raw, raw1, true1, raw2, true2):
    if raw1 == raw2:
        raise ValueError("the two reference readings must differ")
    gain = (true2 - true1) / (raw2 - raw1)
    return [true1 + (r - raw1) * gain for r in raw]
