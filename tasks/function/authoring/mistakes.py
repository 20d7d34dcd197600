# Writes tasks/samples/function-mistakes-py/<task>/<NN>-<label>.py. Labels starting with
# "correct" must pass every test; all others must fail at least one.
import os, shutil
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
OUT = ROOT + '/samples/function-mistakes-py'
SOL = ROOT + '/function/solutions'
shutil.rmtree(OUT, ignore_errors=True)
def ref(task): return open(f'{SOL}/{task}/main.py').read()
def w(task, samples):
    d = f'{OUT}/{task}'; os.makedirs(d, exist_ok=True)
    for i, (label, code) in enumerate(samples):
        open(f'{d}/{i:02d}-{label}.py', 'w').write(code.lstrip('\n'))
def sub(task, old, new):
    s = ref(task); assert old in s, (task, old); return s.replace(old, new)

# --- crc16-modbus: 10 samples (3 correct, 7 typical CRC mistakes) ---
crc_ok = ref('crc16-modbus')
crc_alt = '''
def crc16_modbus(data):
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xA001 if c & 1 else c >> 1
        table.append(c)
    crc = 0xFFFF
    for b in data:
        crc = (crc >> 8) ^ table[(crc ^ b) & 0xFF]
    return crc
'''
w('crc16-modbus', [
    ('wrong-init-zero', sub('crc16-modbus', 'crc = 0xFFFF', 'crc = 0x0000')),
    ('correct', crc_ok),
    ('unreflected-poly', '''
def crc16_modbus(data):
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x8005) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
'''),
    ('byte-swapped', sub('crc16-modbus', '    return crc', '    return ((crc & 0xFF) << 8) | (crc >> 8)')),
    ('correct-table', crc_alt),
    ('final-xor', sub('crc16-modbus', '    return crc', '    return crc ^ 0xFFFF')),
    ('wrong-init-zero', sub('crc16-modbus', 'crc = 0xFFFF', 'crc = 0x0000')),
    ('seven-shifts', sub('crc16-modbus', 'range(8)', 'range(7)')),
    ('correct', crc_ok),
    ('byte-swapped', sub('crc16-modbus', '    return crc', '    return ((crc & 0xFF) << 8) | (crc >> 8)')),
])

# --- moving-average: 10 samples (5 correct, 3 off-by-one, 2 missing validation) ---
ma_ok = ref('moving-average')
ma_np = '''
import numpy as np


def moving_average(x, n):
    if n < 1:
        raise ValueError("n must be >= 1")
    if len(x) < n:
        return []
    return np.convolve(np.asarray(x, dtype=float), np.ones(n) / n, mode="valid")
'''
ma_off = '''
def moving_average(x, n):
    if n < 1:
        raise ValueError("n must be >= 1")
    return [sum(x[i:i + n]) / n for i in range(len(x) - n)]
'''
ma_noval = '''
def moving_average(x, n):
    return [sum(x[i:i + n]) / n for i in range(len(x) - n + 1)]
'''
w('moving-average', [('off-by-one', ma_off), ('correct', ma_ok), ('correct-numpy', ma_np), ('no-validation', ma_noval),
                     ('correct', ma_ok), ('off-by-one', ma_off), ('correct-numpy', ma_np), ('off-by-one', ma_off),
                     ('no-validation', ma_noval), ('correct', ma_ok)])

# --- float-to-q15: 10 samples (2 correct, 4 banker's rounding, 4 no saturation) ---
q_ok = ref('float-to-q15')
q_bank = '''
def to_q15(x):
    return [max(-32768, min(32767, round(v * 32768))) for v in x]
'''
q_nosat = '''
import math


def to_q15(x):
    return [int(math.floor(abs(v * 32768) + 0.5)) * (1 if v >= 0 else -1) for v in x]
'''
w('float-to-q15', [('python-round', q_bank), ('no-saturation', q_nosat), ('correct', q_ok), ('python-round', q_bank),
                   ('no-saturation', q_nosat), ('python-round', q_bank), ('no-saturation', q_nosat), ('correct', q_ok),
                   ('python-round', q_bank), ('no-saturation', q_nosat)])

# --- nmea-checksum: 10 samples (6 correct, 2 XOR includes '$', 2 crash on a missing '*') ---
n_ok = ref('nmea-checksum')
n_dollar = sub('nmea-checksum', '    for ch in body:', '    for ch in "$" + body:')
n_crash = '''
def nmea_checksum_ok(sentence):
    s = sentence.strip()
    body, given = s[1:].split("*")
    value = 0
    for ch in body:
        value ^= ord(ch)
    return s.startswith("$") and value == int(given, 16)
'''
w('nmea-checksum', [('includes-dollar', n_dollar), ('correct', n_ok), ('correct', n_ok), ('crashes-without-star', n_crash),
                    ('correct', n_ok), ('includes-dollar', n_dollar), ('correct', n_ok), ('correct', n_ok),
                    ('crashes-without-star', n_crash), ('correct', n_ok)])

