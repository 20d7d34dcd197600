def cobs_encode(data: bytes) -> bytes:
    out = bytearray()
    group = bytearray()
    for i, b in enumerate(data):
        if b == 0:
            out.append(len(group) + 1)
            out += group
            group = bytearray()
        else:
            group.append(b)
            if len(group) == 254:
                out.append(0xFF)
                out += group
                group = bytearray()
                if i == len(data) - 1:
                    return bytes(out)  # a full block at the very end opens no new group
    out.append(len(group) + 1)
    out += group
    return bytes(out)
