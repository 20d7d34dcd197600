import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import task
import numpy as np
from scipy import signal, ndimage
F = lambda a: [float(v) for v in a]

# moving average
def ma(x, n): return F(np.convolve(np.asarray(x, float), np.ones(n) / n, 'valid'))
x1 = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
noisy = [20.1, 20.4, 19.8, 20.0, 20.6, 21.2, 20.9, 20.7]
task('moving-average', 'Moving average of a sensor series',
 '''Expected values: numpy.convolve(x, ones(n)/n, "valid") (independent of the reference);
"ramp-3" is also easy by hand (2, 3, 4, 5); n larger than the series gives no full window;
n < 1 is invalid by the specification.''',
 'Smooth a sampled sensor series with a simple (boxcar) moving average.',
 '''Output sample i is the mean of x[i], ..., x[i+n-1]: only full windows are produced, so the
result has len(x) - n + 1 values (none when n > len(x)).''',
 '`x` (list of float): the samples. `n` (int): the window length in samples.',
 'A list of float. Raise ValueError when n < 1.',
 'moving_average', 'def moving_average(x: list[float], n: int) -> list[float]',
 [('ramp-3', [x1, 3], ma(x1, 3)),
  ('window-1', [x1, 1], x1),
  ('temperature-4', [noisy, 4], ma(noisy, 4)),
  ('whole-series', [x1, 6], [3.5]),
  ('window-longer-than-series', [[1.0, 2.0], 3], []),
  ('empty', [[], 2], []),
  ('zero-window', [x1, 0], 'raises', 'ValueError')])

# EMA
def ema_ref(x, a):
    x = np.asarray(x, float)
    if len(x) == 0: return []
    y, _ = signal.lfilter([a], [1, -(1 - a)], x, zi=[(1 - a) * x[0]])
    return F(y)
s2 = [10.0, 12.0, 11.0, 15.0, 14.0, 13.0]
task('exponential-moving-average', 'Exponential moving average (first-order IIR low-pass)',
 '''Expected values: scipy.signal.lfilter([a], [1, -(1 - a)], x) with the initial state chosen so
that y[0] = x[0] (zi = (1 - a) x[0]); "alpha-half" by hand: 10, 11, 11, 13, 13.5, 13.25.''',
 'Smooth a sensor series with an exponential moving average, as done on microcontrollers.',
 '''y[0] = x[0]; y[i] = alpha * x[i] + (1 - alpha) * y[i-1] for i >= 1.''',
 '`x` (list of float): the samples. `alpha` (float): the smoothing factor, 0 < alpha <= 1.',
 'A list of float with one value per input sample. Raise ValueError when alpha is not in (0, 1].',
 'ema', 'def ema(x: list[float], alpha: float) -> list[float]',
 [('alpha-half', [s2, 0.5], ema_ref(s2, 0.5)),
  ('alpha-small', [s2, 0.1], ema_ref(s2, 0.1)),
  ('alpha-one', [s2, 1.0], s2),
  ('single', [[7.5], 0.3], [7.5]),
  ('empty', [[], 0.3], []),
  ('alpha-zero', [s2, 0.0], 'raises', 'ValueError'),
  ('alpha-above-one', [s2, 1.5], 'raises', 'ValueError')])

# median
def med(x, k): return F(ndimage.median_filter(np.asarray(x, float), size=k, mode='nearest'))
spiky = [1.0, 1.1, 9.0, 1.2, 1.0, 0.9, -7.0, 1.1, 1.0]
task('median-filter', 'Median filter against spikes',
 '''Expected values: scipy.ndimage.median_filter(x, size=k, mode="nearest"), which pads by
repeating the edge samples exactly as the specification says; "spike-3" was also checked by
hand (the 9.0 and -7.0 spikes disappear).''',
 'Remove isolated spikes from a sensor series with a running median.',
 '''Output sample i is the median of the k samples centred on x[i] (k odd). Near the ends the
window reaches past the series: those positions take the value of the nearest end sample
(x[0] before the start, x[-1] after the end).''',
 '`x` (list of float): the samples. `k` (int): the window length, odd and >= 1.',
 'A list of float, same length as x. Raise ValueError when k is even or < 1.',
 'median_filter', 'def median_filter(x: list[float], k: int) -> list[float]',
 [('spike-3', [spiky, 3], med(spiky, 3)),
  ('spike-5', [spiky, 5], med(spiky, 5)),
  ('k-1', [spiky, 1], spiky),
  ('single', [[4.0], 3], [4.0]),
  ('empty', [[], 3], []),
  ('window-longer-than-series', [[3.0, 1.0, 2.0], 7], med([3.0, 1.0, 2.0], 7)),
  ('even-k', [spiky, 4], 'raises', 'ValueError')])

