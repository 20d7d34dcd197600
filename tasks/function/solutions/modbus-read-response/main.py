def _crc(data):
    crc = 0xFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def parse_read_response(frame: bytes) -> dict:
    if len(frame) < 5:
        raise ValueError("frame too short")
    body, crc = frame[:-2], frame[-2] | (frame[-1] << 8)
    if _crc(body) != crc:
        raise ValueError("CRC mismatch")
    address, function = body[0], body[1]
    if function == 0x83:
        return {"address": address, "exception": body[2]}
    if function != 0x03:
        raise ValueError("unexpected function code")
    count = body[2]
    if count % 2 or len(body) != 3 + count:
        raise ValueError("byte count does not match the frame")
    regs = [(body[i] << 8) | body[i + 1] for i in range(3, 3 + count, 2)]
    return {"address": address, "registers": regs}
