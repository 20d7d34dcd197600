def rssi_distance(rssi, tx_power, n):
    if n <= 0:
        raise ValueError("n must be positive")
    return 10 ** ((tx_power - rssi) / (10 * n))
