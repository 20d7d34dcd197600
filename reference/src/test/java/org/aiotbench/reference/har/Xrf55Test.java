package org.aiotbench.reference.har;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Xrf55Test {

    @TempDir
    Path dir;

    @Test
    void synthHasScaledRealShapesAndIsDeterministic() {
        Xrf55Synth.Config c = new Xrf55Synth.Config(2, 5, 20, 0.1,
                List.of(Xrf55Layout.WIFI, Xrf55Layout.RFID, Xrf55Layout.MMWAVE), 4);
        Xrf55Data d = Xrf55Synth.generate(c);
        assertArrayEquals(new int[] {200, 27, 100}, d.data().input("wifi").shape());
        assertArrayEquals(new int[] {200, 2, 15}, d.data().input("rfid").shape());
        assertArrayEquals(new int[] {200, 2, 26, 13}, d.data().input("mmwave").shape());
        assertEquals(d.data(), Xrf55Synth.generate(c).data());
        HarSplit s = d.officialSplit();
        assertEquals(2 * 5 * 14, s.train().size());
        assertEquals(2 * 5 * 6, s.test().size());
        assertArrayEquals(new int[] {1, 1}, new int[] {d.data().group(0), d.repetitions()[0]});
        // Full-size shapes are the real ones (one tiny sample set, to keep the test fast).
        Xrf55Data full = Xrf55Synth.generate(new Xrf55Synth.Config(1, 2, 1, 1.0, List.of("rfid", "mmwave"), 4));
        assertArrayEquals(new int[] {2, 23, 148}, full.data().input("rfid").shape());
        assertArrayEquals(new int[] {2, 17, 256, 128}, full.data().input("mmwave").shape());
    }

    @Test
    void synthIsLearnableButNotTrivialOnTheOfficialSplit() {
        Xrf55Data d = Xrf55Synth.generate(new Xrf55Synth.Config(3, 10, 20, 0.1, List.of("wifi", "rfid"), 9));
        HarSplit s = d.officialSplit();
        double wifi = NearestCentroid.accuracy(s, "wifi");
        double rfid = NearestCentroid.accuracy(s, "rfid");
        System.out.printf("xrf55 synthetic (scale 0.1, 10 actions, 3 volunteers) nearest centroid: wifi %.3f rfid %.3f%n",
                wifi, rfid);
        for (double acc : new double[] {wifi, rfid}) {
            assertTrue(acc > 0.3, "accuracy " + acc + " (chance 0.1)");
            assertTrue(acc < 0.97, "accuracy " + acc);
        }
    }

    @Test
    void loadsTheRealFileLayoutFromGeneratedFiles() throws IOException {
        // Kaggle-style layout, tiny shapes: Scene1/Scene1/{WiFi,RFID}/V_A_R.npy
        Map<String, int[]> shapes = Map.of("wifi", new int[] {3, 4}, "rfid", new int[] {2, 5});
        for (String folder : List.of("WiFi", "RFID")) {
            Path m = Files.createDirectories(dir.resolve("Scene1/Scene1/" + folder));
            int[] shape = shapes.get(folder.toLowerCase());
            int len = shape[0] * shape[1];
            for (int[] id : new int[][] {{1, 3, 1}, {1, 3, 15}, {2, 55, 2}}) {
                float[] v = new float[len];
                java.util.Arrays.fill(v, id[1] * 100 + id[2]);
                Npy.write(m.resolve(id[0] + "_" + id[1] + "_" + id[2] + ".npy"),
                        new HarArray(new int[] {shape[0], shape[1]}, v));
            }
        }
        // Present in one modality only: not loaded.
        Npy.write(dir.resolve("Scene1/Scene1/WiFi/3_1_1.npy"), new HarArray(new int[] {3, 4}, new float[12]));
        Files.writeString(dir.resolve("Scene1/Scene1/WiFi/readme.txt"), "not a sample");
        Xrf55Data d = Xrf55Layout.load(dir, List.of("wifi", "rfid"), shapes, null, null);
        assertEquals(3, d.data().size());
        assertArrayEquals(new int[] {2, 2, 54}, d.data().labels());
        assertArrayEquals(new int[] {1, 1, 2}, d.data().groups());
        assertArrayEquals(new int[] {1, 15, 2}, d.repetitions());
        assertEquals(315f, d.data().input("wifi").row(1)[0]);
        assertEquals(5502f, d.data().input("rfid").row(2)[9]);
        HarSplit s = d.officialSplit();
        assertEquals(2, s.train().size());
        assertEquals(1, s.test().size());
        assertEquals(new Xrf55Layout.SampleId(15, 4, 3), Xrf55Layout.parseName("15_4_3.npy"));
        assertNull(Xrf55Layout.parseName("bert_new_sentence_large_uncased.npy"));

        Npy.write(dir.resolve("Scene1/Scene1/RFID/3_1_1.npy"), new HarArray(new int[] {2, 4}, new float[8]));
        HarFormatException e = assertThrows(HarFormatException.class,
                () -> Xrf55Layout.load(dir, List.of("wifi", "rfid"), shapes, null, null));
        assertTrue(e.getMessage().contains("3_1_1.npy") && e.getMessage().contains("expected [2, 5]"), e.getMessage());
    }

    @Test
    void realClassMapHas55Names() throws IOException {
        String root = System.getenv("AIOTBENCH_DATA");
        Assumptions.assumeTrue(root != null, "AIOTBENCH_DATA not set");
        Path csv = Path.of(root, "xrf55-sample", "action_classes.csv");
        Assumptions.assumeTrue(Files.exists(csv), csv + " not present");
        List<String> names = Xrf55Layout.readClassNames(csv);
        assertEquals(55, names.size());
        assertEquals("carrying weight", names.get(0));
        assertEquals("throwing something", names.get(3));
        assertEquals(55, names.stream().distinct().count());
    }
}
