package org.aiotbench.reference.har;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WisdmRawTest {

    @TempDir
    Path dir;

    @Test
    void parserCountsEveryIrregularityAndKeepsWhatItCan() {
        String text = String.join("\n",
                "33,Jogging,49105962326000,-0.6946377,12.680544,0.50395286;",
                "33,Jogging,49106062271000,5.012288,11.264028,0.95342433;33,Jogging,49106112167000,4.903325,10.882658,-0.08172209;",
                "33,Jogging,49106222305000,-0.61291564,18.496431,",
                "",
                "33,Jogging,49106332290000,-1.1849703,12.108489,7.205164,;",
                "33,Jogging,0,1.0,2.0,3.0;",
                "33,Flying,49106442306000,1.0,2.0,3.0;",
                "33,Jogging,49106542312000,1.0,abc,3.0;",
                "33,Jogging,49106652389000,1.0,2.0,3.0,4.0;",
                "33,Walking,49106762313000,1.0,2.0,3.0",
                "");
        WisdmRawReader.Loaded l = WisdmRawReader.parse(text);
        WisdmRawReport r = l.report();
        assertEquals(6, r.accepted());
        assertEquals(1, r.count(WisdmRawReport.Issue.SEVERAL_ON_ONE_LINE));
        assertEquals(1, r.count(WisdmRawReport.Issue.MISSING_FIELDS));
        assertEquals(1, r.count(WisdmRawReport.Issue.EMPTY));
        assertEquals(1, r.count(WisdmRawReport.Issue.TRAILING_COMMA));
        assertEquals(1, r.count(WisdmRawReport.Issue.ZERO_TIMESTAMP));
        assertEquals(1, r.count(WisdmRawReport.Issue.UNKNOWN_ACTIVITY));
        assertEquals(1, r.count(WisdmRawReport.Issue.BAD_NUMBER));
        assertEquals(1, r.count(WisdmRawReport.Issue.EXTRA_FIELDS));
        assertEquals(2, r.count(WisdmRawReport.Issue.NO_SEMICOLON));
        assertEquals(5, r.dropped());
        assertEquals(r.accepted() + r.dropped(), r.records());
        assertTrue(r.examples().get(0).startsWith("line 2: SEVERAL_ON_ONE_LINE"), r.examples().get(0));
        assertEquals(7.205164f, l.data().z()[3]);
        assertEquals(WisdmActivity.WALKING, l.data().activities()[5]);
    }

    @Test
    void fileWithoutValidRecordsIsAOneLineError() throws IOException {
        Path p = dir.resolve("raw.txt");
        Files.writeString(p, "hello\nworld\n");
        HarFormatException e = assertThrows(HarFormatException.class, () -> WisdmRawReader.read(p));
        assertTrue(e.getMessage().startsWith(p + ": no valid WISDM raw record"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void writerQuirksAreExactlyWhatTheReaderReports() throws IOException {
        WisdmRawData d = WisdmRawSynth.generate(WisdmRawSynth.Config.uniform(2, 30, 5));
        Path p = dir.resolve("raw.txt");
        Map<WisdmRawReport.Issue, Long> injected = WisdmRawWriter.write(p, d, new WisdmRawWriter.Quirks(0.02, 9));
        WisdmRawReader.Loaded l = WisdmRawReader.read(p);
        assertEquals(injected, l.report().issues());
        assertEquals(5, injected.size(), "all five kinds injected: " + injected);
        long missing = injected.get(WisdmRawReport.Issue.MISSING_FIELDS);
        assertEquals(d.size() - missing, l.report().accepted());

        Path clean = dir.resolve("clean.txt");
        WisdmRawWriter.write(clean, d);
        WisdmRawReader.Loaded c = WisdmRawReader.read(clean);
        assertTrue(c.report().issues().isEmpty(), c.report().summary());
        assertArrayEquals(d.x(), c.data().x());
        assertArrayEquals(d.timestamps(), c.data().timestamps());
        assertArrayEquals(d.activities(), c.data().activities());
        assertEquals("0.0001", WisdmRawWriter.number(1e-4f));
    }

    @Test
    void windowsStayInsideRunsOfOneUserAndActivity() {
        int n = 13;
        int[] users = {1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2};
        int[] acts = {0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1};
        long[] ts = new long[n];
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            ts[i] = i * 50_000_000L;
            x[i] = i;
        }
        ts[10] = ts[9] + 5_000_000_000L;
        WisdmRawData d = new WisdmRawData(users, acts, ts, x, x.clone(), x.clone());
        HarDataset w = WisdmWindows.window(d, new WisdmWindows.Spec(2, 2, 0));
        // Runs: [0..4] -> 2 windows, [5,6] -> 1, [7..12] -> 3.
        assertEquals(6, w.size());
        assertArrayEquals(new int[] {6, 2, 3}, w.input("acc").shape());
        assertArrayEquals(new int[] {0, 0, 1, 1, 1, 1}, w.labels());
        assertArrayEquals(new int[] {1, 1, 1, 2, 2, 2}, w.groups());
        assertEquals(7f, w.input("acc").row(3)[0]);
        // With a 1 s gap limit the run 7..12 breaks at 10: [7,8,9] -> 1 window, [10,11,12] -> 1.
        assertEquals(5, WisdmWindows.window(d, new WisdmWindows.Spec(2, 2, 1_000_000_000L)).size());
        // Overlapping windows: step 1.
        assertEquals(4 + 1 + 5, WisdmWindows.window(d, new WisdmWindows.Spec(2, 1, 0)).size());
    }

    @Test
    void synthIsDeterministicPerSeed() {
        WisdmRawData a = WisdmRawSynth.generate(WisdmRawSynth.Config.uniform(3, 20, 11));
        WisdmRawData b = WisdmRawSynth.generate(WisdmRawSynth.Config.uniform(3, 20, 11));
        WisdmRawData c = WisdmRawSynth.generate(WisdmRawSynth.Config.uniform(3, 20, 12));
        assertEquals(3 * 6 * 20 * 20, a.size());
        assertArrayEquals(a.x(), b.x());
        assertArrayEquals(a.timestamps(), b.timestamps());
        assertArrayEquals(a.activities(), b.activities());
        assertFalse(Arrays.equals(a.x(), c.x()));
        // Adding users leaves the earlier users' data unchanged.
        WisdmRawData more = WisdmRawSynth.generate(WisdmRawSynth.Config.uniform(4, 20, 11));
        assertArrayEquals(a.y(), Arrays.copyOf(more.y(), a.size()));
    }

    @Test
    void synthSignalsArePhysicallyPlausible() {
        WisdmRawData d = WisdmRawSynth.generate(WisdmRawSynth.Config.uniform(8, 60, 3));
        HarDataset w = WisdmWindows.window(d, WisdmWindows.Spec.kwapisz());
        assertEquals(8 * 6 * 6, w.size());
        int k = WisdmActivity.CLASSES.size();
        double[] meanMag = new double[k];
        double[] sdMag = new double[k];
        double[] meanY = new double[k];
        double[] freq = new double[k];
        double[] sdY = new double[k];
        int[] cnt = new int[k];
        HarArray acc = w.input("acc");
        for (int i = 0; i < w.size(); i++) {
            float[] row = acc.row(i);
            double[] mag = new double[200];
            double sy = 0;
            double sy2 = 0;
            for (int t = 0; t < 200; t++) {
                sy2 += row[3 * t + 1] * row[3 * t + 1];
                mag[t] = Math.sqrt(row[3 * t] * row[3 * t] + row[3 * t + 1] * row[3 * t + 1]
                        + row[3 * t + 2] * row[3 * t + 2]);
                sy += row[3 * t + 1];
                assertTrue(Math.abs(row[3 * t]) <= 19.6f && Math.abs(row[3 * t + 1]) <= 19.6f);
            }
            int c = w.label(i);
            double m = Arrays.stream(mag).average().orElseThrow();
            meanMag[c] += m;
            sdMag[c] += Math.sqrt(Arrays.stream(mag).map(v -> (v - m) * (v - m)).sum() / 200);
            meanY[c] += sy / 200;
            sdY[c] += Math.sqrt(Math.max(0, sy2 / 200 - (sy / 200) * (sy / 200)));
            freq[c] += dominantHz(mag, m);
            cnt[c]++;
        }
        for (int c = 0; c < k; c++) {
            meanMag[c] /= cnt[c];
            sdMag[c] /= cnt[c];
            meanY[c] /= cnt[c];
            freq[c] /= cnt[c];
            sdY[c] /= cnt[c];
            System.out.printf("%-10s |a| mean %.2f sd %.2f, y mean %.2f sd %.2f, dominant %.2f Hz%n",
                    WisdmActivity.CLASSES.get(c), meanMag[c], sdMag[c], meanY[c], sdY[c], freq[c]);
        }
        // Static postures read gravity only: |a| ~ 1 g, little variation; standing has it on y.
        for (int c : new int[] {WisdmActivity.SITTING, WisdmActivity.STANDING}) {
            assertEquals(9.81, meanMag[c], 0.3, WisdmActivity.CLASSES.get(c));
            assertTrue(sdMag[c] < 0.5, WisdmActivity.CLASSES.get(c) + " sd " + sdMag[c]);
        }
        assertTrue(meanY[WisdmActivity.STANDING] > 8.0, "standing: gravity on y");
        assertTrue(meanY[WisdmActivity.SITTING] < 4.0, "sitting: thigh horizontal, gravity off y");
        // Jogging is the most vigorous, then the gaits, then the postures.
        assertTrue(sdMag[WisdmActivity.JOGGING] > sdMag[WisdmActivity.WALKING]);
        assertTrue(sdMag[WisdmActivity.WALKING] > 1.0 && sdMag[WisdmActivity.UPSTAIRS] > 1.0);
        // Cadence: walking about 1.9 steps/s, jogging faster, upstairs slowest of the gaits.
        assertEquals(1.9, freq[WisdmActivity.WALKING], 0.35);
        assertTrue(freq[WisdmActivity.JOGGING] > 2.3, "jogging cadence " + freq[WisdmActivity.JOGGING]);
        assertTrue(freq[WisdmActivity.UPSTAIRS] < freq[WisdmActivity.WALKING]);
    }

    @Test
    void simpleFeaturesSeparateActivitiesAcrossUsers() {
        HarDataset w = WisdmWindows.window(WisdmRawSynth.generate(WisdmRawSynth.Config.uniform(10, 60, 21)),
                WisdmWindows.Spec.kwapisz());
        // Per window: mean and standard deviation of each axis (6 features).
        HarArray acc = w.input("acc");
        float[] f = new float[w.size() * 6];
        for (int i = 0; i < w.size(); i++) {
            float[] row = acc.row(i);
            for (int a = 0; a < 3; a++) {
                double s = 0;
                double s2 = 0;
                for (int t = 0; t < 200; t++) {
                    s += row[3 * t + a];
                    s2 += row[3 * t + a] * row[3 * t + a];
                }
                f[i * 6 + a] = (float) (s / 200);
                f[i * 6 + 3 + a] = (float) Math.sqrt(Math.max(0, s2 / 200 - (s / 200) * (s / 200)));
            }
        }
        HarDataset feats = HarDataset.of("feats", w.classes(), "f", new HarArray(new int[] {w.size(), 6}, f),
                w.labels(), w.groups());
        HarSplit s = Splits.leaveGroupsOut(feats, new int[] {2, 5, 9});
        double acc6 = NearestCentroid.accuracy(s, "f");
        System.out.printf("wisdm synth raw, nearest centroid on axis mean+sd, 3 users held out: %.3f%n", acc6);
        assertTrue(acc6 > 0.5, "accuracy " + acc6);
    }

    private static double dominantHz(double[] x, double mean) {
        int n = x.length;
        double best = -1;
        double bestHz = 0;
        // 0.1 Hz resolution over 0.5..5 Hz; below 0.5 Hz is posture drift, not gait.
        for (int k = 5; k <= 50; k++) {
            double re = 0;
            double im = 0;
            for (int t = 0; t < n; t++) {
                double a = 2 * Math.PI * k * t / n;
                re += (x[t] - mean) * Math.cos(a);
                im += (x[t] - mean) * Math.sin(a);
            }
            double p = re * re + im * im;
            if (p > best) {
                best = p;
                bestHz = k * WisdmRawSynth.FS / n;
            }
        }
        return bestHz;
    }
}
