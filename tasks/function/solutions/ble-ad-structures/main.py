def ad_structures(payload: bytes) -> list:
    out = []
    i = 0
    while i < len(payload):
        length = payload[i]
        if length == 0:
            break
        if i + 1 + length > len(payload):
            raise ValueError("AD structure runs past the end")
        out.append([payload[i + 1], bytes(payload[i + 2:i + 1 + length])])
        i += 1 + length
    return out
