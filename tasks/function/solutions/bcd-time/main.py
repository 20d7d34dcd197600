def _bcd(b):
    hi, lo = b >> 4, b & 0x0F
    if hi > 9 or lo > 9:
        raise ValueError("not a BCD digit")
    return hi * 10 + lo


def bcd_time(regs):
    if len(regs) != 3:
        raise ValueError("need 3 registers")
    s, m, h = _bcd(regs[0] & 0x7F), _bcd(regs[1]), _bcd(regs[2])
    if s > 59 or m > 59 or h > 23:
        raise ValueError("time out of range")
    return [h, m, s]
