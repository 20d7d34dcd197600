def int16_le(buf):
    if len(buf) % 2:
        raise ValueError("odd number of bytes")
    out = []
    for i in range(0, len(buf), 2):
        v = buf[i] | (buf[i + 1] << 8)
        out.append(v - 0x10000 if v & 0x8000 else v)
    return out
