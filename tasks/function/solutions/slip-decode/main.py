END, ESC, ESC_END, ESC_ESC = 0xC0, 0xDB, 0xDC, 0xDD


def slip_decode(stream: bytes) -> list:
    packets, current = [], bytearray()
    i = 0
    while i < len(stream):
        b = stream[i]
        if b == END:
            if current:
                packets.append(bytes(current))
            current = bytearray()
        elif b == ESC:
            nxt = stream[i + 1] if i + 1 < len(stream) else None
            if nxt == ESC_END:
                current.append(END)
            elif nxt == ESC_ESC:
                current.append(ESC)
            else:
                raise ValueError("bad SLIP escape")
            i += 1
        else:
            current.append(b)
        i += 1
    return packets
