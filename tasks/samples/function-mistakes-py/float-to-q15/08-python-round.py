def to_q15(x):
    return [max(-32768, min(32767, round(v * 32768))) for v in x]
