/**
 * Runs untrusted generated programs (Python, single-file Java, shell) under isolation and
 * resource limits, and measures them.
 *
 * <p>Entry points: {@link org.aiotbench.sandbox.Sandboxes#select(boolean)} picks bubblewrap,
 * else util-linux unshare, else (only when the user passed {@code --unsafe-no-sandbox}) no
 * isolation; {@link org.aiotbench.sandbox.Sandbox#run} runs one
 * {@link org.aiotbench.sandbox.ExecutionSpec} and returns an
 * {@link org.aiotbench.sandbox.ExecutionResult}. Program misbehaviour is a result with a
 * one-line {@code failure}; only infrastructure problems throw
 * {@link org.aiotbench.sandbox.SandboxUnavailableException}.
 *
 * <p>Limits: memory and process count use a per-run cgroup (v2, or the v1 memory/pids/cpuacct
 * hierarchies) when the harness may create one; otherwise RLIMIT_AS (not for {@code java}, whose
 * reserved address space is far larger than its use, so for the JVM polled RSS of the tree plus
 * the runner's {@code -Xmx} is all there is) and RLIMIT_NPROC (which the kernel does not apply
 * to host root, so a harness running as root without a pids cgroup has no process limit: the
 * wall time and memory limits still end a fork bomb). Wall time, output caps and the work dir's
 * total size are watched by the harness, which then kills the whole tree; RLIMIT_FSIZE caps
 * each file and a size-capped tmpfs holds /tmp.
 *
 * <p>Isolation strength: bubblewrap gives the program uid 65534 in fresh user, pid, ipc, uts,
 * mount and net namespaces with only a minimal read-only system view. The unshare fallback
 * makes the program root in its user namespace (the invoking user outside), so it relies on
 * read-only remounts alone; see {@code UnshareIsolator}. {@code NONE} only limits and measures.
 */
package org.aiotbench.sandbox;
