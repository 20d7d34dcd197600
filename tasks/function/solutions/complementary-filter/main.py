import math


def complementary_pitch(acc, gyro, dt, alpha):
    if len(acc) != len(gyro):
        raise ValueError("acc and gyro differ in length")
    out = []
    for i, (ax, ay, az) in enumerate(acc):
        pitch = math.degrees(math.atan2(-ax, math.sqrt(ay * ay + az * az)))
        if i == 0:
            out.append(pitch)
        else:
            out.append(alpha * (out[-1] + gyro[i] * dt) + (1 - alpha) * pitch)
    return out
