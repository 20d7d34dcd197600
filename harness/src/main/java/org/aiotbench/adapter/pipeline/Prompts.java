package org.aiotbench.adapter.pipeline;

import java.util.Locale;

/** The wording the built-in pipelines share, so every pipeline asks for code the same way. */
public final class Prompts {

    /**
     * The system message of program-writing pipelines: it states the file convention that
     * {@link org.aiotbench.adapter.llm.ProgramExtractor} reads.
     */
    public static final String SYSTEM = """
            You are an expert programmer of IoT and sensor-data processing software. Write the complete, \
            runnable program the user asks for, following its program contract exactly.
            Put the code of every file in its own fenced code block whose info string gives the language and \
            the file name, for example ```python main.py or ```java Main.java. The entry file must have the name \
            the contract gives. Use only the standard library and the packages the task says are available. \
            Keep explanations short: only the code blocks are used.""";

    private Prompts() {
    }

    /** Feedback after a failed development run. */
    public static String failed(String feedback) {
        return "Your program was run on development data of the same kind as the task's input (not the data it is "
                + "scored on), and it failed:\n\n" + feedback.strip()
                + "\n\nFix the problem and reply with the complete corrected program, every file in a fenced code block.";
    }

    /** Feedback after a development run that worked but scored below the task's target. */
    public static String belowTarget(String metric, double devScore, double target) {
        return String.format(Locale.ROOT, "Your program ran on development data of the same kind as the task's input "
                + "(not the data it is scored on) and reached %s = %.2f%%; the target is %.2f%%. Improve the program and "
                + "reply with the complete new version, every file in a fenced code block.", metric, devScore * 100, target * 100);
    }

    /** Feedback after a reply without a usable program. */
    public static String noProgram(String why) {
        return "Your reply could not be used: " + why.strip()
                + ". Reply with the complete program, every file in a fenced code block named as the contract says.";
    }
}
