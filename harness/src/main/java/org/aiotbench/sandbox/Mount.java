package org.aiotbench.sandbox;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A host file or folder made visible inside the sandbox. Single files may be mounted, so a caller
 * can expose e.g. only a record's {@code .hea} and {@code .dat} and keep its {@code .atr} hidden.
 *
 * @param hostPath    existing host file or folder
 * @param sandboxPath absolute path inside the sandbox, e.g. {@code /data/100.hea}
 * @param readOnly    whether the program may modify it (datasets: always true)
 */
public record Mount(Path hostPath, String sandboxPath, boolean readOnly) {
    public Mount {
        Objects.requireNonNull(hostPath, "hostPath");
        Objects.requireNonNull(sandboxPath, "sandboxPath");
        if (!sandboxPath.startsWith("/") || sandboxPath.contains("/../") || sandboxPath.endsWith("/..")) {
            throw new IllegalArgumentException("sandbox path must be absolute and normalised: " + sandboxPath);
        }
    }

    public static Mount readOnly(Path hostPath, String sandboxPath) {
        return new Mount(hostPath, sandboxPath, true);
    }
}
