def _degrees(value: str, hemisphere: str, degree_digits: int):
    if not value:
        return None
    deg = int(value[:degree_digits]) + float(value[degree_digits:]) / 60.0
    return -deg if hemisphere in ("S", "W") else deg


def parse_gga(sentence: str) -> dict:
    body = sentence.strip().lstrip("$").split("*")[0]
    f = body.split(",")
    if len(f[0]) != 5 or not f[0].endswith("GGA") or len(f) < 10:
        raise ValueError("not a GGA sentence")
    return {
        "lat": _degrees(f[2], f[3], 2),
        "lon": _degrees(f[4], f[5], 3),
        "fix": int(f[6] or 0),
        "satellites": int(f[7] or 0),
        "altitude_m": float(f[9]) if f[9] else None,
    }
