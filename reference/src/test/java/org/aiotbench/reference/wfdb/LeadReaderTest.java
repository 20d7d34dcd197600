package org.aiotbench.reference.wfdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aiotbench.reference.ecg.synthetic.SyntheticEcgDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadReaderTest {

    @TempDir
    Path tmp;

    private static void assertSameAsFullRead(Path base, String lead) throws Exception {
        WfdbRecord full = WfdbRecord.read(base);
        int expectedSignal = Math.max(0, full.signalIndex(lead));
        LeadReader.Lead l = LeadReader.read(base, lead);
        assertEquals(expectedSignal, l.signal(), base.toString());
        assertArrayEquals(full.physical(expectedSignal), l.physical(), base.toString());
        assertEquals(full.samplingFrequency(), l.samplingFrequency());
    }

    @Test
    void equalsTheFullReaderOnGeneratedRecordsOfOneAndTwoLeads() throws Exception {
        SyntheticEcgDatabase.write(tmp.resolve("one"), SyntheticEcgDatabase.Spec.of(1, 20, 360, 3));
        SyntheticEcgDatabase.write(tmp.resolve("two"), SyntheticEcgDatabase.Spec.of(1, 20, 250, 4).withLeads(2));
        assertSameAsFullRead(tmp.resolve("one/s01"), "MLII");
        assertSameAsFullRead(tmp.resolve("two/s01"), "MLII");
        assertSameAsFullRead(tmp.resolve("two/s01"), "V1");
    }

    @Test
    void equalsTheFullReaderOnEveryRealRecordInFormats212And16() throws Exception {
        String root = System.getenv("AIOTBENCH_DATA");
        Assumptions.assumeTrue(root != null && !root.isBlank(), "AIOTBENCH_DATA not set: skipping real-data test");
        Path mitdb = Path.of(root, "mitdb");
        Assumptions.assumeTrue(Files.isDirectory(mitdb), "no mitdb in AIOTBENCH_DATA");
        for (String r : Files.readAllLines(mitdb.resolve("RECORDS"))) {
            if (!r.isBlank()) {
                assertSameAsFullRead(mitdb.resolve(r.strip()), "MLII");
            }
        }
        Path nstdb = Path.of(root, "nstdb");
        if (Files.isDirectory(nstdb)) {
            for (String r : List.of("118e24", "118e00", "118e_6")) {
                assertSameAsFullRead(nstdb.resolve(r), "MLII");
                assertSameAsFullRead(nstdb.resolve(r), "V1");
            }
        }
    }
}