# --- one typical mistake each ---
w('crc8-smbus', [('reflected', '''
def crc8_smbus(data):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xE0 if crc & 1 else crc >> 1
    return crc
''')])
w('crc32', [('no-final-xor', sub('crc32', '    return crc ^ 0xFFFFFFFF', '    return crc'))])
w('exponential-moving-average', [('starts-at-zero', '''
def ema(x, alpha):
    if not 0 < alpha <= 1:
        raise ValueError("alpha must be in (0, 1]")
    out, y = [], 0.0
    for v in x:
        y = alpha * v + (1 - alpha) * y
        out.append(y)
    return out
''')])
w('median-filter', [('zero-padding', '''
def median_filter(x, k):
    if k < 1 or k % 2 == 0:
        raise ValueError("k must be odd and >= 1")
    h = k // 2
    padded = [0.0] * h + list(x) + [0.0] * h
    return [sorted(padded[i:i + k])[h] for i in range(len(x))]
''')])
w('nmea-gga-position', [('ignores-hemisphere', sub('nmea-gga-position', '    return -deg if hemisphere in ("S", "W") else deg', '    return deg'))])
w('rms', [('empty-returns-zero', '''
import math


def rms(x):
    if not x:
        return 0.0
    return math.sqrt(sum(v * v for v in x) / len(x))
''')])
w('hrv-sdnn', [('population-std', '''
import statistics


def sdnn(rr_ms):
    if len(rr_ms) < 2:
        raise ValueError("need at least 2 intervals")
    return statistics.pstdev(rr_ms)
''')])
w('zero-crossings', [('product-rule', '''
def zero_crossings(x):
    return [i for i in range(1, len(x)) if x[i - 1] * x[i] < 0]
''')])
w('unix-to-iso8601', [('naive-leap-years', '''
import math


def to_iso8601(t):
    s = math.floor(t)
    days, rem = divmod(s, 86400)
    y = 1970
    if days >= 0:
        while days >= (366 if y % 4 == 0 else 365):
            days -= 366 if y % 4 == 0 else 365
            y += 1
    else:
        while days < 0:
            y -= 1
            days += 366 if y % 4 == 0 else 365
    lengths = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    m = 0
    while days >= lengths[m]:
        days -= lengths[m]
        m += 1
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m + 1, days + 1, rem // 3600, rem % 3600 // 60, rem % 60)
''')])
w('ring-buffer', [('drops-newest', '''
def ring_buffer(capacity, ops):
    if capacity < 1:
        raise ValueError("capacity must be >= 1")
    buf, out = [], []
    for op in ops:
        if op[0] == "push":
            if len(buf) < capacity:
                buf.append(op[1])
        elif op[0] == "pop":
            out.append(buf.pop(0) if buf else None)
        elif op[0] == "peek":
            out.append(buf[0] if buf else None)
        elif op[0] == "size":
            out.append(len(buf))
        else:
            raise ValueError("unknown operation")
    return out
''')])
w('step-count', [('no-min-interval', '''
def count_steps(mag, fs, high, low, min_interval_s):
    if low >= high:
        raise ValueError("low must be below high")
    armed, steps = True, 0
    for v in mag:
        if armed and v > high:
            steps += 1
            armed = False
        elif not armed and v < low:
            armed = True
    return steps
''')])
w('peak-detection', [('greedy-left-to-right', '''
def find_peaks(x, height, distance):
    if distance < 1:
        raise ValueError("distance must be >= 1")
    kept = []
    for i in range(1, len(x) - 1):
        if x[i] > x[i - 1] and x[i] > x[i + 1] and x[i] >= height:
            if not kept or i - kept[-1] >= distance:
                kept.append(i)
    return kept
''')])
w('cobs-encode', [('extra-code-after-full-block', '''
def cobs_encode(data):
    out, group = bytearray(), bytearray()
    for b in data:
        if b == 0:
            out.append(len(group) + 1)
            out += group
            group = bytearray()
        else:
            group.append(b)
            if len(group) == 254:
                out.append(0xFF)
                out += group
                group = bytearray()
    out.append(len(group) + 1)
    out += group
    return bytes(out)
''')])
w('slip-decode', [('loops-on-bad-escape', '''
def slip_decode(stream):
    packets, current, i = [], bytearray(), 0
    while i < len(stream):
        b = stream[i]
        if b == 0xC0:
            if current:
                packets.append(bytes(current))
            current = bytearray()
            i += 1
        elif b == 0xDB:
            nxt = stream[i + 1] if i + 1 < len(stream) else None
            if nxt == 0xDC:
                current.append(0xC0)
                i += 2
            elif nxt == 0xDD:
                current.append(0xDB)
                i += 2
            # any other byte: forgot to advance, so the loop never ends
        else:
            current.append(b)
            i += 1
    return packets
''')])
w('modbus-read-response', [('no-crc-check', '''
def parse_read_response(frame):
    if len(frame) < 5:
        raise ValueError("frame too short")
    address, function = frame[0], frame[1]
    if function == 0x83:
        return {"address": address, "exception": frame[2]}
    count = frame[2]
    regs = [(frame[i] << 8) | frame[i + 1] for i in range(3, 3 + count, 2)]
    return {"address": address, "registers": regs}
''')])
w('debounce', [('no-reset-on-bounce', '''
def debounce(raw, n, initial):
    if n < 1:
        raise ValueError("n must be >= 1")
    out, state, seen = [], initial, 0
    for v in raw:
        if v != state:
            seen += 1  # never reset by a bounce back
        if seen >= n:
            state, seen = v, 0
        out.append(state)
    return out
''')])
w('internet-checksum', [('no-carry-fold', '''
def internet_checksum(data):
    if len(data) % 2:
        data = bytes(data) + b"\\x00"
    total = 0
    for i in range(0, len(data), 2):
        total += (data[i] << 8) | data[i + 1]
    return ~total & 0xFFFF
''')])
