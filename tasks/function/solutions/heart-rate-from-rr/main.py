def heart_rate_bpm(rr_ms):
    if not rr_ms or any(v <= 0 for v in rr_ms):
        raise ValueError("need positive RR intervals")
    return 60000.0 / (sum(rr_ms) / len(rr_ms))
