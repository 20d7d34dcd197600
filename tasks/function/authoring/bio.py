import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import task
import numpy as np
from scipy import integrate
F = lambda a: [float(v) for v in a]

rr = [800.0, 810.0, 790.0, 805.0, 795.0]
task('heart-rate-from-rr', 'Heart rate from RR intervals',
 '''Expected values by hand: mean RR of [800, 810, 790, 805, 795] is 800 ms -> 60000/800 = 75 bpm;
[1000] -> 60 bpm; [500, 500] -> 120 bpm; [600, 1200] -> mean 900 -> 66.666... bpm (the mean
of the intervals, not of the instantaneous rates 100 and 50).''',
 'Compute the mean heart rate from the RR intervals reported by a chest strap or ECG patch.',
 'Heart rate in beats per minute = 60000 / (mean RR interval in milliseconds).',
 '`rr_ms` (list of float): successive RR intervals in milliseconds, all > 0.',
 'The heart rate in bpm (float). Raise ValueError for an empty list or a non-positive interval.',
 'heart_rate_bpm', 'def heart_rate_bpm(rr_ms: list[float]) -> float',
 [('resting', [rr], 75.0), ('single', [[1000.0]], 60.0), ('fast', [[500.0, 500.0]], 120.0),
  ('mean-of-intervals', [[600.0, 1200.0]], 60000 / 900), ('empty', [[]], 'raises', 'ValueError'),
  ('zero-interval', [[800.0, 0.0]], 'raises', 'ValueError')])

def rmssd(x): return float(np.sqrt(np.mean(np.square(np.diff(np.asarray(x, float))))))
rr2 = [812.0, 798.0, 830.0, 841.0, 790.0, 805.0, 820.0]
task('hrv-rmssd', 'Heart-rate variability: RMSSD',
 '''Expected values: numpy.sqrt(numpy.mean(numpy.square(numpy.diff(rr)))); "alternating" by hand:
differences all +-20 -> 20; "two" -> |900 - 800| = 100.''',
 'Compute RMSSD, the standard short-term heart-rate variability index, from RR intervals.',
 'RMSSD = sqrt(mean of the squared differences between successive RR intervals).',
 '`rr_ms` (list of float): successive RR intervals in milliseconds.',
 'RMSSD in milliseconds (float). Raise ValueError when there are fewer than 2 intervals.',
 'rmssd', 'def rmssd(rr_ms: list[float]) -> float',
 [('series', [rr2], rmssd(rr2)), ('alternating', [[800.0, 820.0, 800.0, 820.0]], 20.0),
  ('two', [[800.0, 900.0]], 100.0), ('constant', [[750.0] * 5], 0.0),
  ('one', [[800.0]], 'raises', 'ValueError'), ('empty', [[]], 'raises', 'ValueError')])

def sdnn(x): return float(np.std(np.asarray(x, float), ddof=1))
task('hrv-sdnn', 'Heart-rate variability: SDNN',
 '''Expected values: numpy.std(rr, ddof=1) (sample standard deviation, independent of the
reference); "two" by hand: mean 850, deviations +-50, sqrt((2500 + 2500) / 1) = 70.7106...''',
 'Compute SDNN, the standard deviation of normal-to-normal RR intervals.',
 'SDNN is the sample standard deviation (divide by n - 1) of the RR intervals.',
 '`rr_ms` (list of float): RR intervals in milliseconds.',
 'SDNN in milliseconds (float). Raise ValueError when there are fewer than 2 intervals.',
 'sdnn', 'def sdnn(rr_ms: list[float]) -> float',
 [('series', [rr2], sdnn(rr2)), ('two', [[800.0, 900.0]], float(np.sqrt(5000.0))),
  ('constant', [[750.0] * 4], 0.0), ('resting', [rr], sdnn(rr)),
  ('one', [[800.0]], 'raises', 'ValueError')])

