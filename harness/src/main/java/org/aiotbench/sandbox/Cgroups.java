package org.aiotbench.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Creates per-run {@link Cgroup}s below the harness's own cgroup, when the machine lets us
 * (root, or a delegated subtree). The layout is read from /proc/self/mountinfo and
 * /proc/self/cgroup; nothing is assumed about where cgroupfs is mounted.
 */
final class Cgroups {
    private static final AtomicLong SEQ = new AtomicLong();
    private static final String PREFIX = "aiotbench-" + ProcessHandle.current().pid() + "-";

    /** Parent folders per controller ("memory", "pids", "cpu"), or empty when unusable. */
    private final Map<String, Path> parents;
    private final boolean v2;

    private Cgroups(Map<String, Path> parents, boolean v2) {
        this.parents = parents;
        this.v2 = v2;
    }

    private static volatile Cgroups cached;

    static Cgroups get() {
        Cgroups c = cached;
        if (c == null) {
            synchronized (Cgroups.class) {
                if (cached == null) cached = probe();
                c = cached;
            }
        }
        return c;
    }

    /** No cgroups: limits fall back to rlimits and polling (tests exercise that path with it). */
    static Cgroups disabled() {
        return new Cgroups(Map.of(), false);
    }

    /** Whether per-run groups cap the number of processes (else only RLIMIT_NPROC, void for root). */
    boolean limitsProcesses() {
        return parents.containsKey("pids");
    }

    boolean available() {
        return !parents.isEmpty();
    }

    /** A fresh group with the limits applied, or empty when cgroups are not usable here. */
    Optional<Cgroup> create(Limits limits) {
        if (parents.isEmpty()) return Optional.empty();
        String name = PREFIX + SEQ.incrementAndGet();
        Map<String, Path> made = new HashMap<>();
        try {
            for (Map.Entry<String, Path> e : parents.entrySet()) {
                Path d = e.getValue().resolve(name);
                if (!made.containsValue(d)) Files.createDirectory(d);
                made.put(e.getKey(), d);
            }
            Cgroup g = new Cgroup(v2, made.get("memory"), made.get("pids"), made.get("cpu"));
            g.applyLimits(limits);
            return Optional.of(g);
        } catch (IOException e) {
            for (Path d : made.values()) {
                try {
                    Files.deleteIfExists(d);
                } catch (IOException ignored) {
                    // Best effort.
                }
            }
            return Optional.empty();
        }
    }

    String describe() {
        if (parents.isEmpty()) return "no usable cgroup";
        return new Cgroup(v2, parents.get("memory"), parents.get("pids"), parents.get("cpu")).describe();
    }

    private static Cgroups probe() {
        try {
            List<String> mountinfo = Files.readAllLines(Path.of("/proc/self/mountinfo"), StandardCharsets.UTF_8);
            List<String> own = Files.readAllLines(Path.of("/proc/self/cgroup"), StandardCharsets.UTF_8);
            Map<String, Path> v1 = new HashMap<>();
            Path v2dir = null;
            for (String line : own) {
                String[] f = line.split(":", 3);
                if (f.length < 3) continue;
                if (f[0].equals("0") && f[1].isEmpty()) {
                    Path d = locate(mountinfo, "cgroup2", null, f[2]);
                    if (d != null && Files.exists(d.resolve("cgroup.controllers"))) v2dir = d;
                    continue;
                }
                for (String ctl : f[1].split(",")) {
                    String key = switch (ctl) {
                        case "memory" -> "memory";
                        case "pids" -> "pids";
                        case "cpuacct" -> "cpu";
                        default -> null;
                    };
                    if (key == null) continue;
                    Path d = locate(mountinfo, "cgroup", ctl, f[2]);
                    if (d != null && usable(d)) v1.put(key, d);
                }
            }
            if (v2dir != null) {
                Map<String, Path> v2 = v2Parents(v2dir);
                if (!v2.isEmpty()) return new Cgroups(v2, true);
            }
            return new Cgroups(v1, false);
        } catch (IOException | RuntimeException e) {
            return new Cgroups(Map.of(), false);
        }
    }

    /** v2: our cgroup must delegate memory and pids to children; it can only if we may enable them. */
    private static Map<String, Path> v2Parents(Path dir) {
        Path sub = dir.resolve("cgroup.subtree_control");
        try {
            String enabled = Files.readString(sub);
            if (!enabled.contains("memory") || !enabled.contains("pids")) {
                Cgroup.write(sub, "+memory +pids +cpu");
                enabled = Files.readString(sub);
            }
            if (!enabled.contains("memory") || !enabled.contains("pids") || !usable(dir)) return Map.of();
            Map<String, Path> m = new HashMap<>();
            m.put("memory", dir);
            m.put("pids", dir);
            m.put("cpu", dir);
            return m;
        } catch (IOException e) {
            // Typical in containers: our own cgroup holds processes, so controllers can't be delegated.
            return Map.of();
        }
    }

    /** Maps a cgroup path from /proc/self/cgroup to a folder via the matching cgroupfs mount. */
    private static Path locate(List<String> mountinfo, String fstype, String controller, String cgPath) {
        for (String line : mountinfo) {
            int dash = line.indexOf(" - ");
            if (dash < 0) continue;
            String[] pre = line.substring(0, dash).split(" ");
            String[] post = line.substring(dash + 3).split(" ");
            if (pre.length < 5 || post.length < 3 || !post[0].equals(fstype)) continue;
            if (controller != null && !List.of(post[2].split(",")).contains(controller)) continue;
            String root = pre[3];
            Path mountPoint = Path.of(pre[4].replace("\\040", " "));
            String rel = cgPath;
            if (!root.equals("/")) {
                rel = cgPath.startsWith(root) ? cgPath.substring(root.length()) : "/";
            }
            Path d = mountPoint.resolve(rel.replaceFirst("^/+", ""));
            return Files.isDirectory(d) ? d : mountPoint;
        }
        return null;
    }

    /** We can create children here (checked by making and removing one). */
    private static boolean usable(Path dir) {
        Path probe = dir.resolve(PREFIX + "probe");
        try {
            Files.createDirectory(probe);
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
