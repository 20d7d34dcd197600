import os, sys; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import task
import numpy as np

task('adc-to-voltage', 'ADC counts to voltage',
 '''Expected values by hand: 12-bit, 3.3 V reference: 4095 -> 3.3 V (full scale maps to vref),
2048 -> 2048 * 3.3 / 4095 = 1.65040..., 0 -> 0; 10-bit 5 V: 512 -> 512 * 5 / 1023 = 2.50244...''',
 'Convert raw readings of an ADC to volts.',
 '''An n-bit ADC gives counts 0 .. 2^n - 1, where 2^n - 1 corresponds to the reference voltage:
volts = counts * vref / (2^n - 1).''',
 '`counts` (list of int): raw readings. `bits` (int): resolution, 1..32. `vref` (float): reference voltage.',
 'A list of float (volts). Raise ValueError when a reading is outside 0 .. 2^bits - 1.',
 'adc_to_volts', 'def adc_to_volts(counts: list[int], bits: int, vref: float) -> list[float]',
 [('twelve-bit', [[0, 2048, 4095], 12, 3.3], [0.0, 2048 * 3.3 / 4095, 3.3]),
  ('ten-bit', [[512, 1023], 10, 5.0], [512 * 5.0 / 1023, 5.0]),
  ('one-bit', [[0, 1], 1, 1.8], [0.0, 1.8]),
  ('empty', [[], 12, 3.3], []),
  ('out-of-range', [[4096], 12, 3.3], 'raises', 'ValueError'),
  ('negative', [[-1], 12, 3.3], 'raises', 'ValueError')])

task('float-to-q15', 'Float to Q15 fixed point with saturation',
 '''Expected values by hand: 0.5 * 32768 = 16384; -0.5 -> -16384; 1.0 saturates to 32767; -1.0
is exactly -32768; 0.25 + 1/65536 -> 8192.5 -> rounds half away from zero to 8193 (Python's
round() would give 8192: the trap this case is for); -8192.5 -> -8193; 2.0 -> 32767.''',
 'Convert samples to Q15 fixed point for a DSP or microcontroller that has no floating point unit.',
 '''Q15 stores v as the int16 round(v * 32768). Round half away from zero (2.5 -> 3, -2.5 -> -3),
then saturate to the int16 range -32768 .. 32767.''',
 '`x` (list of float): samples, nominally in [-1, 1).',
 'A list of int.',
 'to_q15', 'def to_q15(x: list[float]) -> list[int]',
 [('halves', [[0.5, -0.5, 0.0]], [16384, -16384, 0]),
  ('saturate', [[1.0, -1.0, 2.0, -3.0]], [32767, -32768, 32767, -32768]),
  ('round-half-away', [[0.25 + 1 / 65536, -(0.25 + 1 / 65536)]], [8193, -8193]),
  ('small', [[1 / 32768, 0.4 / 32768, 0.6 / 32768]], [1, 0, 1]),
  ('empty', [[]], [])])

task('quantize-uniform', 'Uniform quantiser',
 '''Expected values by hand: step 0.5 on [0, 2]: 0.74 -> level 1 (0.5) since 0.74/0.5 = 1.48;
0.75 -> 1.5 -> half away from zero -> level 2 (1.0); 2.3 clips to 2.0; -0.2 clips to 0.0;
levels are reported as values, lo + k * step.''',
 'Quantise sensor values to the levels a low-resolution transmitter can send.',
 '''Levels are lo, lo + step, lo + 2 step, ... up to hi (hi - lo is a whole number of steps).
Clip each value to [lo, hi], then map it to the nearest level, k = round((v - lo) / step) with
halves rounded away from zero, and return lo + k * step.''',
 '`x` (list of float). `lo`, `hi` (float): range, lo < hi. `step` (float): > 0.',
 'A list of float. Raise ValueError when step <= 0 or lo >= hi.',
 'quantize', 'def quantize(x: list[float], lo: float, hi: float, step: float) -> list[float]',
 [('basic', [[0.74, 0.75, 1.2, 2.3, -0.2], 0.0, 2.0, 0.5], [0.5, 1.0, 1.0, 2.0, 0.0]),
  ('offset-range', [[-9.9, 0.1, 4.9], -10.0, 10.0, 2.0], [-10.0, 0.0, 4.0]),
  ('exact-levels', [[1.5, 1.75], 1.0, 2.0, 0.25], [1.5, 1.75]),
  ('empty', [[], 0.0, 1.0, 0.1], []),
  ('bad-step', [[1.0], 0.0, 1.0, 0.0], 'raises', 'ValueError')],
 abs_tol=1e-9)

