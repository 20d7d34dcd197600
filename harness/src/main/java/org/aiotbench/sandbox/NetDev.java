package org.aiotbench.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Sums received and transmitted bytes over all interfaces in /proc/net/dev lines. */
final class NetDev {
    /** -1 when no interface line is present. */
    static long totalBytes(List<String> lines) {
        long sum = 0;
        boolean any = false;
        for (String l : lines) {
            int colon = l.indexOf(':');
            if (colon < 0 || l.startsWith("exit") || l.contains("|")) continue;
            String[] f = l.substring(colon + 1).strip().split("\\s+");
            if (f.length < 16) continue;
            try {
                sum += Long.parseLong(f[0]) + Long.parseLong(f[8]);
                any = true;
            } catch (NumberFormatException ignored) {
                // Not an interface line.
            }
        }
        return any ? sum : -1;
    }

    /** Counters of the namespace a host process lives in; -1 when it is gone. */
    static long ofProcess(long pid) {
        try {
            return totalBytes(Files.readAllLines(Path.of("/proc", Long.toString(pid), "net", "dev"),
                    StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return -1;
        }
    }

    private NetDev() {
    }
}
