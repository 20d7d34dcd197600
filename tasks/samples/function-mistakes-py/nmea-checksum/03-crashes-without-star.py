def nmea_checksum_ok(sentence):
    s = sentence.strip()
    body, given = s[1:].split("*")
    value = 0
    for ch in body:
        value ^= ord(ch)
    return s.startswith("$") and value == int(given, 16)
