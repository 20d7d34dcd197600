import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import task
import numpy as np
from scipy import signal
F = lambda a: [float(v) for v in a]
I = lambda a: [int(v) for v in a]

# peaks
def pk(x, h, d): return I(signal.find_peaks(np.asarray(x, float), height=h, distance=d)[0])
ppg = [0.1, 0.5, 1.2, 0.6, 0.2, 0.3, 0.9, 0.4, 0.2, 1.4, 0.7, 0.3, 1.1, 1.3, 0.2]
close = [0.0, 2.0, 0.0, 3.0, 0.0, 1.0, 0.0, 2.5, 0.0]
task('peak-detection', 'Peak detection with height and distance',
 '''Expected values: scipy.signal.find_peaks(x, height=h, distance=d) (independent of the
reference); the series have no flat-topped peaks, where the two specifications would need more
words to agree. "close" was also checked by hand: peaks 1, 3, 5, 7 (heights 2, 3, 1, 2.5);
with distance 3 the 3.0 peak removes 1 and 5, then 2.5 at 7 is 4 away from 3 and stays.''',
 'Find the peaks of a pulse or accelerometer signal, e.g. to count heart beats or steps.',
 '''A peak is a sample strictly greater than both of its neighbours (the first and last samples
are never peaks) with a value >= `height`. Then, taking the peaks in order of decreasing value
(equal values: the earlier first), remove every remaining peak closer than `distance` samples
(index difference < distance) to a peak already kept.''',
 '`x` (list of float): the samples. `height` (float): the minimum peak value. `distance` (int): the minimum index distance between kept peaks, >= 1.',
 'The indices of the kept peaks in increasing order (list of int). Raise ValueError when distance < 1.',
 'find_peaks', 'def find_peaks(x: list[float], height: float, distance: int) -> list[int]',
 [('ppg', [ppg, 0.5, 1], pk(ppg, 0.5, 1)),
  ('ppg-distance', [ppg, 0.5, 4], pk(ppg, 0.5, 4)),
  ('close', [close, 0.5, 3], pk(close, 0.5, 3)),
  ('height-filters-all', [close, 5.0, 1], []),
  ('short', [[1.0, 2.0], 0.0, 1], []),
  ('empty', [[], 0.0, 1], []),
  ('bad-distance', [close, 0.0, 0], 'raises', 'ValueError')])

# zero crossings
def zc(x):
    neg = np.asarray(x, float) < 0
    return I(np.nonzero(neg[1:] != neg[:-1])[0] + 1)
z1 = [1.0, 0.5, -0.2, -1.0, 0.3, 0.0, -0.1, 2.0]
task('zero-crossings', 'Zero-crossing indices',
 '''Expected values: numpy, marking samples below zero and taking the positions where the mark
changes (independent of the reference); "basic" by hand: sign changes at 2, 4, 6 and 7 (0.0
counts as non-negative, so 0.3 -> 0.0 is no crossing).''',
 'Find where a signal crosses zero, e.g. to estimate the frequency of a vibration or the cadence of a gait.',
 '''Treat 0.0 as non-negative. Index i (i >= 1) is a crossing when exactly one of x[i-1] and
x[i] is negative.''',
 '`x` (list of float): the samples.',
 'The crossing indices i, increasing (list of int).',
 'zero_crossings', 'def zero_crossings(x: list[float]) -> list[int]',
 [('basic', [z1], zc(z1)),
  ('sine', [[float(np.sin(2 * np.pi * k / 8 + 0.1)) for k in range(20)]], zc([np.sin(2 * np.pi * k / 8 + 0.1) for k in range(20)])),
  ('touch-zero', [[1.0, 0.0, 1.0, 0.0, -0.0]], []),
  ('single', [[-1.0]], []),
  ('empty', [[]], [])])

# rms
def rms(x): return float(np.sqrt(np.mean(np.square(np.asarray(x, float)))))
v = [0.3, -0.4, 1.2, -1.1, 0.0, 0.7]
task('rms', 'Root mean square of a vibration signal',
 '''Expected values: numpy.sqrt(numpy.mean(numpy.square(x))); "square-wave" by hand (1.0);
"sine" is one full period of a sine of amplitude 2, whose RMS is 2/sqrt(2) = 1.41421356...''',
 'Compute the RMS level of a vibration or current signal.',
 'RMS = sqrt(mean of the squared samples).',
 '`x` (list of float): the samples.',
 'A float. Raise ValueError for an empty series.',
 'rms', 'def rms(x: list[float]) -> float',
 [('vibration', [v], rms(v)),
  ('square-wave', [[1.0, -1.0, 1.0, -1.0]], 1.0),
  ('sine', [[2 * float(np.sin(2 * np.pi * k / 16)) for k in range(16)]], 2 / np.sqrt(2)),
  ('single-negative', [[-3.0]], 3.0),
  ('zeros', [[0.0, 0.0]], 0.0),
  ('empty', [[]], 'raises', 'ValueError')])

