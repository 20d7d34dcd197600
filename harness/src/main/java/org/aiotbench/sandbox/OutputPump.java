package org.aiotbench.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains one output stream of the program on its own thread so the program never blocks on a
 * full pipe. Counts every byte, keeps only the last {@link #TAIL_BYTES} of what arrived within
 * the cap (memory stays bounded whatever the program writes) and flags when the cap is passed,
 * so the supervisor can kill the tree.
 */
final class OutputPump implements Runnable {
    static final int TAIL_BYTES = 8 * 1024;

    private final InputStream in;
    private final long cap;
    private final byte[] ring;
    private long total;
    private volatile boolean overCap;
    private final Thread thread;

    OutputPump(InputStream in, long cap, String name) {
        this.in = in;
        this.cap = cap;
        this.ring = new byte[(int) Math.min(TAIL_BYTES, cap)];
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void run() {
        byte[] buf = new byte[16 * 1024];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                synchronized (this) {
                    long storable = Math.max(0, Math.min(n, cap - total));
                    for (int i = 0; i < storable; i++) ring[(int) ((total + i) % ring.length)] = buf[i];
                    total += n;
                    if (total > cap) overCap = true;
                }
            }
        } catch (IOException ignored) {
            // The stream closes when the tree is killed.
        } finally {
            try {
                in.close();
            } catch (IOException ignored) {
                // Nothing more to read either way.
            }
        }
    }

    boolean overCap() {
        return overCap;
    }

    /** Waits for the end of the stream; false when it is still open (a leftover process holds it). */
    boolean join(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    synchronized long total() {
        return total;
    }

    synchronized String tail() {
        long stored = Math.min(total, cap);
        int len = (int) Math.min(stored, ring.length);
        byte[] out = new byte[len];
        long start = stored - len;
        for (int i = 0; i < len; i++) out[i] = ring[(int) ((start + i) % ring.length)];
        return new String(out, StandardCharsets.UTF_8);
    }
}
