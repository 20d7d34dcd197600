package org.aiotbench.smell;

import java.util.Map;
import java.util.function.Consumer;

/** Opens the analyser a run uses; never throws: whatever is missing becomes an "unavailable" analyser. */
public final class Analyzers {

    static final String ENGINE_CLASS = "org.sonarsource.sonarlint.core.StandaloneSonarLintEngineImpl";

    private Analyzers() {
    }

    /**
     * @param env  the environment (SONAR_HOST_URL, AIOTBENCH_HOME)
     * @param warn receives one-line warnings (plugins that did not load, fallbacks)
     */
    public static CodeAnalyzer open(Map<String, String> env, Consumer<String> warn) {
        SonarServer.fromEnv(env).ifPresent(s -> warn.accept(s.notImplementedNote()));
        String tool = SonarVersions.BUILT.tool();
        try {
            Class.forName(ENGINE_CLASS, false, Analyzers.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return unavailable(tool, "sonarlint-core is not on the class path (the build puts it in target/sonar/ beside aiotbench.jar)", warn);
        }
        SonarFiles.Found found = SonarFiles.locate(env);
        if (found.problem() != null) {
            return unavailable(tool, found.problem(), warn);
        }
        return start(tool, found, warn);
    }

    /** Starts the engine on the given plugin jars (tests use this to bypass the lookup). */
    static CodeAnalyzer start(String tool, SonarFiles.Found found, Consumer<String> warn) {
        CodeAnalyzer a;
        try {
            a = SonarLintAnalyzer.start(found.plugins());
        } catch (IllegalStateException | LinkageError e) {
            return unavailable(tool, SonarLintAnalyzer.oneLine(e.getMessage()), warn);
        }
        a.warnings().forEach(warn);
        return a;
    }

    private static CodeAnalyzer unavailable(String tool, String reason, Consumer<String> warn) {
        CodeAnalyzer a = new UnavailableAnalyzer(tool, reason);
        a.warnings().forEach(warn);
        return a;
    }
}
