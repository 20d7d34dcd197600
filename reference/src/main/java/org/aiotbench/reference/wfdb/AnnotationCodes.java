package org.aiotbench.reference.wfdb;

/**
 * The standard WFDB annotation codes and mnemonics (PhysioNet's {@code ecgcodes.h}; codes 1–41,
 * 42–49 unassigned), and which of them are beats.
 */
public final class AnnotationCodes {
    public static final int NOTQRS = 0;
    public static final int NORMAL = 1;
    public static final int LBBB = 2;
    public static final int RBBB = 3;
    public static final int ABERR = 4;
    public static final int PVC = 5;
    public static final int FUSION = 6;
    public static final int NPC = 7;
    public static final int APC = 8;
    public static final int SVPB = 9;
    public static final int VESC = 10;
    public static final int NESC = 11;
    public static final int PACE = 12;
    public static final int UNKNOWN = 13;
    public static final int NOISE = 14;
    public static final int ARFCT = 16;
    public static final int STCH = 18;
    public static final int TCH = 19;
    public static final int SYSTOLE = 20;
    public static final int DIASTOLE = 21;
    public static final int NOTE = 22;
    public static final int MEASURE = 23;
    public static final int PWAVE = 24;
    public static final int BBB = 25;
    public static final int PACESP = 26;
    public static final int TWAVE = 27;
    public static final int RHYTHM = 28;
    public static final int UWAVE = 29;
    public static final int LEARN = 30;
    public static final int FLWAV = 31;
    public static final int VFON = 32;
    public static final int VFOFF = 33;
    public static final int AESC = 34;
    public static final int SVESC = 35;
    public static final int LINK = 36;
    public static final int NAPC = 37;
    public static final int PFUS = 38;
    public static final int WFON = 39;
    public static final int WFOFF = 40;
    public static final int RONT = 41;
    /** Largest code an annotation can carry; 59–63 are the pseudo-annotations of the file format. */
    public static final int ACMAX = 49;

    private static final String[] MNEMONICS = new String[ACMAX + 1];
    private static final boolean[] BEAT = new boolean[ACMAX + 1];

    static {
        String[] table = {
            " ", "N", "L", "R", "a", "V", "F", "J", "A", "S",
            "E", "j", "/", "Q", "~", null, "|", null, "s", "T",
            "*", "D", "\"", "=", "p", "B", "^", "t", "+", "u",
            "?", "!", "[", "]", "e", "n", "@", "x", "f", "(",
            ")", "r"};
        for (int c = 0; c <= ACMAX; c++) {
            MNEMONICS[c] = c < table.length && table[c] != null ? table[c] : "[" + c + "]";
        }
        // DESIGN.md §2: N L R B A a J S V r F e j n E / f Q ?
        int[] beats = {NORMAL, LBBB, RBBB, BBB, APC, ABERR, NPC, SVPB, PVC, RONT, FUSION, AESC, NESC,
            SVESC, VESC, PACE, PFUS, UNKNOWN, LEARN};
        for (int b : beats) {
            BEAT[b] = true;
        }
    }

    private AnnotationCodes() {
    }

    /** Standard mnemonic of {@code code}; {@code [c]} for unassigned codes, as WFDB prints them. */
    public static String mnemonic(int code) {
        return code >= 0 && code <= ACMAX ? MNEMONICS[code] : "[" + code + "]";
    }

    /** Code of a standard mnemonic, or -1 if there is none. */
    public static int code(String mnemonic) {
        for (int c = 1; c <= ACMAX; c++) {
            if (MNEMONICS[c].equals(mnemonic)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether {@code code} is a beat label: exactly N L R B A a J S V r F e j n E / f Q ? (the
     * reference beats of EC57 / {@code bxb}). Rhythm, noise, flutter waves ({@code !}) and other
     * labels are not.
     */
    public static boolean isBeat(int code) {
        return code >= 0 && code <= ACMAX && BEAT[code];
    }
}
