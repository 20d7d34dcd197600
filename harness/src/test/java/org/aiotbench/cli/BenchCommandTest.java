package org.aiotbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.aiotbench.reference.ecg.Detectors;
import org.aiotbench.reference.ecg.synthetic.SyntheticEcgDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @Test
    void ecgPrintsARowPerDetectorOnATinySyntheticDatabase(@TempDir Path db) throws IOException {
        SyntheticEcgDatabase.write(db, SyntheticEcgDatabase.Spec.of(1, 15, 360, 3));
        CliRun r = CliRun.run(new BenchCommand(), "ecg", "--db", db.toString(), "--warmup", "0", "--rounds", "1",
                "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        for (String name : Detectors.names()) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(name + " ")), r.out());
        }
        assertTrue(r.out().contains("decode"), r.out());
    }

    @Test
    void missingDatabaseIsOneLineExitOne(@TempDir Path dir) {
        CliRun r = CliRun.run(new BenchCommand(), "ecg", "--db", dir.resolve("absent").toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("aiotbench bench ecg: ") && r.err().contains("absent"), r.err());
    }

    @Test
    void zeroRoundsIsAUsageError(@TempDir Path dir) {
        CliRun r = CliRun.run(new BenchCommand(), "ecg", "--db", dir.toString(), "--rounds", "0");
        assertEquals(2, r.exit());
    }
}
