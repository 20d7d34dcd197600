def nmea_checksum_ok(sentence: str) -> bool:
    s = sentence.rstrip("\r\n")
    if not s.startswith("$") or "*" not in s:
        return False
    body, _, given = s[1:].rpartition("*")
    if len(given) != 2 or any(c not in "0123456789abcdefABCDEF" for c in given):
        return False
    value = 0
    for ch in body:
        value ^= ord(ch)
    return value == int(given, 16)
