package org.aiotbench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CellKeyTest {

    private static CellKey key(String hash, String opt, int sample, long seed) {
        return CellKey.of("mitdb-rpeak", 1, hash, "gen", new TreeMap<>(Map.of("type", "command", "opt", opt)), sample, seed);
    }

    @Test
    void everyIngredientChangesTheKey() {
        CellKey base = key("h1", "a", 0, 1);
        assertEquals(base, key("h1", "a", 0, 1));
        assertNotEquals(base, key("h2", "a", 0, 1));
        assertNotEquals(base, key("h1", "b", 0, 1));
        assertNotEquals(base, key("h1", "a", 1, 1));
        assertNotEquals(base, key("h1", "a", 0, 2));
        assertNotEquals(base, CellKey.of("mitdb-rpeak", 2, "h1", "gen", new TreeMap<>(Map.of("type", "command", "opt", "a")), 0, 1));
    }

    @Test
    void shardsPartitionTheCells() {
        Set<String> seen = new HashSet<>();
        int n = 3;
        for (int i = 0; i < 200; i++) {
            CellKey k = key("h", "a", i, i);
            int owners = 0;
            for (int s = 1; s <= n; s++) {
                if (new Shard(s, n).contains(k)) {
                    owners++;
                }
            }
            assertEquals(1, owners, "each cell belongs to exactly one shard");
            seen.add(k.hex());
        }
        assertEquals(200, seen.size());
    }

    @Test
    void shardSyntaxIsChecked() {
        assertEquals(new Shard(2, 4), Shard.parse("2/4"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/4"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("5/4"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("two"));
    }

    @Test
    void sampleSeedsAreStableAndDistinct() {
        assertEquals(CellKey.sampleSeed(0, "t", 3), CellKey.sampleSeed(0, "t", 3));
        assertNotEquals(CellKey.sampleSeed(0, "t", 3), CellKey.sampleSeed(0, "t", 4));
        assertNotEquals(CellKey.sampleSeed(0, "t", 3), CellKey.sampleSeed(1, "t", 3));
    }
}