# window energy
def we(x, n):
    a = np.asarray(x, float); m = len(a) // n
    return F(np.sum(np.square(a[:m * n].reshape(m, n)), axis=1)) if m else []
e1 = [1.0, 2.0, -1.0, 0.5, 0.0, 3.0, -2.0]
task('window-energy', 'Signal energy per window',
 '''Expected values: numpy (reshape into rows of n and sum the squares); "basic" by hand:
windows [1, 2] -> 5, [-1, 0.5] -> 1.25, [0, 3] -> 9, the lone -2 is dropped.''',
 'Compute the energy of a signal in consecutive windows, a common activity feature.',
 '''Split x into consecutive, non-overlapping windows of n samples, from the start; drop a last
window with fewer than n samples. The energy of a window is the sum of its squared samples.''',
 '`x` (list of float): the samples. `n` (int): the window length, >= 1.',
 'A list of float, one per full window. Raise ValueError when n < 1.',
 'window_energy', 'def window_energy(x: list[float], n: int) -> list[float]',
 [('basic', [e1, 2], we(e1, 2)),
  ('window-3', [e1, 3], we(e1, 3)),
  ('window-1', [e1, 1], we(e1, 1)),
  ('too-short', [e1, 10], []),
  ('empty', [[], 4], []),
  ('zero-window', [e1, 0], 'raises', 'ValueError')])

# band power
def bp(x, fs, lo, hi):
    x = np.asarray(x, float); N = len(x)
    X = np.fft.rfft(x); P = np.abs(X) ** 2 / N ** 2
    P[1:] *= 2
    if N % 2 == 0: P[-1] /= 2
    f = np.arange(len(X)) * fs / N
    return float(P[(f >= lo) & (f <= hi)].sum())
fs = 100.0
t = np.arange(100) / fs
sine10 = F(2 * np.sin(2 * np.pi * 10 * t))
mix = F(1.0 + 2 * np.sin(2 * np.pi * 10 * t) + 0.5 * np.cos(2 * np.pi * 30 * t))
odd = F(np.sin(2 * np.pi * 5 * np.arange(25) / 50.0) + 0.2)
task('fft-band-power', 'Band power from the FFT',
 '''Expected values: numpy.fft.rfft with the one-sided scaling of the specification (independent
of the reference), and by hand: a sine of amplitude 2 on a bin has power 2^2/2 = 2; a DC offset
of 1 has power 1; a cosine of amplitude 0.5 has power 0.125; the whole band gives the mean
square (Parseval).''',
 'Measure how much of a signal\'s power lies in a frequency band, e.g. tremor (4-6 Hz) in accelerometer data.',
 '''Let N = len(x) and X[k] the discrete Fourier transform sum_n x[n] exp(-2 pi i k n / N), with
no window and no mean removal. For k = 0 .. floor(N/2), bin k has frequency k * fs / N and
one-sided power P[k] = |X[k]|^2 / N^2, doubled for 0 < k < N/2 (not for DC and, when N is even,
not for k = N/2). The band power is the sum of P[k] over the bins with f_lo <= frequency <= f_hi.''',
 '`x` (list of float): the samples. `fs` (float): the sampling rate in Hz. `f_lo`, `f_hi` (float): the band edges in Hz, inclusive.',
 'A float. Raise ValueError for an empty series or f_lo > f_hi.',
 'band_power', 'def band_power(x: list[float], fs: float, f_lo: float, f_hi: float) -> float',
 [('sine-in-band', [sine10, fs, 5.0, 15.0], bp(sine10, fs, 5.0, 15.0)),
  ('sine-out-of-band', [sine10, fs, 15.0, 50.0], bp(sine10, fs, 15.0, 50.0)),
  ('dc-only', [mix, fs, 0.0, 0.0], bp(mix, fs, 0.0, 0.0)),
  ('cosine-30', [mix, fs, 25.0, 35.0], bp(mix, fs, 25.0, 35.0)),
  ('whole-band', [mix, fs, 0.0, 50.0], float(np.mean(np.square(mix)))),
  ('odd-length', [odd, 50.0, 4.0, 6.0], bp(odd, 50.0, 4.0, 6.0)),
  ('empty', [[], fs, 0.0, 1.0], 'raises', 'ValueError'),
  ('reversed-band', [sine10, fs, 20.0, 10.0], 'raises', 'ValueError')],
 abs_tol=1e-9, rel_tol=1e-7)

# dominant frequency
def dom(x, fs):
    X = np.abs(np.fft.rfft(np.asarray(x, float))); k = 1 + int(np.argmax(X[1:]))
    return k * fs / len(x)
