package org.aiotbench.runner;

/**
 * Which part of the cells this process runs, 1-based ({@code 2/4} = the second of four). Cells
 * are assigned by their key, so shards are stable whatever order tasks are listed in.
 */
public record Shard(int index, int count) {

    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard must be i/n with 1 <= i <= n, not " + index + "/" + count);
        }
    }

    public static Shard parse(String s) {
        String[] parts = s.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("shard must look like i/n (e.g. 1/4), not '" + s + "'");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("shard must look like i/n (e.g. 1/4), not '" + s + "'");
        }
    }

    public boolean contains(CellKey key) {
        return Long.remainderUnsigned(key.prefix64(), count) == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
