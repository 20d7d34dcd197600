import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import task
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

task('debounce', 'Debounce a push button',
 '''Expected values by hand with the rule: the output changes only after n consecutive equal raw
samples that differ from it. "bouncy" (n = 3): 0 0 1 0 1 1 1 1 0 1 0 0 0 -> the output turns
1 at index 6 (third 1 of the run 4-6) and 0 at index 12 (third 0 of the run 10-12).''',
 'Debounce the raw samples of a mechanical switch read at a fixed rate.',
 '''The output starts at `initial`. At each sample, if the last n raw samples (including this
one) are all equal and differ from the current output, the output switches to that value.
Return the output after every sample.''',
 '`raw` (list of int, 0 or 1). `n` (int): samples needed to accept a change, >= 1. `initial` (int): the starting output.',
 'A list of int, one per sample. Raise ValueError when n < 1.',
 'debounce', 'def debounce(raw: list[int], n: int, initial: int) -> list[int]',
 [('bouncy', [[0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 0, 0, 0], 3, 0], [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0]),
  ('n-1-follows', [[1, 0, 1, 1], 1, 0], [1, 0, 1, 1]),
  ('never-stable', [[1, 0, 1, 0, 1, 0], 2, 0], [0, 0, 0, 0, 0, 0]),
  ('initial-high', [[1, 1, 0, 0], 2, 1], [1, 1, 1, 0]),
  ('empty', [[], 3, 0], []),
  ('bad-n', [[1], 0, 0], 'raises', 'ValueError')])

task('hysteresis-threshold', 'Threshold with hysteresis (e.g. a fan controller)',
 '''Expected values by hand: on above 30, off below 25, starting off: 24 off, 28 off, 31 on,
27 on (inside the band), 24.9 off, 26 off, 30 off (not strictly above), 30.1 on.''',
 'Switch an output on and off from a temperature with hysteresis, so it does not chatter near the threshold.',
 '''Start with the output off. A value strictly above `on_above` turns it on; a value strictly
below `off_below` turns it off; values in between keep the current state.''',
 '`x` (list of float). `on_above`, `off_below` (float), off_below <= on_above.',
 'A list of bool, the state after each value. Raise ValueError when off_below > on_above.',
 'hysteresis', 'def hysteresis(x: list[float], on_above: float, off_below: float) -> list[bool]',
 [('fan', [[24.0, 28.0, 31.0, 27.0, 24.9, 26.0, 30.0, 30.1], 30.0, 25.0], [False, False, True, True, False, False, False, True]),
  ('no-band', [[1.0, 2.0, 1.0], 1.5, 1.5], [False, True, False]),
  ('always-high', [[50.0, 40.0], 30.0, 25.0], [True, True]),
  ('empty', [[], 1.0, 0.0], []),
  ('inverted', [[1.0], 1.0, 2.0], 'raises', 'ValueError')])

task('ring-buffer', 'Fixed-size ring buffer that overwrites the oldest sample',
 '''Expected values by hand, simulating the operations: capacity 3: push 1, 2, 3, 4 overwrites 1;
pops give 2, 3, 4, then None (empty). "interleaved" and "peek-size" likewise.''',
 'Simulate the ring buffer a sensor driver uses between an interrupt handler and the main loop.',
 '''The buffer holds at most `capacity` values. Operations: ["push", v] appends v, dropping the
oldest value when full; ["pop"] removes and returns the oldest value (None when empty);
["peek"] returns the oldest without removing it (None when empty); ["size"] returns the number
of values held.''',
 '`capacity` (int): >= 1. `ops` (list of lists): the operations in order.',
 'The list of results of the pop, peek and size operations, in order (push yields nothing). Raise ValueError for capacity < 1 or an unknown operation.',
 'ring_buffer', 'def ring_buffer(capacity: int, ops: list[list]) -> list',
 [('overwrite', [3, [['push', 1], ['push', 2], ['push', 3], ['push', 4], ['pop'], ['pop'], ['pop'], ['pop']]], [2, 3, 4, None]),
  ('interleaved', [2, [['push', 'a'], ['pop'], ['push', 'b'], ['push', 'c'], ['push', 'd'], ['pop'], ['push', 'e'], ['pop'], ['pop']]], ['a', 'c', 'd', 'e']),
  ('peek-size', [4, [['size'], ['peek'], ['push', 7.5], ['push', 8.5], ['peek'], ['size'], ['pop'], ['size']]], [0, None, 7.5, 2, 7.5, 1]),
  ('capacity-1', [1, [['push', 1], ['push', 2], ['size'], ['pop'], ['pop']]], [1, 2, None]),
  ('no-ops', [5, []], []),
  ('unknown-op', [2, [['push', 1], ['shift']]], 'raises', 'ValueError'),
  ('zero-capacity', [0, []], 'raises', 'ValueError')])