t2 = np.arange(64) / 32.0
walk = F(9.81 + 1.5 * np.sin(2 * np.pi * 2.0 * t2) + 0.4 * np.sin(2 * np.pi * 5.0 * t2))
task('dominant-frequency', 'Dominant frequency of a periodic signal',
 '''Expected values: numpy.fft.rfft, taking the largest magnitude above DC (independent of the
reference); by construction the walking signal's strongest component is 2 Hz (amplitude 1.5
against 0.4 at 5 Hz, gravity at DC is ignored).''',
 'Estimate the dominant frequency of a periodic sensor signal, e.g. the step frequency of a walk.',
 '''Take the DFT of x (no window). Among the bins k = 1 .. floor(N/2) (DC excluded) pick the
one with the largest magnitude, the lowest k on ties, and return its frequency k * fs / N.''',
 '`x` (list of float): the samples, at least 2. `fs` (float): the sampling rate in Hz.',
 'The frequency in Hz (float). Raise ValueError when x has fewer than 2 samples.',
 'dominant_frequency', 'def dominant_frequency(x: list[float], fs: float) -> float',
 [('walking', [walk, 32.0], dom(walk, 32.0)),
  ('nyquist', [[1.0, -1.0, 1.0, -1.0], 8.0], 4.0),
  ('tie-lowest', [F(np.cos(2 * np.pi * 1 * np.arange(8) / 8) + np.cos(2 * np.pi * 2 * np.arange(8) / 8)), 8.0], 1.0),
  ('two-samples', [[0.0, 1.0], 10.0], 5.0),
  ('too-short', [[1.0], 10.0], 'raises', 'ValueError')])

# resample linear
def rs(x, fin, fout):
    x = np.asarray(x, float); tend = (len(x) - 1) / fin
    m = int(np.floor(tend * fout + 1e-9)) + 1
    tn = np.arange(m) / fout
    return F(np.interp(tn, np.arange(len(x)) / fin, x))
r1 = [0.0, 1.0, 4.0, 9.0, 16.0]
task('resample-linear', 'Resample a series by linear interpolation',
 '''Expected values: numpy.interp at the new sample times (independent of the reference);
"upsample-2" by hand: midpoints 0.5, 2.5, 6.5, 12.5 between the samples.''',
 'Bring a sensor series to another sampling rate by linear interpolation (e.g. 50 Hz IMU data to 20 Hz).',
 '''Input sample i is at time i / fs_in. Output sample j is at time j / fs_out for j = 0, 1, ...
as long as that time does not pass the last input sample's time (allow 1e-9 s of rounding).
Each output is the linear interpolation between the two input samples around its time.''',
 '`x` (list of float): the samples. `fs_in`, `fs_out` (float): sampling rates in Hz, > 0.',
 'A list of float. An empty input gives []. Raise ValueError when a rate is not positive.',
 'resample_linear', 'def resample_linear(x: list[float], fs_in: float, fs_out: float) -> list[float]',
 [('upsample-2', [r1, 1.0, 2.0], rs(r1, 1.0, 2.0)),
  ('downsample', [F(np.arange(11.0)), 50.0, 20.0], rs(np.arange(11.0), 50.0, 20.0)),
  ('same-rate', [r1, 4.0, 4.0], r1),
  ('non-integer-ratio', [r1, 3.0, 2.0], rs(r1, 3.0, 2.0)),
  ('single', [[7.0], 10.0, 100.0], [7.0]),
  ('empty', [[], 10.0, 5.0], []),
  ('zero-rate', [r1, 0.0, 5.0], 'raises', 'ValueError')])

# downsample mean
def dm(x, m):
    a = np.asarray(x, float); k = len(a) // m
    return F(a[:k * m].reshape(k, m).mean(axis=1)) if k else []
d1 = [1.0, 3.0, 2.0, 4.0, 10.0, 20.0, 5.0]
task('downsample-mean', 'Downsample by block averaging',
 '''Expected values: numpy (reshape into rows of m, mean per row); "pairs" by hand: 2, 3, 15,
and the lone 5 is dropped.''',
 'Reduce the rate of a sensor series by averaging consecutive blocks of samples.',
 'Average consecutive, non-overlapping blocks of m samples from the start; drop a last block with fewer than m samples.',
 '`x` (list of float): the samples. `m` (int): the decimation factor, >= 1.',
 'A list of float. Raise ValueError when m < 1.',
 'downsample_mean', 'def downsample_mean(x: list[float], m: int) -> list[float]',
 [('pairs', [d1, 2], dm(d1, 2)),
  ('triples', [d1, 3], dm(d1, 3)),
  ('factor-1', [d1, 1], d1),
  ('too-short', [d1, 8], []),
  ('empty', [[], 2], []),
  ('zero', [d1, 0], 'raises', 'ValueError')])
