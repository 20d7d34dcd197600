package org.aiotbench.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The host folders a program needs to see read-only besides the system ({@code /usr} ...): the
 * Python and Java installations, which may live outside {@code /usr} (e.g. pyenv under
 * {@code /root/.pyenv}, a JDK under {@code /opt}). Discovered once, by asking the host's
 * {@code python3} where it lives, because pyenv shims are scripts whose target is not on PATH.
 */
final class HostRuntimes {
    /** Folders to bind read-only, outside {@code /usr}. */
    final List<Path> roots;
    /** Folders to put in front of the sandbox PATH (the interpreters' bin folders). */
    final List<String> pathPrefix;

    private HostRuntimes(List<Path> roots, List<String> pathPrefix) {
        this.roots = List.copyOf(roots);
        this.pathPrefix = List.copyOf(pathPrefix);
    }

    private static volatile HostRuntimes cached;

    static HostRuntimes get() {
        HostRuntimes r = cached;
        if (r == null) {
            synchronized (HostRuntimes.class) {
                if (cached == null) cached = discover();
                r = cached;
            }
        }
        return r;
    }

    /** The sandbox PATH: interpreters first, then the usual system folders. */
    String sandboxPath() {
        List<String> p = new ArrayList<>(pathPrefix);
        p.addAll(List.of("/usr/local/bin", "/usr/bin", "/bin"));
        return String.join(":", new LinkedHashSet<>(p));
    }

    private static HostRuntimes discover() {
        Set<Path> roots = new LinkedHashSet<>();
        Set<String> bins = new LinkedHashSet<>();
        for (String line : askPython()) {
            Path p = Path.of(line).toAbsolutePath().normalize();
            if (line.startsWith("bin=")) {
                Path bin = Path.of(line.substring(4));
                bins.add(bin.toString());
                roots.add(bin);
            } else if (Files.isDirectory(p)) {
                roots.add(p);
            }
        }
        Path javaHome = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
        roots.add(javaHome);
        bins.add(javaHome.resolve("bin").toString());
        List<Path> outside = new ArrayList<>();
        for (Path r : roots) {
            if (!r.startsWith("/usr") && !r.startsWith("/bin") && !r.startsWith("/lib") && Files.exists(r)
                    && outside.stream().noneMatch(r::startsWith)) {
                outside.removeIf(o -> o.startsWith(r));
                outside.add(r);
            }
        }
        return new HostRuntimes(outside, new ArrayList<>(bins));
    }

    /**
     * Prefixes and module folders of the host python3, one per line; "bin=" marks the folder of
     * the real executable. Empty when python3 is missing (Java and shell programs still work).
     */
    private static List<String> askPython() {
        String script = "import sys, os\n"
                // abspath, not realpath: a venv's bin/python3 is a symlink to the base interpreter,
                // and only started through the venv path does it find the venv's packages.
                + "print('bin=' + os.path.dirname(os.path.abspath(sys.executable)))\n"
                + "print(os.path.dirname(os.path.realpath(sys.executable)))\n"
                + "for p in {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}: print(os.path.realpath(p))\n"
                + "for p in sys.path:\n"
                + "    if p and os.path.isdir(p): print(os.path.realpath(p))\n";
        try {
            Process p = new ProcessBuilder("python3", "-I", "-c", script).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            for (String l : new String(out, StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank()) lines.add(l.strip());
            }
            return lines;
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
