import math


def to_iso8601(t):
    s = math.floor(t)
    days, rem = divmod(s, 86400)
    y = 1970
    if days >= 0:
        while days >= (366 if y % 4 == 0 else 365):
            days -= 366 if y % 4 == 0 else 365
            y += 1
    else:
        while days < 0:
            y -= 1
            days += 366 if y % 4 == 0 else 365
    lengths = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    m = 0
    while days >= lengths[m]:
        days -= lengths[m]
        m += 1
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m + 1, days + 1, rem // 3600, rem % 3600 // 60, rem % 60)
