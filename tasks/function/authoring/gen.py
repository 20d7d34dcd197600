# Authoring helper: writes a task YAML from a compact definition. Expected
# values are given by the caller, computed with numpy/scipy or by hand, never by the reference.
import math, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def y(v):
    if v is None: return 'null'
    if v is True: return 'true'
    if v is False: return 'false'
    if isinstance(v, bytes): return '{$bytes: "%s"}' % v.hex().upper()
    if isinstance(v, int): return str(v)
    if isinstance(v, float):
        if math.isnan(v): return '{$float: nan}'
        if math.isinf(v): return '{$float: inf}' if v > 0 else '{$float: -inf}'
        r = float.__repr__(float(v))
        if 'e' in r and '.' not in r.split('e')[0]:
            a, b = r.split('e'); r = a + '.0e' + b
        return r
    if isinstance(v, str):
        import json; return json.dumps(v)
    if isinstance(v, dict): return '{' + ', '.join('%s: %s' % (k, y(x)) for k, x in v.items()) + '}'
    if hasattr(v, 'tolist'): return y(v.tolist())
    if isinstance(v, (list, tuple)): return '[' + ', '.join(y(x) for x in v) + ']'
    raise TypeError(type(v))
def block(text, indent=4):
    return '|\n' + ''.join(' ' * indent + l + '\n' if l.strip() else '\n' for l in text.strip('\n').split('\n'))
def task(id, title, comment, target, remarks, input, output, function, signature, tests, **scoring):
    lines = ['# ' + l for l in comment.strip().split('\n')]
    out = '\n'.join(lines) + '\n'
    out += 'id: %s\nversion: 1\nfamily: function\ntitle: %s\ndataset:\n  id: function-args\nprompt:\n' % (id, y(title))
    out += '  target: ' + block(target) + '  remarks: ' + block(remarks) + '  input: ' + block(input) + '  output: ' + block(output)
    out += 'runtimes: [python]\nlimits: {wall_seconds: 60, memory_mb: 512}\nscoring:\n'
    out += '  function: %s\n  signature: "%s"\n' % (function, signature)
    for k, v in scoring.items():
        out += '  %s: %s\n' % (k, y(v))
    out += '  tests:\n'
    for t in tests:
        name, args = t[0], t[1]
        out += '    - name: %s\n      args: %s\n' % (name, y(list(args)))
        if len(t) > 2 and isinstance(t[2], str) and t[2] == 'raises':
            out += '      raises: %s\n' % t[3]
        else:
            out += '      expect: %s\n' % y(t[2])
            for k, v in (t[3] if len(t) > 3 else {}).items():
                out += '      %s: %s\n' % (k, y(v))
    open(os.path.join(ROOT, id + '.yaml'), 'w').write(out)
