import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import task
import numpy as np, math, datetime

def iso(t): return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
task('unix-to-iso8601', 'Unix timestamp to ISO 8601 UTC',
 '''Expected values: Python's datetime.fromtimestamp(t, timezone.utc) (independent of the
reference, which must not use datetime by the specification); 0 is the epoch; 1700000000 is the
well-known 2023-11-14T22:13:20Z; 951782400 is 2000-02-29 (leap day of a century leap year);
-1 is 1969-12-31T23:59:59Z; fractions are truncated toward the earlier second; 1900 and 2100
are not leap years (1900-03-01 and 2100-03-01 check the century rule).''',
 'Format a device timestamp (seconds since the Unix epoch) as an ISO 8601 UTC string, on a platform without a date library.',
 '''Use the proleptic Gregorian calendar, UTC, no leap seconds. Format: YYYY-MM-DDTHH:MM:SSZ.
Fractional seconds are dropped by rounding down (toward the earlier second, also for negative
times). Do not use the datetime or time modules: the code is meant for a port to C.''',
 '`t` (float or int): seconds since 1970-01-01T00:00:00Z, years 1900 to 9999.',
 'The string.',
 'to_iso8601', 'def to_iso8601(t: float) -> str',
 [('epoch', [0], '1970-01-01T00:00:00Z'), ('year-2023', [1700000000], iso(1700000000)),
  ('leap-day-2000', [951782400], iso(951782400)), ('before-epoch', [-1], iso(-1)),
  ('fraction', [1700000000.999], iso(1700000000)), ('end-of-2099', [4102444799], iso(4102444799)),
  ('y1900-not-leap', [-2203891200], iso(-2203891200)), ('y2100-not-leap', [4107585600], iso(4107585600))])

task('gps-time-to-unix', 'GPS week and time of week to Unix time',
 '''Expected values by hand: the GPS epoch 1980-01-06T00:00:00Z is Unix 315964800 (3657 days
after 1970-01-01); Unix = 315964800 + week * 604800 + tow - leap_seconds. Week 0, tow 0, 0 leap
seconds -> 315964800. Week 2238, tow 345600, 18 leap seconds (GPS-UTC since 2017) -> 315964800 +
1353542400 + 345600 - 18 = 1669852782.''',
 'Convert the time a GNSS receiver reports (GPS week number and time of week) to Unix time.',
 '''GPS time counts from 1980-01-06T00:00:00Z without leap seconds; Unix time = GPS epoch as Unix
time + week * 604800 + tow - leap_seconds, where leap_seconds is GPS minus UTC (18 s since 2017).''',
 '`week` (int): full GPS week number, >= 0. `tow` (float): seconds of the week, 0 <= tow < 604800. `leap_seconds` (int).',
 'Unix time in seconds (float). Raise ValueError when week < 0 or tow is out of range.',
 'gps_to_unix', 'def gps_to_unix(week: int, tow: float, leap_seconds: int) -> float',
 [('epoch', [0, 0.0, 0], 315964800.0), ('recent', [2238, 345600.0, 18], 1669852782.0),
  ('fractional-tow', [2238, 0.5, 18], 315964800.0 + 2238 * 604800 + 0.5 - 18),
  ('end-of-week', [1, 604799.0, 0], 315964800.0 + 604800 + 604799),
  ('tow-out-of-range', [10, 604800.0, 18], 'raises', 'ValueError'),
  ('negative-week', [-1, 0.0, 18], 'raises', 'ValueError')])

def dew(t, rh):
    a, b = 17.62, 243.12
    g = np.log(rh / 100.0) + a * t / (b + t)
    return float(b * g / (a - g))
task('dew-point', 'Dew point from temperature and humidity (Magnus formula)',
 '''Expected values: a separate numpy transcription of the Magnus formula with the WMO (Sonntag
1990) constants a = 17.62, b = 243.12 C; by hand, at 100 % relative humidity the dew point equals
the temperature; 20 C and 50 % gives about 9.3 C, as in published dew point tables.''',
 'Compute the dew point from the temperature and relative humidity of an environmental sensor.',
 '''Magnus formula with a = 17.62 and b = 243.12 degrees C: gamma = ln(RH/100) + a T / (b + T);
dew point = b gamma / (a - gamma).''',
 '`t_c` (float): temperature in degrees C. `rh` (float): relative humidity in percent, 0 < rh <= 100.',
 'The dew point in degrees C (float). Raise ValueError when rh is not in (0, 100].',
 'dew_point', 'def dew_point(t_c: float, rh: float) -> float',
 [('saturated', [25.0, 100.0], 25.0), ('office', [20.0, 50.0], dew(20.0, 50.0)),
  ('cold-dry', [-5.0, 30.0], dew(-5.0, 30.0)), ('tropical', [32.0, 85.0], dew(32.0, 85.0)),
  ('zero-humidity', [20.0, 0.0], 'raises', 'ValueError'), ('over-100', [20.0, 101.0], 'raises', 'ValueError')],
 abs_tol=1e-9)

