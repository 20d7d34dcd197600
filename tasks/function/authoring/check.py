# Authoring check: runs a task's solution (or a given file) through the real driver, no sandbox.
import json, os, shutil, subprocess, sys, tempfile, yaml, math
ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..'))
DRIVER = ROOT + '/harness/src/main/resources/org/aiotbench/family/function/driver.py'
def conv(v):
    if isinstance(v, float) and math.isnan(v): return v
    return v
def run(task, module=None, quiet=False):
    t = yaml.safe_load(open(f'{ROOT}/tasks/function/{task}.yaml'))
    s = t['scoring']
    cases = []
    for i, c in enumerate(s['tests']):
        d = {'name': c.get('name', f'test-{i}'), 'args': c['args']}
        if 'raises' in c: d['raises'] = c['raises']
        else: d['expect'] = c['expect']
        for k in ('abs_tol','rel_tol','timeout_seconds'):
            if k in c: d[k] = c[k]
        cases.append(d)
    w = tempfile.mkdtemp()
    os.makedirs(w + '/candidate'); os.makedirs(w + '/output')
    shutil.copy(DRIVER, w + '/aiotbench_driver.py')
    shutil.copy(module or f'{ROOT}/tasks/function/solutions/{task}/main.py', w + '/candidate/main.py')
    spec = {'key': 'ab'*16, 'run': 'x', 'function': s['function'], 'module': 'candidate/main.py',
            'abs_tol': s.get('abs_tol', 1e-9), 'rel_tol': s.get('rel_tol', 1e-9), 'nan_equal': s.get('nan_equal', True),
            'timeout_seconds': s.get('timeout_seconds', 2), 'import_timeout_seconds': 10, 'budget_seconds': 50, 'cases': cases}
    p = subprocess.run([sys.executable, 'aiotbench_driver.py', '/data', w + '/output'], cwd=w, input=json.dumps(spec).encode())
    v = json.loads(json.load(open(w + '/output/verdict.json'))['payload'])
    bad = [x for x in v['tests'] if x['outcome'] != 'pass']
    if v['import_error']: bad = [{'import_error': v['import_error']}]
    shutil.rmtree(w)
    if not quiet:
        print(task, 'OK' if not bad else 'FAIL', len(v['tests']), 'tests', bad)
    return not bad
if __name__ == '__main__':
    args = sys.argv[1:]
    if len(args) == 2 and args[1].endswith(".py"): run(args[0], args[1])
    else:
        for a in args: run(a)
