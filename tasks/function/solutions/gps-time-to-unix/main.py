GPS_EPOCH_UNIX = 315964800


def gps_to_unix(week, tow, leap_seconds):
    if week < 0 or not 0 <= tow < 604800:
        raise ValueError("week or time of week out of range")
    return float(GPS_EPOCH_UNIX + week * 604800 + tow - leap_seconds)
