package org.aiotbench.family.function;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aiotbench.catalogue.Task;

/**
 * The {@code scoring:} block of a function task, checked. Every problem is a one-line
 * {@link IllegalArgumentException} naming the field.
 *
 * <pre>
 * scoring:
 *   function: crc16_modbus                 # the Python function the module must define
 *   signature: "def crc16_modbus(data: bytes) -> int"
 *   abs_tol: 1.0e-9                        # float comparison (math.isclose), per task; a case may override
 *   rel_tol: 1.0e-9
 *   nan_equal: true                        # an expected NaN matches a returned NaN
 *   timeout_seconds: 2                     # per case; a case may override
 *   import_timeout_seconds: 10             # importing the module
 *   tests:                                 # values: plain YAML, plus {$bytes: "hex"} for bytes and
 *                                          # {$float: nan} (or inf, -inf), which YAML here cannot spell
 *     - name: check-value
 *       args: [{$bytes: "313233343536373839"}]
 *       expect: 0x4B37
 *     - name: empty
 *       args: [{$bytes: ""}]
 *       expect: 0xFFFF
 *     - name: not-bytes
 *       args: ["abc"]
 *       raises: TypeError
 * </pre>
 */
public record FunctionSpec(String function, String signature, double absTol, double relTol, boolean nanEqual,
                           double timeoutSeconds, double importTimeoutSeconds, List<FunctionCase> cases) {

    public static final double DEFAULT_TOL = 1e-9;
    public static final double DEFAULT_TIMEOUT_SECONDS = 2;
    public static final double DEFAULT_IMPORT_TIMEOUT_SECONDS = 10;
    /** Seconds of the task's wall limit kept back so the driver writes its verdict before the kill. */
    public static final double VERDICT_MARGIN_SECONDS = 3;

    private static final Set<String> KEYS = Set.of("function", "signature", "abs_tol", "rel_tol", "nan_equal",
            "timeout_seconds", "import_timeout_seconds", "tests");
    private static final Set<String> CASE_KEYS = Set.of("name", "args", "expect", "raises", "abs_tol", "rel_tol",
            "timeout_seconds");
    private static final String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_]*";

    public FunctionSpec {
        cases = List.copyOf(cases);
    }

    /** The task's spec, or a one-line reason naming the task and field. */
    public static FunctionSpec of(Task task) {
        try {
            return parse(task.scoring());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("task " + task.id() + ": scoring." + e.getMessage());
        }
    }

    /** Parses a scoring mapping; messages start with the field name (without "scoring."). */
    public static FunctionSpec parse(Map<String, Object> s) {
        for (String k : s.keySet()) {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException(k + ": unknown field (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        String function = text(s, "function");
        if (!function.matches(IDENTIFIER)) {
            throw new IllegalArgumentException("function: '" + function + "' is not a Python identifier");
        }
        String signature = text(s, "signature");
        if (!signature.startsWith("def " + function + "(")) {
            throw new IllegalArgumentException("signature: must start with 'def " + function + "('");
        }
        double abs = number(s, "abs_tol", DEFAULT_TOL, 0);
        double rel = number(s, "rel_tol", DEFAULT_TOL, 0);
        Object nan = s.getOrDefault("nan_equal", Boolean.TRUE);
        if (!(nan instanceof Boolean)) {
            throw new IllegalArgumentException("nan_equal: expected true or false");
        }
        double timeout = positive(s, "timeout_seconds", DEFAULT_TIMEOUT_SECONDS);
        double importTimeout = positive(s, "import_timeout_seconds", DEFAULT_IMPORT_TIMEOUT_SECONDS);
        if (!(s.get("tests") instanceof List<?> tests) || tests.isEmpty()) {
            throw new IllegalArgumentException("tests: expected a non-empty list of test cases");
        }
        List<FunctionCase> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tests.size(); i++) {
            String where = "tests[" + i + "]";
            if (!(tests.get(i) instanceof Map<?, ?> raw)) {
                throw new IllegalArgumentException(where + ": expected a mapping with args and expect (or raises)");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) raw;
            for (String k : c.keySet()) {
                if (!CASE_KEYS.contains(k)) {
                    throw new IllegalArgumentException(where + "." + k + ": unknown field (known: "
                            + String.join(", ", CASE_KEYS.stream().sorted().toList()) + ")");
                }
            }
            String name;
            try {
                name = c.containsKey("name") ? text(c, "name") : "test-" + i;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "." + e.getMessage() + " (quote a name that reads as a number)");
            }
            where = "tests[" + i + "] (" + name + ")";
            if (!names.add(name)) {
                throw new IllegalArgumentException(where + ": name used twice");
            }
            if (!(c.get("args") instanceof List<?> args)) {
                throw new IllegalArgumentException(where + ".args: expected a list of arguments");
            }
            boolean hasExpect = c.containsKey("expect");
            boolean hasRaises = c.containsKey("raises");
            if (hasExpect == hasRaises) {
                throw new IllegalArgumentException(where + ": give exactly one of expect and raises");
            }
            String raises = null;
            if (hasRaises) {
                raises = String.valueOf(c.get("raises"));
                if (!raises.matches(IDENTIFIER)) {
                    throw new IllegalArgumentException(where + ".raises: '" + raises + "' is not an exception class name");
                }
            }
            try {
                checkValues(args);
                checkValues(c.get("expect"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage());
            }
            cases.add(new FunctionCase(name, new ArrayList<>(args), c.get("expect"), raises,
                    optional(c, "abs_tol", where), optional(c, "rel_tol", where), optional(c, "timeout_seconds", where)));
        }
        return new FunctionSpec(function, signature, abs, rel, (Boolean) nan, timeout, importTimeout, cases);
    }

    /**
     * What the driver reads on stdin besides the key and run id: the cases and the settings,
     * {@code budgetSeconds} being how long it may run before it must write its verdict.
     */
    Map<String, Object> driverInput(String modulePath, double budgetSeconds) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("function", function);
        m.put("module", modulePath);
        m.put("abs_tol", absTol);
        m.put("rel_tol", relTol);
        m.put("nan_equal", nanEqual);
        m.put("timeout_seconds", timeoutSeconds);
        m.put("import_timeout_seconds", importTimeoutSeconds);
        m.put("budget_seconds", budgetSeconds);
        List<Object> list = new ArrayList<>();
        for (FunctionCase c : cases) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("name", c.name());
            o.put("args", c.args());
            if (c.raises() != null) {
                o.put("raises", c.raises());
            } else {
                o.put("expect", c.expect());
            }
            if (c.absTol() != null) o.put("abs_tol", c.absTol());
            if (c.relTol() != null) o.put("rel_tol", c.relTol());
            if (c.timeoutSeconds() != null) o.put("timeout_seconds", c.timeoutSeconds());
            list.add(o);
        }
        m.put("cases", list);
        return m;
    }

    /** The worst-case time of all cases, each at its timeout, plus importing the module once. */
    public double worstCaseSeconds() {
        double t = importTimeoutSeconds;
        for (FunctionCase c : cases) {
            t += c.timeoutSeconds() != null ? c.timeoutSeconds() : timeoutSeconds;
        }
        return t;
    }

    private static void checkValues(Object v) {
        if (v instanceof Map<?, ?> m) {
            if (m.containsKey("$float")) {
                if (m.size() != 1 || !List.of("nan", "inf", "-inf").contains(m.get("$float"))) {
                    throw new IllegalArgumentException("{$float: ...} takes nan, inf or -inf");
                }
                return;
            }
            if (m.containsKey("$bytes")) {
                if (m.size() != 1 || !(m.get("$bytes") instanceof String hex)
                        || !hex.replace(" ", "").matches("([0-9A-Fa-f]{2})*")) {
                    throw new IllegalArgumentException("{$bytes: ...} takes one string of hex byte pairs");
                }
                return;
            }
            m.values().forEach(FunctionSpec::checkValues);
        } else if (v instanceof List<?> l) {
            l.forEach(FunctionSpec::checkValues);
        }
    }

    private static String text(Map<String, Object> s, String key) {
        if (!(s.get(key) instanceof String v) || v.isBlank()) {
            throw new IllegalArgumentException(key + ": expected non-empty text");
        }
        return v.strip();
    }

    private static double number(Map<String, Object> s, String key, double dflt, double min) {
        Object v = s.get(key);
        if (v == null) {
            return dflt;
        }
        if (!(v instanceof Number n) || Double.isNaN(n.doubleValue()) || n.doubleValue() < min) {
            throw new IllegalArgumentException(key + ": expected a number >= " + min);
        }
        return n.doubleValue();
    }

    private static double positive(Map<String, Object> s, String key, double dflt) {
        double v = number(s, key, dflt, 0);
        if (v <= 0) {
            throw new IllegalArgumentException(key + ": must be positive");
        }
        return v;
    }

    private static Double optional(Map<String, Object> c, String key, String where) {
        if (!c.containsKey(key)) {
            return null;
        }
        try {
            return key.equals("timeout_seconds") ? positive(c, key, 0) : number(c, key, 0, 0);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "." + e.getMessage());
        }
    }
}
