def send_on_delta(x, deadband):
    if deadband < 0:
        raise ValueError("deadband must be >= 0")
    sent, last = [], None
    for i, v in enumerate(x):
        if last is None or round(abs(v - last), 9) >= deadband:
            sent.append(i)
            last = v
    return sent
