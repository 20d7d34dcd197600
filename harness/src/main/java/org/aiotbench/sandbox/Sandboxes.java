package org.aiotbench.sandbox;

import java.util.EnumMap;
import java.util.Map;

/**
 * Picks the strongest isolation that works on this machine. Probing runs a trivial command once
 * per isolation and JVM; the answer is cached.
 */
public final class Sandboxes {
    /** Flag name the CLI exposes for running without isolation. */
    public static final String UNSAFE_FLAG = "--unsafe-no-sandbox";

    private static final Map<Isolation, String> REASONS = new EnumMap<>(Isolation.class);
    private static final Map<Isolation, Isolator> ISOLATORS = new EnumMap<>(Isolation.class);

    /**
     * bubblewrap if it works, else unshare if it works, else (only with {@code allowUnsafe}) no
     * isolation at all.
     *
     * @throws SandboxUnavailableException neither works and unsafe runs are not allowed
     */
    public static Sandbox select(boolean allowUnsafe) throws SandboxUnavailableException {
        for (Isolation i : new Isolation[] {Isolation.BUBBLEWRAP, Isolation.UNSHARE}) {
            if (unavailableReason(i) == null) return create(i);
        }
        if (allowUnsafe) return create(Isolation.NONE);
        throw new SandboxUnavailableException("no sandbox available (" + unavailableReason(Isolation.BUBBLEWRAP)
                + "; " + unavailableReason(Isolation.UNSHARE) + "): install bubblewrap (apt-get install bubblewrap)"
                + " or pass " + UNSAFE_FLAG + " to run generated programs without isolation");
    }

    /** Exactly this isolation (tests, or a user who asks for one). */
    public static Sandbox of(Isolation isolation) throws SandboxUnavailableException {
        String why = unavailableReason(isolation);
        if (why != null) throw new SandboxUnavailableException(isolation.id() + " sandbox unavailable: " + why);
        return create(isolation);
    }

    /** Null when the isolation works here, else one line saying why not. */
    public static synchronized String unavailableReason(Isolation isolation) {
        if (!REASONS.containsKey(isolation)) {
            String why = isolator(isolation).unavailableReason();
            REASONS.put(isolation, why);
        }
        return REASONS.get(isolation);
    }

    /** How limits are enforced here, for logs and reports: e.g. "cgroup v1 (memory, pids, cpuacct)". */
    public static String resourceControl() {
        return Cgroups.get().available() ? Cgroups.get().describe()
                : "rlimits only (" + Cgroups.get().describe() + ")";
    }

    private static Sandbox create(Isolation isolation) {
        return new SupervisedSandbox(isolator(isolation), Cgroups.get());
    }

    private static synchronized Isolator isolator(Isolation isolation) {
        return ISOLATORS.computeIfAbsent(isolation, i -> switch (i) {
            case BUBBLEWRAP -> new BubblewrapIsolator();
            case UNSHARE -> new UnshareIsolator();
            case NONE -> new UnisolatedRunner();
        });
    }

    /** Like {@link #of} but ignoring cgroups, so tests can exercise the rlimit and polling path. */
    static Sandbox withoutCgroups(Isolation isolation) throws SandboxUnavailableException {
        of(isolation);
        return new SupervisedSandbox(isolator(isolation), Cgroups.disabled());
    }

    private Sandboxes() {
    }
}