# steps
walk = [9.8, 10.5, 12.1, 11.0, 9.0, 8.5, 9.9, 12.3, 10.2, 8.8, 9.7, 12.0, 12.2, 9.1, 8.9, 12.4]
task('step-count', 'Step counting with hysteresis',
 '''Expected values by hand, walking through the samples with the stated rule. "walk" (high 11.5,
low 9.2, fs 10 Hz, min 0.3 s = 3 samples): armed at start; 12.1 at i=2 -> step 1, disarm; 9.0 at
i=4 re-arms; 12.3 at i=7 -> step 2 (5 samples later); 8.8 at i=9 re-arms; 12.0 at i=11 -> step 3;
12.2 at i=12 is while disarmed; 9.1 at i=13 re-arms; 12.4 at i=15 -> step 4 (4 samples after
i=11). "too-soon" (min 0.6 s = 6 samples): step at i=2; i=7 is 5 samples later, too soon (it
disarms, uncounted); i=11 is 9 samples after i=2 -> step 2; i=15 is 4 after i=11, too soon -> 2.''',
 'Count steps in the acceleration magnitude of a wrist or hip sensor.',
 '''Walk through the samples with a detector that starts armed. When armed and a sample is
> `high`, count a step (if at least `min_interval_s` seconds have passed since the previous
counted step, time of sample i being i / fs) and disarm; a sample above `high` that comes too
soon disarms without counting. When disarmed, a sample < `low` re-arms the detector.''',
 '''`mag` (list of float): acceleration magnitude in m/s^2. `fs` (float): sampling rate in Hz.
`high`, `low` (float): thresholds, low < high. `min_interval_s` (float): shortest step period.''',
 'The number of steps (int). Raise ValueError when low >= high.',
 'count_steps', 'def count_steps(mag: list[float], fs: float, high: float, low: float, min_interval_s: float) -> int',
 [('walk', [walk, 10.0, 11.5, 9.2, 0.3], 4),
  ('too-soon', [walk, 10.0, 11.5, 9.2, 0.6], 2),
  ('standing', [[9.8] * 20, 10.0, 11.5, 9.2, 0.3], 0),
  ('single-spike', [[9.8, 13.0, 9.8], 10.0, 11.5, 9.2, 0.3], 1),
  ('empty', [[], 10.0, 11.5, 9.2, 0.3], 0),
  ('bad-thresholds', [walk, 10.0, 9.0, 9.2, 0.3], 'raises', 'ValueError')])

# complementary filter
def comp(acc, gyro, dt, alpha):
    acc = np.asarray(acc, float)
    pa = np.degrees(np.arctan2(-acc[:, 0], np.hypot(acc[:, 1], acc[:, 2])))
    out = np.empty(len(acc)); out[0] = pa[0]
    for i in range(1, len(acc)):
        out[i] = alpha * (out[i - 1] + gyro[i] * dt) + (1 - alpha) * pa[i]
    return F(out)
