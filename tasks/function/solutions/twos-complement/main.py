def from_twos_complement(raw, bits):
    if raw < 0 or raw >= 1 << bits:
        raise ValueError("raw value does not fit")
    return raw - (1 << bits) if raw >= 1 << (bits - 1) else raw
