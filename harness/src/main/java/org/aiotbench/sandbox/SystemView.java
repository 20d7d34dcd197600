package org.aiotbench.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The read-only slice of the host a sandboxed program sees: {@code /usr}, the top-level library
 * and binary folders (as the same symlinks when the host uses merged /usr), the few {@code /etc}
 * files that the dynamic linker, name service, TLS and the JDK read, and the interpreters from
 * {@link HostRuntimes}. Everything else (home folders, /var, /run, other /etc files) is absent.
 */
final class SystemView {
    /** A host path shown at the same place: either bound read-only or re-created as a symlink. */
    record Entry(Path path, String symlinkTarget) {
        boolean isSymlink() {
            return symlinkTarget != null;
        }
    }

    private static final List<String> TOP = List.of("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32");

    /** /etc entries programs need; kept short on purpose (no shadow, no machine-id, no ssh keys). */
    private static final List<String> ETC = List.of("ld.so.cache", "ld.so.conf", "ld.so.conf.d", "alternatives",
            "ssl", "ca-certificates", "ca-certificates.conf", "pki", "crypto-policies", "passwd", "group",
            "nsswitch.conf", "host.conf", "hosts", "localtime", "timezone", "os-release", "mime.types",
            "locale.alias", "gai.conf", "protocols", "services", "resolv.conf", "python3", "fonts", "magic");

    static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (String t : TOP) add(out, Path.of(t));
        Path etc = Path.of("/etc");
        for (String e : ETC) add(out, etc.resolve(e));
        try (var s = Files.list(etc)) {
            // The JDK's conf/ and security/ folders are symlinks into /etc/java-N-openjdk on Debian.
            s.filter(p -> p.getFileName().toString().startsWith("java-")).sorted().forEach(p -> add(out, p));
        } catch (IOException ignored) {
            // No /etc listing: the fixed list above is still used.
        }
        for (Path r : HostRuntimes.get().roots) add(out, r);
        return out;
    }

    private static void add(List<Entry> out, Path p) {
        try {
            if (Files.isSymbolicLink(p) && TOP.contains(p.toString())) {
                out.add(new Entry(p, Files.readSymbolicLink(p).toString()));
            } else if (Files.exists(p)) {
                out.add(new Entry(p, null));
            }
        } catch (IOException ignored) {
            // Unreadable: leave it out of the view.
        }
    }

    private SystemView() {
    }
}
