/**
 * Runs untrusted generated programs (Python, single-file Java, shell) under isolation and
 * resource limits, and measures them.
 *
 * <h2>Use</h2>
 * {@link org.aiotbench.sandbox.Sandboxes#select(boolean)} picks bubblewrap, else util-linux
 * unshare, else (only when the user passed {@code --unsafe-no-sandbox}) no isolation, and
 * otherwise throws a one-line "install bubblewrap or pass --unsafe-no-sandbox" error;
 * {@link org.aiotbench.sandbox.Sandboxes#of} forces one isolation (tests).
 * {@link org.aiotbench.sandbox.Sandbox#run} runs one {@link org.aiotbench.sandbox.ExecutionSpec}:
 * the work dir appears as the writable cwd {@code /work}, each {@link org.aiotbench.sandbox.Mount}
 * (a folder or a single file) at its sandbox path, and the environment is exactly the spec's
 * plus PATH, HOME=/tmp and LANG; nothing of the harness's environment is passed on. Program
 * misbehaviour is an {@link org.aiotbench.sandbox.ExecutionResult} with a one-line
 * {@code failure}; only infrastructure problems throw
 * {@link org.aiotbench.sandbox.SandboxUnavailableException}.
 *
 * <p>Program-written files are hostile input too: read them only through
 * {@link org.aiotbench.sandbox.ProgramOutputs} (no symlinks, FIFOs or oversized files). After
 * every run the sandbox clears setuid/setgid bits in the work dir, because the sandbox uid maps
 * to the harness's uid (root included), so a program could otherwise leave a setuid-root
 * binary behind; the work dir should still live in a folder other users cannot enter.
 *
 * <h2>Isolation</h2>
 * bubblewrap: uid/gid 65534 without capabilities in fresh user, pid, ipc, uts, cgroup, mount
 * and (network off) net namespaces with only a loopback; {@code --die-with-parent},
 * {@code --new-session}, {@code --disable-userns}; a read-only view of /usr, the top-level
 * lib/bin links, a short list of /etc files and the Python and Java installations (found by
 * asking the host python3, so pyenv under /root works); a fresh /proc, a minimal /dev, a
 * size-capped tmpfs /tmp; the root itself is read-only. The unshare fallback builds the same
 * view with bind mounts and chroot, but the program is root of its user namespace (the
 * invoking user outside), so read-only mounts are the only protection of what it can see;
 * all capabilities are dropped so it cannot remount them; see {@code UnshareIsolator}.
 * {@code NONE} only limits and measures: a program can read the host, see host processes, and
 * (as the harness's user) signal them; its /work paths are emulated with symlinks.
 *
 * <h2>Limits and measurements</h2>
 * A per-run cgroup (v2, or the v1 memory, pids and cpuacct hierarchies) is created under the
 * harness's own cgroup when the machine allows it; the launcher joins it before it execs the
 * sandbox, so every descendant is inside. It gives the memory limit (OOM kill of the tree), the
 * process limit, CPU time and peak memory (charged memory: RSS plus page cache the program
 * touched). Without it: RLIMIT_AS for non-JVM programs (the JVM reserves far more address space
 * than it uses, so a {@code java} command gets no RLIMIT_AS and relies on the runner's
 * {@code -Xmx} plus a 100 ms poll of the tree's RSS), RLIMIT_NPROC (void when the harness runs
 * as root: the kernel exempts uid 0, and bwrap maps the sandbox uid to the caller's), CPU time
 * of the reaped children from the wrapper shell's {@code times}, and polled peak RSS. Wall time,
 * the stdout/stderr caps (counted past the cap, stored up to it, last 8 KiB kept) and the work
 * dir's total size are watched by the harness; a violation kills the launcher (taking the pid
 * namespace with it), every descendant and every cgroup member. RLIMIT_FSIZE caps each file.
 * Network bytes are read from /proc/net/dev of the sandbox's own namespace (received plus
 * sent over all interfaces, so loopback traffic counts twice), written by the wrapper just
 * before it exits; -1 when the host network is shared. On the development machine (kernel 6.18,
 * cgroup v1 hybrid, running as root) everything used the cgroup path; cgroup v2 code is
 * untested there.
 *
 * <h2>Overhead (measured)</h2>
 * {@code SandboxOverheadBenchmark} (test sources) times 20 runs of each command after 2 warm-up
 * runs, from the {@code run} call to its return, against a plain ProcessBuilder start and a
 * start through {@code /bin/sh -c 'exec "$@"'}. Three rounds on the shared 2-core development
 * machine (load average 5 to 11, other builds running), medians in ms:
 * <pre>
 *                      direct  direct/sh  bubblewrap  unshare  none
 *   /bin/true          1.4-1.7  1.9-2.0   17-57       165-351  8-15
 *   python3 -c pass    158-199  41-42     66-137      335-476  68-122
 * </pre>
 * A fourth round at load 13 to 15 gave bubblewrap 96 ms for {@code /bin/true} and 235 ms
 * against 191 ms (direct/sh) for python. So bubblewrap plus supervision costs some 15 to 95 ms
 * per program here, unshare some 160 to 430 ms (its setup runs one mount process per bind);
 * the spread is the machine's load, not the sandbox. The JVM starts python3 itself
 * slower than through a shell (measured, not explained), hence the second baseline.
 */
package org.aiotbench.sandbox;
