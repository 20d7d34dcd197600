package org.aiotbench.reference.wfdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderParserTest {

    @Test
    void parsesMitdbStyleHeader() throws Exception {
        String text = "100 2 360 650000\n"
                + "100.dat 212 200 11 1024 995 -22131 0 MLII\n"
                + "100.dat 212 200 11 1024 1011 20052 0 V5\n"
                + "# 69 M 1085 1629 x1\n"
                + "# Aldomet, Inderal\n";
        WfdbHeader h = WfdbHeader.parse(text, "100.hea");
        assertEquals("100", h.recordName());
        assertEquals(2, h.numberOfSignals());
        assertEquals(360.0, h.samplingFrequency());
        assertEquals(650000L, h.numberOfSamples());
        assertTrue(Double.isNaN(h.counterFrequency()));
        SignalSpec s = h.signal(1);
        assertEquals("100.dat", s.fileName());
        assertEquals(212, s.format());
        assertEquals(200.0, s.gain());
        assertEquals(1024, s.baseline());
        assertEquals(11, s.adcResolution());
        assertEquals(1024, s.adcZero());
        assertEquals(1011, s.initialValue());
        assertEquals(20052, s.checksum());
        assertEquals("V5", s.description());
        assertNull(s.units());
        assertEquals(List.of(" 69 M 1085 1629 x1", " Aldomet, Inderal"), h.comments());
        assertEquals(1, h.signalIndex("v5"));
        assertEquals(-1, h.signalIndex("V1"));
        // Formatting a parsed header gives the original text back.
        assertEquals(text, h.format());
    }

    @Test
    void parsesSuffixesBaselineUnitsCounterAndBaseTime() throws Exception {
        String text = "rec 3 360/3600(17) 1000 12:30:00 01/02/2003\n"
                + "rec.dat 212x2:3+24 200(1024)/uV 11 0 -167 -13451 0 MLII lead\n"
                + "rec.dat 212 0 12 0 -29 -3562 0 noise1\n"
                + "b.dat 16\n";
        WfdbHeader h = WfdbHeader.parse(text, "rec.hea");
        assertEquals(360.0, h.samplingFrequency());
        assertEquals(3600.0, h.counterFrequency());
        assertEquals(17.0, h.baseCounter());
        assertEquals("12:30:00", h.baseTime());
        assertEquals("01/02/2003", h.baseDate());
        SignalSpec a = h.signal(0);
        assertEquals(2, a.samplesPerFrame());
        assertEquals(3, a.skew());
        assertEquals(24L, a.byteOffset());
        assertEquals(1024, a.baseline());
        assertEquals(0, a.adcZero());
        assertEquals("uV", a.units());
        assertEquals("MLII lead", a.description());
        SignalSpec b = h.signal(1);
        assertEquals(0.0, b.gain());
        assertEquals(200.0, b.effectiveGain());
        SignalSpec c = h.signal(2);
        assertEquals(16, c.adcResolution());
        assertEquals(0, c.initialValue());
        assertNull(c.checksum());
        assertEquals("", c.description());
        WfdbHeader again = WfdbHeader.parse(h.format(), "again");
        assertEquals(h.signal(0), again.signal(0));
        assertEquals(h.signal(1), again.signal(1));
        assertEquals(h.baseTime(), again.baseTime());
        assertEquals(h.counterFrequency(), again.counterFrequency());
        assertEquals(h.signal(2), again.signal(2)); // still without a checksum
        assertTrue(h.format().endsWith("b.dat 16 200 16 0 0\n"), h.format());
    }

    @Test
    void defaultsFrequencyWhenAbsent() throws Exception {
        WfdbHeader h = WfdbHeader.parse("x 0\n", "x.hea");
        assertEquals(250.0, h.samplingFrequency());
        assertEquals(-1L, h.numberOfSamples());
        assertEquals(0, h.numberOfSignals());
    }

    @Test
    void malformedHeadersNameFileLineAndReason() {
        WfdbFormatException e = assertThrows(WfdbFormatException.class,
                () -> WfdbHeader.parse("# c\n100 2 360 650000\n100.dat 212 abc 11 1024 0 0 0 MLII\n", "100.hea"));
        assertEquals("100.hea:3: bad gain field 'abc'", e.getMessage());
        e = assertThrows(WfdbFormatException.class,
                () -> WfdbHeader.parse("100 2 360 650000\n100.dat 212 200 11 1024 0 0 0 MLII\n", "h.hea"));
        assertEquals("h.hea:2: record line announces 2 signal(s) but only 1 signal line(s) follow", e.getMessage());
        e = assertThrows(WfdbFormatException.class,
                () -> WfdbHeader.parse("100 1 fast\n", "h.hea"));
        assertEquals("h.hea:1: bad sampling frequency 'fast'", e.getMessage());
        e = assertThrows(WfdbFormatException.class,
                () -> WfdbHeader.parse("100 1 360\n100.dat 311 200\n", "h.hea"));
        assertTrue(e.getMessage().startsWith("h.hea:2: unsupported signal format 311"), e.getMessage());
        e = assertThrows(WfdbFormatException.class,
                () -> WfdbHeader.parse("100 1 360\n100.dat 212q 200\n", "h.hea"));
        assertEquals("h.hea:2: bad format field '212q' (unknown suffix 'q')", e.getMessage());
        e = assertThrows(WfdbFormatException.class, () -> WfdbHeader.parse("\n\n", "e.hea"));
        assertTrue(e.getMessage().startsWith("e.hea:"), e.getMessage());
        e = assertThrows(WfdbFormatException.class,
                () -> WfdbHeader.parse("m/2 1 360 100\n", "m.hea"));
        assertEquals("m.hea:1: multi-segment record 'm/2' is not supported", e.getMessage());
    }
}