acc = [[0.0, 0.0, 9.81], [-0.5, 0.0, 9.8], [-1.0, 0.1, 9.75], [-1.7, 0.0, 9.66], [-1.7, -0.1, 9.66]]
gyro = [0.0, 3.0, 3.2, 3.8, 0.1]
task('complementary-filter', 'Pitch from accelerometer and gyroscope (complementary filter)',
 '''Expected values: a separate numpy implementation written from the specification (atan2 and
hypot vectorised, then the recursion), not the reference; "level" by hand: flat sensor, no
rotation -> 0 degrees throughout; "gyro-only" with alpha 1 integrates 10 deg/s over 0.1 s steps
-> 0, 1, 2, 3.''',
 'Estimate the pitch angle of an IMU by fusing accelerometer and gyroscope readings.',
 '''Accelerometer pitch of sample i, in degrees: atan2(-ax, sqrt(ay^2 + az^2)). The estimate
starts at the accelerometer pitch of sample 0; then for i >= 1:
angle[i] = alpha * (angle[i-1] + gyro[i] * dt) + (1 - alpha) * acc_pitch[i].''',
 '''`acc` (list of [ax, ay, az] in m/s^2), `gyro` (list of float, pitch rate in deg/s, same
length), `dt` (float, seconds between samples), `alpha` (float in [0, 1]).''',
 'A list of float: the pitch estimate in degrees per sample. Raise ValueError when acc and gyro differ in length.',
 'complementary_pitch', 'def complementary_pitch(acc: list[list[float]], gyro: list[float], dt: float, alpha: float) -> list[float]',
 [('tilting', [acc, gyro, 0.02, 0.98], comp(acc, gyro, 0.02, 0.98)),
  ('accelerometer-only', [acc, gyro, 0.02, 0.0], comp(acc, gyro, 0.02, 0.0)),
  ('level', [[[0.0, 0.0, 9.81]] * 3, [0.0] * 3, 0.01, 0.98], [0.0, 0.0, 0.0]),
  ('gyro-only', [[[0.0, 0.0, 9.81]] * 4, [10.0] * 4, 0.1, 1.0], [0.0, 1.0, 2.0, 3.0]),
  ('empty', [[], [], 0.01, 0.98], []),
  ('length-mismatch', [acc, gyro[:3], 0.02, 0.98], 'raises', 'ValueError')],
 abs_tol=1e-9)

# kalman 1d
def kal(z, x0, p0, q, r):
    xs = []; x, p = x0, p0
    for v in z:
        p = p + q; k = p / (p + r); x = x + k * (v - x); p = (1 - k) * p; xs.append(x)
    return xs
zs = [21.3, 20.8, 21.9, 21.1, 20.6, 21.4, 21.0]
task('kalman-1d', 'Scalar Kalman filter for a slowly varying sensor value',
 '''Expected values: a separate transcription of the textbook predict/update equations (Welch &
Bishop, "An Introduction to the Kalman Filter", scalar case), written apart from the reference;
"first-step" by hand: p = 1 + 0 = 1, k = 1/(1+1) = 0.5, x = 0 + 0.5*(10 - 0) = 5.''',
 'Smooth noisy readings of a slowly varying quantity (e.g. a temperature) with a one-dimensional Kalman filter.',
 '''Random-walk model. Start with estimate x = x0 and variance p = p0. For each measurement z:
predict p = p + q; gain k = p / (p + r); update x = x + k (z - x) and p = (1 - k) p. Output x
after each update.''',
 '''`z` (list of float): measurements. `x0`, `p0` (float): initial estimate and its variance.
`q` (float): process noise variance, >= 0. `r` (float): measurement noise variance, > 0.''',
 'A list of float, the estimate after each measurement. Raise ValueError when r <= 0 or q < 0.',
 'kalman_1d', 'def kalman_1d(z: list[float], x0: float, p0: float, q: float, r: float) -> list[float]',
 [('temperature', [zs, 20.0, 1.0, 0.01, 0.25], kal(zs, 20.0, 1.0, 0.01, 0.25)),
  ('first-step', [[10.0], 0.0, 1.0, 0.0, 1.0], [5.0]),
  ('no-process-noise', [zs, 0.0, 100.0, 0.0, 1.0], kal(zs, 0.0, 100.0, 0.0, 1.0)),
  ('empty', [[], 0.0, 1.0, 0.1, 1.0], []),
  ('bad-r', [zs, 0.0, 1.0, 0.1, 0.0], 'raises', 'ValueError')])