task('send-on-delta', 'Send-on-delta reporting (deadband)',
 '''Expected values by hand: the first sample is always sent; then a sample is sent when it differs
from the last sent value by at least the deadband: 20.0 sent; 20.3 no (0.3); 20.5 yes (0.5);
20.2 no (0.3 from 20.5); 19.9 yes (0.6); 19.9 no.''',
 'Decide which readings an IoT node transmits under a send-on-delta policy that saves radio energy.',
 '''The first reading is sent. Every later reading is sent when |reading - last sent reading| >=
deadband (compare the difference rounded to 9 decimals, so that 20.5 - 20.0 counts as 0.5).''',
 '`x` (list of float): readings. `deadband` (float): >= 0.',
 'The indices of the readings that are sent (list of int). Raise ValueError when deadband < 0.',
 'send_on_delta', 'def send_on_delta(x: list[float], deadband: float) -> list[int]',
 [('temperature', [[20.0, 20.3, 20.5, 20.2, 19.9, 19.9], 0.5], [0, 2, 4]),
  ('zero-deadband', [[1.0, 1.0, 2.0], 0.0], [0, 1, 2]),
  ('drift-not-accumulated', [[0.0, 0.4, 0.8, 1.2], 1.0], [0, 3]),
  ('single', [[5.0], 1.0], [0]),
  ('empty', [[], 1.0], []),
  ('negative', [[1.0], -0.1], 'raises', 'ValueError')])

task('duty-cycle', 'Duty cycle of a thresholded signal',
 '''Expected values by hand: 3 of 8 samples at or above 2.5 -> 0.375; all above -> 1; none -> 0.''',
 'Compute the share of time a signal spends at or above a threshold, e.g. how long a pump runs.',
 'Duty cycle = (number of samples >= threshold) / (number of samples).',
 '`x` (list of float). `threshold` (float).',
 'A float in [0, 1]. Raise ValueError for an empty series.',
 'duty_cycle', 'def duty_cycle(x: list[float], threshold: float) -> float',
 [('pwm', [[0.1, 3.3, 3.3, 0.0, 0.2, 3.2, 0.1, 0.0], 2.5], 0.375), ('at-threshold', [[2.5, 2.4], 2.5], 0.5),
  ('always-on', [[5.0] * 3, 1.0], 1.0), ('never-on', [[0.0] * 4, 1.0], 0.0),
  ('empty', [[], 1.0], 'raises', 'ValueError')])

curve_v = [3.0, 3.5, 3.7, 3.9, 4.2]
curve_p = [0.0, 10.0, 50.0, 80.0, 100.0]
task('battery-percentage', 'Battery state of charge from voltage',
 '''Expected values: numpy.interp(v, curve_v, curve_p) (independent of the reference), and by
hand: 3.6 V is halfway between 3.5 (10 %) and 3.7 (50 %) -> 30 %; below 3.0 V -> 0; above
4.2 V -> 100.''',
 'Estimate a Li-ion battery\'s state of charge from its voltage with a discharge curve table.',
 '''The curve is a list of (voltage, percent) points with increasing voltages. Interpolate
linearly between the two points around v; below the first point return its percent, above the
last point return its percent.''',
 '`v` (float): battery voltage. `curve_v`, `curve_p` (list of float): the table, same length >= 2, curve_v increasing.',
 'The percentage (float). Raise ValueError when the table has fewer than 2 points or the lists differ in length.',
 'battery_percent', 'def battery_percent(v: float, curve_v: list[float], curve_p: list[float]) -> float',
 [('mid', [3.6, curve_v, curve_p], float(np.interp(3.6, curve_v, curve_p))),
  ('on-point', [3.9, curve_v, curve_p], 80.0), ('empty-battery', [2.8, curve_v, curve_p], 0.0),
  ('charging', [4.35, curve_v, curve_p], 100.0), ('upper-segment', [4.0, curve_v, curve_p], float(np.interp(4.0, curve_v, curve_p))),
  ('short-table', [3.7, [3.7], [50.0]], 'raises', 'ValueError')],
 abs_tol=1e-9)

