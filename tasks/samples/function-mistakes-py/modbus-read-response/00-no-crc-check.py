def parse_read_response(frame):
    if len(frame) < 5:
        raise ValueError("frame too short")
    address, function = frame[0], frame[1]
    if function == 0x83:
        return {"address": address, "exception": frame[2]}
    count = frame[2]
    regs = [(frame[i] << 8) | frame[i + 1] for i in range(3, 3 + count, 2)]
    return {"address": address, "registers": regs}
