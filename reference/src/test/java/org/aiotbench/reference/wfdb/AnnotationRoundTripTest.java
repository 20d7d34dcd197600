package org.aiotbench.reference.wfdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void codeTableAndBeatSet() {
        String all = "N L R a V F J A S E j / Q ~ | s T * D \" = p B ^ t + u ? ! [ ] e n @ x f ( ) r";
        for (String m : all.split(" ")) {
            int code = AnnotationCodes.code(m);
            assertTrue(code > 0, m);
            assertEquals(m, AnnotationCodes.mnemonic(code));
        }
        List<String> beats = new ArrayList<>();
        for (int c = 0; c <= 63; c++) {
            if (AnnotationCodes.isBeat(c)) {
                beats.add(AnnotationCodes.mnemonic(c));
            }
        }
        assertEquals(List.of("N", "L", "R", "a", "V", "F", "J", "A", "S", "E", "j", "/", "Q", "B", "?", "e", "n", "f", "r"),
                beats);
        assertEquals(1, AnnotationCodes.code("N"));
        assertEquals(28, AnnotationCodes.code("+"));
        assertEquals("[15]", AnnotationCodes.mnemonic(15));
        assertFalse(AnnotationCodes.isBeat(AnnotationCodes.FLWAV));
        assertFalse(AnnotationCodes.isBeat(-1));
    }

    @Test
    void roundTripWithSkipSubChnNumAuxAndNotQrs() throws Exception {
        List<Annotation> in = List.of(
                Annotation.of(18, AnnotationCodes.RHYTHM, 0, 0, 0, "(N"),
                Annotation.of(77, AnnotationCodes.NORMAL),
                Annotation.of(77, AnnotationCodes.PVC, 0, 1, 0, null),
                Annotation.of(2000, AnnotationCodes.NOISE, -1, 1, 0, null),
                Annotation.of(2000 + 70_000_000L, AnnotationCodes.NORMAL, 3, 1, 5, null),
                Annotation.of(2000 + 70_000_001L, AnnotationCodes.NOTQRS, 0, 255, -7, "odd"),
                Annotation.of(2000 + 70_000_001L, AnnotationCodes.NOTE, 0, 0, 0, "even"));
        Path f = dir.resolve("x.atr");
        AnnotationWriter.write(f, in);
        AnnotationFile back = AnnotationFile.read(f);
        assertEquals(in, back.annotations());
        assertTrue(back.timeResolution().isEmpty());
        assertEquals(3, back.beats().size()); // N, V, N; the noise, NOTQRS and note are not beats
    }

    @Test
    void encodingFollowsTheMitLayout() {
        // N at 300 then V at 2000: the second needs SKIP (1700 > 1023).
        byte[] b = AnnotationWriter.encode(List.of(Annotation.of(300, 1), Annotation.of(2000, 5)));
        int[] words = new int[b.length / 2];
        for (int i = 0; i < words.length; i++) {
            words[i] = (b[2 * i] & 0xFF) | (b[2 * i + 1] & 0xFF) << 8;
        }
        assertArrayEquals(new int[] {(1 << 10) | 300, 59 << 10, 0, 1700, 5 << 10, 0}, words);
    }

    @Test
    void timeResolutionNoteRescalesToRecordFrequency() throws Exception {
        List<Annotation> at250 = List.of(Annotation.of(250, 1), Annotation.of(501, 1), Annotation.of(1000, 5));
        Path f = dir.resolve("q.qrs");
        AnnotationWriter.write(f, at250, 250);
        AnnotationFile file = AnnotationFile.read(f);
        assertEquals(OptionalDouble.of(250.0), file.timeResolution());
        assertEquals(at250, file.annotations()); // the note itself is consumed
        List<Annotation> at360 = AnnotationFile.read(f, 360);
        assertEquals(List.of(360L, 721L, 1440L), at360.stream().map(Annotation::sample).toList());
        assertEquals(at250, file.atFrequency(250));
        // Layout WFDB uses (and wfdb-python looks for): NOTE word at time 0 (bytes 0, 88), then an
        // AUX word (length, 252) and the text.
        byte[] b = java.nio.file.Files.readAllBytes(f);
        String text = "## time resolution: 250";
        assertEquals(0, b[0]);
        assertEquals(88, b[1]);
        assertEquals(text.length(), b[2]);
        assertEquals(252, b[3] & 0xFF);
        assertEquals(text, new String(b, 4, text.length(), java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void malformedFilesAreReported() {
        byte[] truncatedSkip = {0, (byte) (59 << 2), 1, 0};
        WfdbFormatException e = assertThrows(WfdbFormatException.class,
                () -> AnnotationReader.decode(truncatedSkip, "t.atr"));
        assertEquals("t.atr: truncated SKIP at byte 0", e.getMessage());
        byte[] auxFirst = {2, (byte) (63 << 2), 'a', 'b'};
        e = assertThrows(WfdbFormatException.class, () -> AnnotationReader.decode(auxFirst, "a.atr"));
        assertEquals("a.atr: AUX pseudo-annotation at byte 0 precedes the first annotation", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> AnnotationWriter.encode(List.of(Annotation.of(5, 1), Annotation.of(4, 1))));
    }
}