# biquad
b_lp = [0.0200833655642112, 0.0401667311284225, 0.0200833655642112]   # RBJ low-pass fc=fs/20, Q=0.7071
a_lp = [1.0, -1.5610180758007182, 0.6413515380575631]
step = [1.0] * 8
imp = [1.0] + [0.0] * 7
sig = [0.0, 1.0, 0.0, -1.0, 0.0, 1.0, 0.0, -1.0, 0.0, 1.0]
def bq(x, b, a): return F(signal.lfilter(b, a, np.asarray(x, float)))
task('biquad-filter', 'IIR biquad (second-order section) filter',
 '''Expected values: scipy.signal.lfilter(b, a, x) with zero initial state (independent of the
reference); the coefficients are those of an RBJ-cookbook low-pass at fs/20, Q = 0.7071;
"impulse" starts with b0 and then b1 - a1*b0 (0.0714...), checked by hand.''',
 'Filter a sensor series with one IIR biquad section, as in a fixed-rate sensor pipeline.',
 '''Direct form: y[n] = b0 x[n] + b1 x[n-1] + b2 x[n-2] - a1 y[n-1] - a2 y[n-2], with every
value before the first sample taken as 0. The coefficients are given normalised (a0 = 1).''',
 '''`x` (list of float): the samples. `b` (list of 3 float): b0, b1, b2. `a` (list of 3 float):
1.0, a1, a2.''',
 'A list of float, same length as x. Raise ValueError when b or a does not have 3 values or a[0] != 1.',
 'biquad', 'def biquad(x: list[float], b: list[float], a: list[float]) -> list[float]',
 [('impulse', [imp, b_lp, a_lp], bq(imp, b_lp, a_lp)),
  ('step', [step, b_lp, a_lp], bq(step, b_lp, a_lp)),
  ('nyquist-ish', [sig, b_lp, a_lp], bq(sig, b_lp, a_lp)),
  ('pass-through', [sig, [1.0, 0.0, 0.0], [1.0, 0.0, 0.0]], sig),
  ('empty', [[], b_lp, a_lp], []),
  ('bad-a0', [sig, b_lp, [2.0, 0.1, 0.1]], 'raises', 'ValueError')],
 abs_tol=1e-12, rel_tol=1e-9)

# dc blocker
dcs = [5.0, 5.5, 4.5, 5.0, 5.2, 4.8, 5.0]
def dcb(x, r): return F(signal.lfilter([1, -1], [1, -r], np.asarray(x, float)))
task('dc-blocker', 'DC-blocking high-pass filter',
 '''Expected values: scipy.signal.lfilter([1, -1], [1, -r], x) (zero initial state); "constant"
by hand: the first output is the first sample, then it decays by r each step.''',
 'Remove the DC offset (e.g. the bias of an analog sensor) from a series with the classic one-pole DC blocker.',
 '''y[n] = x[n] - x[n-1] + r * y[n-1], with x[-1] = 0 and y[-1] = 0.''',
 '`x` (list of float): the samples. `r` (float): the pole radius, 0 <= r < 1 (typically 0.995).',
 'A list of float, same length as x. Raise ValueError when r is outside [0, 1).',
 'dc_block', 'def dc_block(x: list[float], r: float) -> list[float]',
 [('sensor', [dcs, 0.9], dcb(dcs, 0.9)),
  ('constant', [[2.0] * 5, 0.5], [2.0, 1.0, 0.5, 0.25, 0.125]),
  ('r-zero', [dcs, 0.0], dcb(dcs, 0.0)),
  ('single', [[3.0], 0.99], [3.0]),
  ('empty', [[], 0.99], []),
  ('r-one', [dcs, 1.0], 'raises', 'ValueError')],
 abs_tol=1e-12)
