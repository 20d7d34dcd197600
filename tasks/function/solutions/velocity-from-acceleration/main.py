def integrate_velocity(a, dt, v0):
    out = []
    for i, v in enumerate(a):
        out.append(v0 if i == 0 else out[-1] + dt * (a[i - 1] + v) / 2)
    return out
