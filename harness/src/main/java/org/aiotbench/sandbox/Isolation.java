package org.aiotbench.sandbox;

/** How strongly a {@link Sandbox} separates a program from the host, strongest first. */
public enum Isolation {
    /** bubblewrap: user, pid, net, ipc, uts and mount namespaces; minimal read-only system view. */
    BUBBLEWRAP,
    /** util-linux {@code unshare} plus a chroot built by a shell script; weaker, see package docs. */
    UNSHARE,
    /** No isolation at all; only resource limits. Used only when the user explicitly allows it. */
    NONE;

    /** The lower-case name the results record uses ({@code "bubblewrap"}, {@code "unshare"}, {@code "none"}). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