task('accel-magnitude', 'Magnitude of 3-axis acceleration',
 '''Expected values: numpy.linalg.norm(rows, axis=1); "pythagoras" by hand: (3, 4, 12) -> 13,
(0, 0, 9.81) -> 9.81, (1, 2, 2) -> 3; a missing axis (NaN, a dropout) gives NaN, as
numpy.linalg.norm does.''',
 'Compute the orientation-independent magnitude of 3-axis accelerometer samples.',
 'magnitude = sqrt(x^2 + y^2 + z^2) per sample.',
 '`samples` (list of [x, y, z] floats).',
 'A list of float, one per sample; a sample with a NaN axis (a dropout) gives NaN. Raise ValueError when a sample does not have exactly 3 values.',
 'accel_magnitude', 'def accel_magnitude(samples: list[list[float]]) -> list[float]',
 [('pythagoras', [[[3.0, 4.0, 12.0], [0.0, 0.0, 9.81], [1.0, 2.0, 2.0]]], [13.0, 9.81, 3.0]),
  ('noisy', [[[0.12, -0.3, 9.7], [1.5, 2.5, 9.1]]], F(np.linalg.norm([[0.12, -0.3, 9.7], [1.5, 2.5, 9.1]], axis=1))),
  ('negative', [[[-3.0, -4.0, 0.0]]], [5.0]),
  ('dropout-nan', [[[1.0, float('nan'), 2.0], [0.0, 3.0, 4.0]]], [float('nan'), 5.0]),
  ('empty', [[]], []),
  ('two-axes', [[[1.0, 2.0]]], 'raises', 'ValueError')])

def tilt(a):
    a = np.asarray(a, float)
    return [float(np.degrees(np.arctan2(-a[0], np.hypot(a[1], a[2])))), float(np.degrees(np.arctan2(a[1], a[2])))]
task('tilt-angles', 'Pitch and roll from a static accelerometer',
 '''Expected values: numpy.degrees of numpy.arctan2 (independent of the reference) and by hand:
flat (0, 0, g) -> 0, 0; nose down (-g, 0, 0) -> pitch 90; on its side (0, g, 0) -> roll 90;
upside down (0, 0, -g) -> roll 180.''',
 'Compute the tilt (pitch and roll) of a device at rest from its accelerometer reading.',
 'pitch = atan2(-ax, sqrt(ay^2 + az^2)), roll = atan2(ay, az), both in degrees.',
 '`ax`, `ay`, `az` (float): acceleration in m/s^2.',
 '[pitch, roll] in degrees (list of 2 floats).',
 'tilt_angles', 'def tilt_angles(ax: float, ay: float, az: float) -> list[float]',
 [('flat', [0.0, 0.0, 9.81], [0.0, 0.0]), ('nose-down', [-9.81, 0.0, 0.0], [90.0, 0.0]),
  ('on-side', [0.0, 9.81, 0.0], [0.0, 90.0]), ('upside-down', [0.0, 0.0, -9.81], [0.0, 180.0]),
  ('tilted', [1.2, -2.3, 9.4], tilt([1.2, -2.3, 9.4]))],
 abs_tol=1e-9)

def vel(a, dt, v0): return F(integrate.cumulative_trapezoid(np.asarray(a, float), dx=dt, initial=0) + v0)
aa = [0.0, 1.0, 2.0, 2.0, 1.0, -1.0]
task('velocity-from-acceleration', 'Velocity by trapezoidal integration of acceleration',
 '''Expected values: scipy.integrate.cumulative_trapezoid(a, dx=dt, initial=0) + v0 (independent
of the reference); "constant" by hand: 2 m/s^2 for 0.5 s steps from 1 m/s -> 1, 2, 3, 4.''',
 'Integrate accelerometer samples to velocity, as a dead-reckoning step does.',
 'v[0] = v0; v[i] = v[i-1] + dt * (a[i-1] + a[i]) / 2.',
 '`a` (list of float): acceleration in m/s^2. `dt` (float): seconds between samples. `v0` (float): the initial velocity in m/s.',
 'A list of float (m/s), one per sample.',
 'integrate_velocity', 'def integrate_velocity(a: list[float], dt: float, v0: float) -> list[float]',
 [('profile', [aa, 0.1, 0.0], vel(aa, 0.1, 0.0)), ('constant', [[2.0] * 4, 0.5, 1.0], [1.0, 2.0, 3.0, 4.0]),
  ('with-offset', [aa, 0.01, -0.5], vel(aa, 0.01, -0.5)), ('single', [[3.0], 0.1, 2.0], [2.0]),
  ('empty', [[], 0.1, 0.0], [])])
