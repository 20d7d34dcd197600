package org.aiotbench.reference.har.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.nd4j.linalg.api.environment.Nd4jEnvironment;
import org.nd4j.linalg.factory.Nd4j;

/** Names the ND4J backend in use, so that every result can say whether it ran on CPU or CUDA. */
public final class Backend {

    private Backend() {
    }

    /**
     * E.g. {@code CpuBackend/NativeOpExecutioner} or {@code JCublasBackend/CudaExecutioner}: the
     * backend class and the op executioner class, as ND4J loaded them.
     */
    public static String describe() {
        return Nd4j.getBackend().getClass().getSimpleName() + "/"
                + Nd4j.getExecutioner().getClass().getSimpleName();
    }

    /**
     * What ran the numbers, for a results record: {@code backend} ({@link #describe()}),
     * {@code omp_threads} and {@code blas_threads} as ND4J reports them, and on CUDA one entry
     * per device under {@code gpus} with its name and total, free and used memory in MB at the
     * moment of the call (ND4J's environment information; the CUDA branch has not been run on
     * a GPU yet).
     */
    public static Map<String, Object> environment() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("backend", describe());
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        out.put("omp_threads", number(env.get(Nd4jEnvironment.OMP_THREADS_KEY)));
        out.put("blas_threads", number(env.get(Nd4jEnvironment.BLAS_THREADS_KEY)));
        // Which build of the native ops JavaCPP loaded (e.g. linux-x86_64-onednn-avx2): the
        // oneDNN builds are several times faster on convolutions and LSTMs than the plain one.
        String lib = org.bytedeco.javacpp.Loader.getLoadedLibraries().getOrDefault("nd4jcpu", "");
        if (!lib.isEmpty()) {
            java.nio.file.Path dir = java.nio.file.Path.of(lib).getParent();
            out.put("natives", dir == null ? lib : dir.getFileName().toString());
        }
        if (isCuda() && env.get(Nd4jEnvironment.CUDA_DEVICE_INFORMATION_KEY) instanceof List<?> devices) {
            List<Map<String, Object>> gpus = new ArrayList<>();
            for (Object d : devices) {
                if (d instanceof Map<?, ?> m) {
                    Map<String, Object> g = new LinkedHashMap<>();
                    g.put("name", String.valueOf(m.get(Nd4jEnvironment.CUDA_DEVICE_NAME_KEY)));
                    Long total = number(m.get(Nd4jEnvironment.CUDA_TOTAL_MEMORY_KEY));
                    Long free = number(m.get(Nd4jEnvironment.CUDA_FREE_MEMORY_KEY));
                    g.put("total_mb", total == null ? null : total >> 20);
                    g.put("free_mb", free == null ? null : free >> 20);
                    g.put("used_mb", total == null || free == null ? null : (total - free) >> 20);
                    gpus.add(g);
                }
            }
            out.put("gpus", gpus);
        }
        return out;
    }

    private static Long number(Object v) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        try {
            return v == null ? null : Long.parseLong(v.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Caps ND4J's op threads (OpenMP and BLAS) at {@code n}. Why callers use 1 unless told
     * otherwise: the baselines' ops are small, and on a loaded machine OpenMP workers spin on
     * each other; measured on the shared 2-core machine, the WISDM MLP's 10 folds ran in 4 min
     * with one thread and had finished 2 folds after 14 min with ND4J's default of all cores.
     */
    public static void useThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be positive, got " + n);
        }
        Nd4j.getEnvironment().setMaxThreads(n);
        Nd4j.getEnvironment().setMaxMasterThreads(n);
        Nd4j.factory().blas().setMaxThreads(n);
    }

    /**
     * The thread count from the environment variable {@code OMP_NUM_THREADS} when it holds a
     * positive integer, else 1.
     */
    public static int threadsFromEnvironment() {
        String v = System.getenv("OMP_NUM_THREADS");
        try {
            int n = v == null ? 1 : Integer.parseInt(v.trim());
            return n >= 1 ? n : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** True when the CUDA backend (from the {@code -Pcuda} build) is the one loaded. */
    public static boolean isCuda() {
        return Nd4j.getBackend().getClass().getSimpleName().contains("Cublas");
    }
}
