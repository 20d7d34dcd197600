import statistics


def sdnn(rr_ms):
    if len(rr_ms) < 2:
        raise ValueError("need at least 2 intervals")
    return statistics.pstdev(rr_ms)
