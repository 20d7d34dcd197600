"""aiotbench function-task driver: written by the harness, never by a generator.

Run in the sandbox as ``python3 aiotbench_driver.py INPUT_DIR OUTPUT_DIR`` with the task's
hidden test cases and a per-run secret key as JSON on stdin. It checks the candidate module's
function against every case and writes OUTPUT_DIR/verdict.json, authenticated with
HMAC-SHA256 under that key. The harness scores only a verdict whose MAC verifies.

Two processes, so that the candidate never shares memory with the expected values or the key:
- the supervisor (this process, started by the harness) reads stdin to the end, makes itself
  non-dumpable (no ptrace, no /proc/PID/mem for same-uid processes) and keeps cases and key;
- a worker (a fresh interpreter, ``--worker``; exec'd, not forked, so it inherits no copy of the
  supervisor's memory) imports the candidate and is sent one case's arguments at a time over a
  pipe; it answers with plain JSON, which the supervisor compares. A returned object cannot
  fake equality, and a case's expected value never leaves the supervisor.
A case that outruns its timeout or kills its worker fails alone: the worker's process group is
killed and a new worker imports the candidate again for the remaining cases.
"""
import os
import sys

# Isolated mode (-I): no script folder, user site or PYTHON* variables on the import path, so a
# file the candidate drops into /work can never stand in for a module this driver imports late.
# -B: no .pyc files written into the work folder.
if not sys.flags.isolated:
    os.execv(sys.executable, [sys.executable, "-I", "-B"] + sys.argv)

import hashlib  # noqa: E402  (after the re-exec on purpose)
import hmac  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import select  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import time  # noqa: E402

DRIVER_VERSION = 1
MAX_REPLY_BYTES = 16 << 20
DETAIL_CHARS = 300


# ---- values on the wire: JSON plus {"$bytes": hex} for byte strings and {"$float": "nan"} -----
# ---- ("inf", "-inf") for what task YAML cannot spell as a number --------------------------------

FLOATS = {"nan": float("nan"), "inf": float("inf"), "-inf": float("-inf")}


def decode(obj):
    if isinstance(obj, dict) and len(obj) == 1:
        if "$bytes" in obj:
            return bytes.fromhex(obj["$bytes"])
        if "$float" in obj and obj["$float"] in FLOATS:
            return FLOATS[obj["$float"]]
    return obj


def encode(v, depth=0):
    """Plain JSON data from what a candidate returns (NumPy arrays and scalars via tolist())."""
    if depth > 100:
        raise TypeError("return value nested too deeply")
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        return float(v)
    if isinstance(v, (bytes, bytearray, memoryview)):
        return {"$bytes": bytes(v).hex()}
    if isinstance(v, (list, tuple)):
        return [encode(x, depth + 1) for x in v]
    if isinstance(v, dict):
        return {str(k): encode(x, depth + 1) for k, x in v.items()}
    if hasattr(v, "tolist") and callable(v.tolist):
        return encode(v.tolist(), depth + 1)
    raise TypeError("unsupported return type " + type(v).__name__)


# ---- worker: imports the candidate and answers one case per line ---------------------------------