task('twos-complement', 'Decode n-bit two\'s complement readings',
 '''Expected values by hand: 12-bit: 0x7FF = 2047, 0x800 = -2048, 0xFFF = -1; 16-bit 0x8000 =
-32768; 24-bit 0xFFFFFE = -2 (e.g. an ADS1220 ADC sample); 1 stays 1.''',
 'Decode signed readings that a sensor packs as n-bit two\'s complement numbers (e.g. 12-bit accelerometer axes).',
 'A raw value r in 0 .. 2^bits - 1 means r when r < 2^(bits-1), else r - 2^bits.',
 '`raw` (int): the unsigned field. `bits` (int): its width, 2..64.',
 'The signed int. Raise ValueError when raw does not fit in `bits` bits or is negative.',
 'from_twos_complement', 'def from_twos_complement(raw: int, bits: int) -> int',
 [('positive-max-12', [0x7FF, 12], 2047), ('negative-min-12', [0x800, 12], -2048),
  ('minus-one-12', [0xFFF, 12], -1), ('int16-min', [0x8000, 16], -32768),
  ('adc-24', [0xFFFFFE, 24], -2), ('one', [1, 8], 1),
  ('too-wide', [0x1000, 12], 'raises', 'ValueError')])

task('int16-le-samples', 'Little-endian int16 samples from a byte buffer',
 '''Expected values by hand: 01 00 -> 1; FF FF -> -1; 00 80 -> -32768; FF 7F -> 32767;
34 12 -> 0x1234 = 4660.''',
 'Decode the raw buffer of a microphone or IMU FIFO into signed 16-bit samples.',
 'Each sample is two bytes, low byte first, two\'s complement.',
 '`buf` (bytes): the buffer, an even number of bytes.',
 'A list of int. Raise ValueError for an odd number of bytes.',
 'int16_le', 'def int16_le(buf: bytes) -> list[int]',
 [('mixed', [bytes.fromhex('0100FFFF0080FF7F3412')], [1, -1, -32768, 32767, 4660]),
  ('single', [bytes.fromhex('FEFF')], [-2]),
  ('empty', [b''], []),
  ('odd', [bytes.fromhex('010203')], 'raises', 'ValueError'),
  ('zeros', [bytes(4)], [0, 0])])

task('bcd-time', 'Decode BCD time registers of a real-time clock',
 '''Expected values by hand from the BCD rule (high nibble tens, low nibble units): 0x59 -> 59,
0x23 -> 23, 0x00 -> 0; the seconds register of a DS1307 keeps its clock-halt flag in bit 7,
which is masked here as the specification says; 0x5A has a nibble > 9 and 0x60 minutes is out of
range.''',
 'Read the time from the BCD-coded registers of an RTC chip such as the DS1307 or DS3231.',
 '''The three registers are seconds, minutes and hours (24-hour mode). Each holds two BCD digits:
tens in the high nibble, units in the low nibble. Ignore bit 7 of the seconds register (a
status flag on some chips).''',
 '`regs` (bytes): exactly 3 bytes: seconds, minutes, hours.',
 '[hours, minutes, seconds] as ints. Raise ValueError when a digit is above 9, a value is out of range (seconds and minutes 0-59, hours 0-23) or there are not 3 bytes.',
 'bcd_time', 'def bcd_time(regs: bytes) -> list[int]',
 [('evening', [bytes.fromhex('594723')], [23, 47, 59]),
  ('midnight', [bytes.fromhex('000000')], [0, 0, 0]),
  ('halt-flag-masked', [bytes.fromhex('A51207')], [7, 12, 25]),
  ('bad-digit', [bytes.fromhex('5A0000')], 'raises', 'ValueError'),
  ('minutes-out-of-range', [bytes.fromhex('006000')], 'raises', 'ValueError'),
  ('short', [bytes.fromhex('0000')], 'raises', 'ValueError')])
