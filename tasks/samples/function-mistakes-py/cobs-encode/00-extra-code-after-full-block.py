def cobs_encode(data):
    out, group = bytearray(), bytearray()
    for b in data:
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
    out.append(len(group) + 1)
    out += group
    return bytes(out)