def worker(module_path, function_name):
    proto_in = os.fdopen(os.dup(0), "rb")
    proto_out = os.fdopen(os.dup(1), "wb")
    # The candidate's prints must not be mistaken for answers: fd 0 and 1 become /dev/null.
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    sys.stdin = open(0, "r", closefd=False)
    sys.stdout = open(1, "w", closefd=False)

    def send(obj):
        proto_out.write(json.dumps(obj, allow_nan=True).encode("utf-8") + b"\n")
        proto_out.flush()

    folder = os.path.dirname(os.path.abspath(module_path))
    sys.path.insert(0, folder)
    os.chdir(folder)
    try:
        spec = importlib.util.spec_from_file_location("main", module_path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["main"] = module
        spec.loader.exec_module(module)
        fn = getattr(module, function_name, None)
        if not callable(fn):
            send({"import_error": "the module defines no function '" + function_name + "'"})
            return
    except BaseException as e:  # noqa: BLE001 - whatever the candidate raises is its failure
        send({"import_error": describe(e)})
        return
    send({"ready": True})
    for line in proto_in:
        request = json.loads(line, object_hook=decode)
        try:
            value = fn(*request["args"])
            reply = {"ok": True, "value": encode(value)}
        except BaseException as e:  # noqa: BLE001
            reply = {"ok": False, "exc": type(e).__name__, "mro": [c.__name__ for c in type(e).__mro__],
                     "detail": describe(e)}
        try:
            send(reply)
        except (TypeError, ValueError) as e:
            send({"ok": False, "exc": "TypeError", "mro": ["TypeError"], "detail": "cannot report the result: " + str(e)})


def describe(e):
    text = type(e).__name__ + (": " + str(e) if str(e) else "")
    text = " ".join(text.split())
    return text[:DETAIL_CHARS]


# ---- supervisor -----------------------------------------------------------------------------------

def harden():
    """PR_SET_DUMPABLE = 0: same-uid processes may no longer ptrace us or read /proc/PID/mem."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(4, 0, 0, 0, 0) == 0
    except Exception:  # noqa: BLE001 - best effort; the verdict records whether it worked
        return False


class Worker:
    def __init__(self, spec, driver_path):
        module = os.path.abspath(spec["module"])
        self.proc = subprocess.Popen(
            [sys.executable, "-I", "-B", driver_path, "--worker", module, spec["function"]],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=None, close_fds=True,
            start_new_session=True, cwd=os.path.dirname(module))
        self.buffer = b""

    def send(self, obj):
        self.proc.stdin.write(json.dumps(obj, allow_nan=True).encode("utf-8") + b"\n")
        self.proc.stdin.flush()

    def receive(self, seconds):
        """The next reply, or 'timeout', or 'eof' (the worker died), or 'too-big'."""
        end = time.monotonic() + max(0.0, seconds)
        fd = self.proc.stdout.fileno()
        while b"\n" not in self.buffer:
            left = end - time.monotonic()
            if left <= 0:
                return "timeout"
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                return "timeout"
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                return "eof"
            self.buffer += chunk
            if len(self.buffer) > MAX_REPLY_BYTES:
                return "too-big"
        line, self.buffer = self.buffer.split(b"\n", 1)
        try:
            return json.loads(line, object_hook=decode)
        except ValueError:
            return "garbled"

    def kill(self):
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            self.proc.kill()
        except ProcessLookupError:
            pass
        self.proc.wait()

    def exit_note(self):
        try:
            code = self.proc.wait(timeout=1)
        except subprocess.TimeoutExpired:
            return "the worker stopped answering"
        return "the worker died (exit status %d)" % code if code >= 0 else "the worker was killed by signal %d" % -code


def mismatch(expected, actual, case, spec, path="result"):
    """None when actual matches expected, else a short reason."""
    abs_tol = case.get("abs_tol", spec["abs_tol"])
    rel_tol = case.get("rel_tol", spec["rel_tol"])
    if isinstance(expected, bool) or isinstance(actual, bool):
        if type(expected) is bool and type(actual) is bool and expected == actual:
            return None
        return "%s: expected %s, got %s" % (path, short(expected), short(actual))
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        if isinstance(expected, float) and math.isnan(expected):
            if isinstance(actual, float) and math.isnan(actual) and spec["nan_equal"]:
                return None
            return "%s: expected NaN, got %s" % (path, short(actual))
        if isinstance(actual, float) and math.isnan(actual):
            return "%s: expected %s, got NaN" % (path, short(expected))
        if isinstance(expected, int) and isinstance(actual, int):
            return None if expected == actual else "%s: expected %d, got %d" % (path, expected, actual)
        if math.isclose(actual, expected, rel_tol=rel_tol, abs_tol=abs_tol):
            return None
        return "%s: expected %s, got %s (abs_tol %g, rel_tol %g)" % (path, short(expected), short(actual), abs_tol, rel_tol)
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return "%s: expected a list, got %s" % (path, short(actual))
        if len(actual) != len(expected):
            return "%s: expected %d items, got %d" % (path, len(expected), len(actual))
        for i, (e, a) in enumerate(zip(expected, actual)):
            m = mismatch(e, a, case, spec, "%s[%d]" % (path, i))
            if m:
                return m
        return None
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return "%s: expected a mapping, got %s" % (path, short(actual))
        if set(actual) != set(expected):
            return "%s: expected keys %s, got %s" % (path, sorted(expected), sorted(actual))
        for k in sorted(expected):
            m = mismatch(expected[k], actual[k], case, spec, "%s[%r]" % (path, k))
            if m:
                return m
        return None
    if type(expected) is type(actual) and expected == actual:
        return None
    return "%s: expected %s, got %s" % (path, short(expected), short(actual))


def short(v):
    text = repr(v.hex() if isinstance(v, bytes) else v)
    return text if len(text) <= 80 else text[:77] + "..."


def supervise(output_dir):
    started = time.monotonic()
    spec = json.loads(sys.stdin.buffer.read().decode("utf-8"), object_hook=decode)
    key = bytes.fromhex(spec.pop("key"))
    hardened = harden()
    driver_path = os.path.abspath(sys.argv[0])
    budget_end = started + float(spec["budget_seconds"])
    results = []
    import_error = None
    worker_proc = None
    starts = 0
    cases = spec["cases"]
    for index, case in enumerate(cases):
        t0 = time.monotonic()
        left = budget_end - t0
        if left <= 0.05 or import_error is not None:
            why = "the run's time budget was spent" if import_error is None else "the module did not import"
            results.append({"name": case["name"], "outcome": "not_run", "detail": why, "ms": 0.0})
            continue
        if worker_proc is None:
            worker_proc = Worker(spec, driver_path)
            starts += 1
            hello = worker_proc.receive(min(spec["import_timeout_seconds"], left))
            if not (isinstance(hello, dict) and hello.get("ready")):
                if isinstance(hello, dict) and "import_error" in hello:
                    why = str(hello["import_error"])[:DETAIL_CHARS]
                elif hello == "timeout":
                    why = "importing the module took over %g s" % min(spec["import_timeout_seconds"], left)
                else:
                    why = "importing the module failed: " + worker_proc.exit_note()
                worker_proc.kill()
                worker_proc = None
                if index == 0:
                    import_error = why
                    results.append({"name": case["name"], "outcome": "not_run", "detail": why, "ms": 0.0})
                else:
                    # It imported before: count this case as failed and try again for the next.
                    results.append({"name": case["name"], "outcome": "crash", "detail": "re-import: " + why, "ms": 0.0})
                continue
        t0 = time.monotonic()
        try:
            worker_proc.send({"args": encode(case["args"])})
            reply = worker_proc.receive(min(float(case.get("timeout_seconds", spec["timeout_seconds"])),
                                            budget_end - time.monotonic()))
        except (BrokenPipeError, OSError):
            reply = "eof"
        ms = round((time.monotonic() - t0) * 1000, 3)
        if isinstance(reply, dict) and "ok" in reply:
            outcome, detail = judge(case, reply, spec)
        else:
            if reply == "timeout":
                outcome, detail = "timeout", "no result within %g s" % case.get("timeout_seconds", spec["timeout_seconds"])
            elif reply == "eof":
                outcome, detail = "crash", worker_proc.exit_note()
            else:
                outcome, detail = "crash", "unreadable reply (%s)" % reply
            worker_proc.kill()
            worker_proc = None
        results.append({"name": case["name"], "outcome": outcome, "detail": detail, "ms": ms})
    if worker_proc is not None:
        worker_proc.kill()
    payload = json.dumps({
        "driver": DRIVER_VERSION, "run": spec["run"], "function": spec["function"],
        "import_error": import_error, "tests": results, "hardened": hardened, "worker_starts": starts,
    }, allow_nan=False, sort_keys=True)
    mac = hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()
    target = os.path.join(output_dir, "verdict.json")
    tmp = target + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(json.dumps({"payload": payload, "mac": mac}))
    os.replace(tmp, target)


def judge(case, reply, spec):
    raises = case.get("raises")
    if reply["ok"]:
        if raises is not None:
            return "wrong", "expected %s to be raised, got %s" % (raises, short(reply["value"]))
        m = mismatch(case["expect"], reply["value"], case, spec)
        return ("pass", None) if m is None else ("wrong", m[:DETAIL_CHARS])
    if raises is not None and raises in reply.get("mro", []):
        return "pass", None
    expected = "expected " + raises if raises is not None else "expected a value"
    return "error", (expected + ", raised " + str(reply.get("detail", reply.get("exc"))))[:DETAIL_CHARS]


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "--worker":
        worker(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3:
        supervise(sys.argv[2])
    else:
        sys.exit("usage: aiotbench_driver.py INPUT_DIR OUTPUT_DIR (cases on stdin)")