task('timestamp-gaps', 'Find gaps in a sensor\'s timestamps',
 '''Expected values by hand: nominal period 1.0 s, factor 1.5: the differences of [0, 1, 2, 4.5,
5.5, 9] are 1, 1, 2.5, 1, 3.5 -> gaps after indices 2 and 4, lasting 2.5 and 3.5 s.''',
 'Detect where a sensor stream lost samples, from its timestamps.',
 '''A gap is a pair of consecutive timestamps t[i], t[i+1] with t[i+1] - t[i] > factor * period.
Timestamps must not decrease.''',
 '`t` (list of float): timestamps in seconds. `period` (float): the nominal sample period, > 0. `factor` (float): > 1.',
 'A list of [i, duration] pairs: the index before each gap and the gap\'s length t[i+1] - t[i]. Raise ValueError when timestamps decrease.',
 'find_gaps', 'def find_gaps(t: list[float], period: float, factor: float) -> list[list]',
 [('two-gaps', [[0.0, 1.0, 2.0, 4.5, 5.5, 9.0], 1.0, 1.5], [[2, 2.5], [4, 3.5]]),
  ('jitter-ok', [[0.0, 0.11, 0.19, 0.3], 0.1, 1.5], []),
  ('border', [[0.0, 1.5, 3.1], 1.0, 1.5], [[1, 1.6]]),
  ('single', [[5.0], 1.0, 1.5], []),
  ('empty', [[], 1.0, 1.5], []),
  ('decreasing', [[0.0, 2.0, 1.0], 1.0, 1.5], 'raises', 'ValueError')],
 abs_tol=1e-9)

def rmax(x, n):
    a = np.asarray(x, float)
    return [float(v) for v in sliding_window_view(a, n).max(axis=1)] if len(a) >= n else []
pk = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0]
task('rolling-max', 'Rolling maximum over a window',
 '''Expected values: numpy sliding_window_view(x, n).max(axis=1) (independent of the reference);
"window-3" by hand: 4, 4, 5, 9, 9, 9.''',
 'Track the running peak of a signal (e.g. the peak current over the last n samples).',
 'Output i is max(x[i], ..., x[i+n-1]); only full windows are produced (len(x) - n + 1 values, none when n > len(x)).',
 '`x` (list of float). `n` (int): window length, >= 1.',
 'A list of float. Raise ValueError when n < 1.',
 'rolling_max', 'def rolling_max(x: list[float], n: int) -> list[float]',
 [('window-3', [pk, 3], rmax(pk, 3)), ('window-1', [pk, 1], pk), ('whole', [pk, 8], [9.0]),
  ('decreasing', [[5.0, 4.0, 3.0, 2.0], 2], [5.0, 4.0, 3.0]), ('too-long', [pk, 9], []),
  ('empty', [[], 2], []), ('bad-n', [pk, 0], 'raises', 'ValueError')])

def rrf(rr, tol):
    med = float(np.median(rr))
    return [float(v) for v in rr if abs(v - med) <= tol * med]
rrs = [810.0, 805.0, 400.0, 820.0, 1650.0, 798.0, 812.0]
task('rr-artifact-filter', 'Remove RR interval artefacts',
 '''Expected values: numpy.median and the rule of the specification, and by hand: the median of
the 7 intervals is 810; 20 % of it is 162, so 400 (a missed-beat split) and 1650 (a missed beat)
are removed.''',
 'Clean the RR intervals of a wearable before computing heart-rate variability: drop intervals far from the median (missed or extra beats).',
 '''Let m be the median of all intervals (the mean of the two middle values for an even count).
Keep the intervals r with |r - m| <= tol * m, in their original order.''',
 '`rr_ms` (list of float): RR intervals. `tol` (float): relative tolerance, e.g. 0.2.',
 'The kept intervals (list of float). An empty input gives [].',
 'filter_rr', 'def filter_rr(rr_ms: list[float], tol: float) -> list[float]',
 [('artefacts', [rrs, 0.2], rrf(rrs, 0.2)), ('clean', [[800.0, 810.0, 790.0], 0.2], [800.0, 810.0, 790.0]),
  ('even-count', [[700.0, 800.0, 900.0, 2000.0], 0.2], rrf([700.0, 800.0, 900.0, 2000.0], 0.2)),
  ('single', [[900.0], 0.1], [900.0]), ('empty', [[], 0.2], [])])
