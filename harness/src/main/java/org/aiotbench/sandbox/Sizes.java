package org.aiotbench.sandbox;

import java.time.Duration;

/** Human-readable amounts for one-line failure messages ("512 MiB", "10 s"). */
final class Sizes {
    static String bytes(long b) {
        if (b >= Limits.MIB && b % Limits.MIB == 0) return b / Limits.MIB + " MiB";
        if (b >= 1024 && b % 1024 == 0) return b / 1024 + " KiB";
        return b + " bytes";
    }

    static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 == 0) return ms / 1000 + " s";
        return ms + " ms";
    }

    static String signal(int n) {
        return switch (n) {
            case 1 -> "SIGHUP";
            case 2 -> "SIGINT";
            case 3 -> "SIGQUIT";
            case 4 -> "SIGILL";
            case 6 -> "SIGABRT";
            case 7 -> "SIGBUS";
            case 8 -> "SIGFPE";
            case 9 -> "SIGKILL";
            case 11 -> "SIGSEGV";
            case 13 -> "SIGPIPE";
            case 14 -> "SIGALRM";
            case 15 -> "SIGTERM";
            case 24 -> "SIGXCPU";
            case 25 -> "SIGXFSZ";
            default -> "signal " + n;
        };
    }

    private Sizes() {
    }
}
