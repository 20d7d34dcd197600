package org.aiotbench.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.aiotbench.reference.ecg.synthetic.SyntheticEcgDatabase;

/**
 * The {@code mcsharry-ecg} generator: WFDB records (MLII, format 212, exact R-peak annotations)
 * from the reference library's McSharry model. Parameters: {@code records}, {@code seconds},
 * {@code fs}, optional {@code leads} (1 or 2), {@code snr_db}, {@code min_heart_rate}, {@code max_heart_rate}.
 */
public final class McSharryEcgGenerator implements SyntheticGenerator {

    private static final Set<String> KNOWN = Set.of("records", "seconds", "fs", "leads", "snr_db", "min_heart_rate", "max_heart_rate");

    @Override
    public String name() {
        return "mcsharry-ecg";
    }

    /** Bumped whenever the reference generator's output changes (sealed by a test). */
    @Override
    public String version() {
        return "2";
    }

    @Override
    public void generate(Path dir, Map<String, Object> params, long seed) throws IOException {
        for (String k : params.keySet()) {
            if (!KNOWN.contains(k)) {
                throw new IllegalArgumentException("mcsharry-ecg: unknown parameter '" + k + "' (known: " + String.join(", ", KNOWN.stream().sorted().toList()) + ")");
            }
        }
        SyntheticEcgDatabase.Spec spec = SyntheticEcgDatabase.Spec.of((int) number(params, "records", 8),
                number(params, "seconds", 600), number(params, "fs", 360), seed)
                .withLeads((int) number(params, "leads", 1))
                .withHeartRateRange(number(params, "min_heart_rate", 60), number(params, "max_heart_rate", 100));
        if (params.containsKey("snr_db")) {
            spec = spec.withSnrDb(number(params, "snr_db", Double.NaN));
        }
        SyntheticEcgDatabase.write(dir, spec);
    }

    private static double number(Map<String, Object> params, String key, double dflt) {
        Object v = params.get(key);
        if (v == null) {
            return dflt;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("mcsharry-ecg: parameter " + key + " must be a number, not '" + v + "'");
        }
    }
}
