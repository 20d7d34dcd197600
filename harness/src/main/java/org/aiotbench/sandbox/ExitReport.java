package org.aiotbench.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link InnerWrapper} wrote to fd 3: whether the program started, its exit status, the
 * CPU time of its reaped children (from the shell's {@code times}) and /proc/net/dev.
 */
record ExitReport(boolean started, Integer exitCode, long childCpuMillis, long networkBytes) {
    static ExitReport read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new ExitReport(false, null, -1, -1);
        }
        boolean started = !lines.isEmpty() && lines.get(0).equals("started");
        Integer exit = null;
        long cpu = -1;
        int timesLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("exit ")) {
                try {
                    exit = Integer.parseInt(l.substring(5).strip());
                } catch (NumberFormatException ignored) {
                    // Truncated report.
                }
                timesLine = i + 2; // shell's own times, then the children's
            }
        }
        if (timesLine > 0 && timesLine < lines.size()) cpu = parseTimes(lines.get(timesLine));
        return new ExitReport(started, exit, cpu, NetDev.totalBytes(lines));
    }

    /** "0m0.020000s 0m0.010000s" (user, system) to milliseconds; -1 when unparsable. */
    static long parseTimes(String line) {
        long sum = 0;
        String[] parts = line.strip().split("\\s+");
        if (parts.length != 2) return -1;
        for (String p : parts) {
            int m = p.indexOf('m');
            if (m < 0 || !p.endsWith("s")) return -1;
            try {
                sum += Long.parseLong(p.substring(0, m)) * 60_000
                        + Math.round(Double.parseDouble(p.substring(m + 1, p.length() - 1)) * 1000);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return sum;
    }
}
