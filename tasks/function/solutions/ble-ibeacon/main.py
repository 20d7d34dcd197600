def parse_ibeacon(payload: bytes):
    i = 0
    while i < len(payload):
        length = payload[i]
        if length == 0 or i + 1 + length > len(payload):
            return None
        ad_type, data = payload[i + 1], payload[i + 2:i + 1 + length]
        if ad_type == 0xFF and len(data) == 25 and data[:4] == b"\x4c\x00\x02\x15":
            u = data[4:20].hex()
            return {
                "uuid": "-".join([u[:8], u[8:12], u[12:16], u[16:20], u[20:]]),
                "major": int.from_bytes(data[20:22], "big"),
                "minor": int.from_bytes(data[22:24], "big"),
                "tx_power": data[24] - 256 if data[24] > 127 else data[24],
            }
        i += 1 + length
    return None