def alt(p, p0): return float(44330.0 * (1 - (p / p0) ** (1 / 5.255)))
task('pressure-altitude', 'Altitude from barometric pressure',
 '''Expected values: a separate numpy transcription of the formula; by hand, p = p0 gives 0 m;
the formula is the one in the Bosch BMP180 datasheet (44330 * (1 - (p/p0)^(1/5.255))); 1000 hPa
against 1013.25 hPa gives about 111 m.''',
 'Estimate the altitude of a barometric pressure sensor.',
 'altitude in metres = 44330 * (1 - (p / p0) ^ (1 / 5.255)), p0 the sea-level pressure.',
 '`p_hpa` (float): measured pressure in hPa, > 0. `p0_hpa` (float): sea-level pressure in hPa (1013.25 by default).',
 'The altitude in metres (float). Raise ValueError when a pressure is not positive.',
 'pressure_altitude', 'def pressure_altitude(p_hpa: float, p0_hpa: float = 1013.25) -> float',
 [('sea-level', [1013.25, 1013.25], 0.0), ('hill', [1000.0, 1013.25], alt(1000.0, 1013.25)),
  ('mountain', [700.0, 1013.25], alt(700.0, 1013.25)), ('below-sea', [1020.0, 1013.25], alt(1020.0, 1013.25)),
  ('local-p0', [990.0, 1005.0], alt(990.0, 1005.0)), ('zero', [0.0, 1013.25], 'raises', 'ValueError')],
 abs_tol=1e-6)

R = 6371000.0
def hav(a, b, c, d):
    a, b, c, d = map(np.radians, (a, b, c, d))
    h = np.sin((c - a) / 2) ** 2 + np.cos(a) * np.cos(c) * np.sin((d - b) / 2) ** 2
    return float(2 * R * np.arcsin(np.sqrt(h)))
task('haversine-distance', 'Great-circle distance between two GPS fixes',
 '''Expected values by hand on a sphere of radius 6371 km: one degree of longitude on the equator
is 2 pi R / 360 = 111194.93 m; pole to pole is pi R; the same point is 0; the other two come from
a separate numpy transcription of the haversine formula.''',
 'Compute the distance between two GPS positions, e.g. to detect that a tracker has moved.',
 '''Haversine formula on a sphere of radius 6371000 m: h = sin^2(dlat/2) + cos(lat1) cos(lat2)
sin^2(dlon/2); distance = 2 R asin(sqrt(h)). Angles are given in degrees.''',
 '`lat1`, `lon1`, `lat2`, `lon2` (float): degrees.',
 'The distance in metres (float).',
 'haversine_m', 'def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float',
 [('equator-degree', [0.0, 0.0, 0.0, 1.0], 2 * math.pi * R / 360), ('pole-to-pole', [90.0, 0.0, -90.0, 0.0], math.pi * R),
  ('same-point', [48.1173, 11.5167, 48.1173, 11.5167], 0.0),
  ('munich-berlin', [48.1351, 11.5820, 52.5200, 13.4050], hav(48.1351, 11.5820, 52.5200, 13.4050)),
  ('across-dateline', [10.0, 179.5, 10.0, -179.5], hav(10.0, 179.5, 10.0, -179.5))],
 abs_tol=1e-6, rel_tol=1e-9)

task('rssi-distance', 'Distance from BLE RSSI (log-distance path loss)',
 '''Expected values by hand: RSSI equal to the 1 m power gives 1 m; 20 dB weaker with n = 2 gives
10^(20/20) = 10 m; with n = 4 the same 20 dB gives 10^(20/40) = 3.1622... m; stronger than the
1 m power gives less than 1 m (10^(-6/20) = 0.501... m).''',
 'Estimate the distance to a BLE beacon from a received signal strength.',
 'Log-distance model: d = 10 ^ ((tx_power - rssi) / (10 n)) metres, tx_power being the RSSI at 1 m.',
 '`rssi` (float): dBm. `tx_power` (float): dBm at 1 m. `n` (float): path-loss exponent, > 0.',
 'The distance in metres (float). Raise ValueError when n <= 0.',
 'rssi_distance', 'def rssi_distance(rssi: float, tx_power: float, n: float) -> float',
 [('one-metre', [-59.0, -59.0, 2.0], 1.0), ('free-space-10m', [-79.0, -59.0, 2.0], 10.0),
  ('indoor', [-79.0, -59.0, 4.0], 10 ** 0.5), ('closer', [-53.0, -59.0, 2.0], 10 ** (-6 / 20)),
  ('bad-exponent', [-70.0, -59.0, 0.0], 'raises', 'ValueError')])

