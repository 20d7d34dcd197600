package org.aiotbench.scoring;

/**
 * Scoring could not be done. The message is one line naming the file (and line) and the cause,
 * fit to show a user as it is. {@link #blame()} tells the runner whose failure it is: a program
 * that writes a malformed output file failed ({@link Blame#PROGRAM}); a missing or unreadable
 * ground truth is an infrastructure failure ({@link Blame#HARNESS}).
 */
public final class ScoringException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Whose failure made scoring impossible. */
    public enum Blame {
        /** The program's output is malformed. */
        PROGRAM,
        /** The dataset, parameters or the harness itself. */
        HARNESS
    }

    private final Blame blame;

    public ScoringException(Blame blame, String message) {
        super(message);
        this.blame = blame;
    }

    public ScoringException(Blame blame, String message, Throwable cause) {
        super(message, cause);
        this.blame = blame;
    }

    /** A malformed program output. */
    public static ScoringException program(String message) {
        return new ScoringException(Blame.PROGRAM, message);
    }

    /** A problem with the dataset, the parameters or the harness. */
    public static ScoringException harness(String message) {
        return new ScoringException(Blame.HARNESS, message);
    }

    public Blame blame() {
        return blame;
    }
}
