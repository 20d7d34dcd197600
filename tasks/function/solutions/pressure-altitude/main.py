def pressure_altitude(p_hpa, p0_hpa=1013.25):
    if p_hpa <= 0 or p0_hpa <= 0:
        raise ValueError("pressures must be positive")
    return 44330.0 * (1.0 - (p_hpa / p0_hpa) ** (1.0 / 5.255))