def ntc(adc, bits, rfix, r0, t0, beta):
    top = 2 ** bits - 1
    r = rfix * adc / (top - adc)
    return float(1 / (1 / (t0 + 273.15) + np.log(r / r0) / beta) - 273.15)
task('ntc-thermistor', 'Temperature from an NTC thermistor divider',
 '''Expected values: a separate numpy transcription of the Beta equation, and by hand: in
"mid-scale" r0 is chosen equal to the divider resistance of reading 2048 (10000 * 2048 / 2047),
so ln(r / r0) = 0 and the result is exactly t0 = 25 C; a reading of 0 or full scale has no
finite resistance and is invalid.''',
 'Convert the ADC reading of an NTC thermistor voltage divider to a temperature.',
 '''The thermistor is the lower leg of a divider under a fixed resistor r_fixed, read by an n-bit
ADC whose full scale is the divider supply: r = r_fixed * adc / (2^bits - 1 - adc). Beta
equation: 1/T = 1/T0 + ln(r / r0) / beta, temperatures in kelvin (T0 = t0 + 273.15).''',
 '''`adc` (int): reading. `bits` (int): ADC resolution. `r_fixed`, `r0` (float): ohms.
`t0` (float): degrees C at which the thermistor has r0. `beta` (float): kelvin.''',
 'Temperature in degrees C (float). Raise ValueError when adc is 0 or >= 2^bits - 1.',
 'ntc_temperature', 'def ntc_temperature(adc: int, bits: int, r_fixed: float, r0: float, t0: float, beta: float) -> float',
 [('mid-scale', [2047.5 if False else 2048, 12, 10000.0, 10000.0 * 2048 / 2047, 25.0, 3950.0], 25.0),
  ('warm', [1500, 12, 10000.0, 10000.0, 25.0, 3950.0], ntc(1500, 12, 10000.0, 10000.0, 25.0, 3950.0)),
  ('cold', [3000, 12, 10000.0, 10000.0, 25.0, 3950.0], ntc(3000, 12, 10000.0, 10000.0, 25.0, 3950.0)),
  ('ten-bit', [300, 10, 4700.0, 10000.0, 25.0, 3435.0], ntc(300, 10, 4700.0, 10000.0, 25.0, 3435.0)),
  ('zero', [0, 12, 10000.0, 10000.0, 25.0, 3950.0], 'raises', 'ValueError'),
  ('full-scale', [4095, 12, 10000.0, 10000.0, 25.0, 3950.0], 'raises', 'ValueError')],
 abs_tol=1e-9)

task('two-point-calibration', 'Two-point linear sensor calibration',
 '''Expected values by hand: raw 100 -> 0 C and raw 900 -> 100 C give gain 0.125 and offset -12.5:
500 -> 50, 100 -> 0, 1000 -> 112.5 (extrapolated), 0 -> -12.5.''',
 'Apply a two-point calibration to raw sensor readings.',
 '''Two reference points (raw1, true1) and (raw2, true2) define a straight line; map every raw
reading through it (also outside the two points).''',
 '`raw` (list of float): readings. `raw1`, `true1`, `raw2`, `true2` (float): the reference points.',
 'A list of float. Raise ValueError when raw1 == raw2.',
 'calibrate', 'def calibrate(raw: list[float], raw1: float, true1: float, raw2: float, true2: float) -> list[float]',
 [('thermometer', [[500.0, 100.0, 1000.0, 0.0], 100.0, 0.0, 900.0, 100.0], [50.0, 0.0, 112.5, -12.5]),
  ('reversed-points', [[500.0], 900.0, 100.0, 100.0, 0.0], [50.0]),
  ('negative-gain', [[0.0, 1.0, 2.0], 0.0, 10.0, 2.0, 0.0], [10.0, 5.0, 0.0]),
  ('empty', [[], 0.0, 0.0, 1.0, 1.0], []),
  ('same-raw', [[1.0], 5.0, 0.0, 5.0, 1.0], 'raises', 'ValueError')],
 abs_tol=1e-9)
