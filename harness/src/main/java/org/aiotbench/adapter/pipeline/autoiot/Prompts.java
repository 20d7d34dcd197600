package org.aiotbench.adapter.pipeline.autoiot;

import java.util.List;
import org.aiotbench.adapter.Program;
import org.aiotbench.adapter.llm.ChatMessage;
import org.aiotbench.catalogue.TaskRuntime;

/**
 * The wording of every AutoIOT stage. Each stage is one fresh conversation (a system line and
 * one user message) that carries everything the stage needs, so replies are cacheable by
 * request and no stage's context grows with the number of rounds. Anything the pipeline did
 * not write itself (retrieved notes, model outputs, error logs) is cut to a fixed size.
 */
final class Prompts {

    static final int PASSAGE_CHARS = 600;
    static final int KNOWLEDGE_CHARS = 3600;
    static final int STAGE_TEXT_CHARS = 6000;
    static final int FUNCTIONS_CHARS = 24000;
    static final int FEEDBACK_CHARS = 2000;

    private static final String SYSTEM = "You are an experienced engineer who writes programs that process IoT sensor data."
            + " Be precise and concise, and follow the requested reply format exactly.";

    private Prompts() {
    }

    static List<ChatMessage> terms(String task) {
        return ask("List the domain-specific technical terms in the task below that a developer would look up"
                + " to solve it: signal types, algorithms, file formats, metrics, devices. Reply with one term per"
                + " line, at most 12 terms, without explanations.\n\n" + task(task));
    }

    static List<ChatMessage> outline(String task, List<Passage> passages) {
        return ask(task(task) + "\n\n" + knowledge(passages)
                + "\n\nOutline an algorithm that solves this task: the processing steps from reading the input to"
                + " writing the output, with the method and the key parameter values for each step and a short"
                + " reason. Use the notes where they apply. Do not write code.");
    }

    static List<ChatMessage> design(String task, String outline, TaskRuntime runtime) {
        return ask(task(task) + "\n\n## Algorithm outline\n" + head(outline, STAGE_TEXT_CHARS)
                + "\n\nTurn the outline into a detailed design for a " + language(runtime) + " program. Reply with a"
                + " numbered list (1., 2., ...); each item is one function: its name, its inputs and outputs (types,"
                + " units, array shapes) and exactly what it computes, with parameter values. The last item is the"
                + " main routine that reads the input, calls the other functions and writes the output.");
    }

    static List<ChatMessage> function(String task, String design, int number, String step, TaskRuntime runtime) {
        return ask(task(task) + "\n\n## Design\n" + head(design, STAGE_TEXT_CHARS)
                + "\n\nImplement step " + number + " of the design, and only that step:\n" + head(step, STAGE_TEXT_CHARS)
                + "\n\nReply with one " + fence(runtime) + " code block holding the function(s) for this step and the"
                + " imports they need, nothing else.");
    }

    static List<ChatMessage> integrate(String task, String design, List<String> functions, TaskRuntime runtime) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < functions.size(); i++) {
            code.append("### Step ").append(i + 1).append("\n```").append(fence(runtime)).append('\n')
                    .append(functions.get(i).strip()).append("\n```\n");
        }
        return ask(task(task) + "\n\n## Design\n" + head(design, STAGE_TEXT_CHARS)
                + "\n\n## Functions written for the design steps\n" + head(code.toString(), FUNCTIONS_CHARS)
                + "\n\nIntegrate these functions into one complete " + language(runtime) + " program, fixing any"
                + " inconsistencies between them. " + contract(runtime) + " Reply with the whole program in one "
                + fence(runtime) + " code block.");
    }

    static List<ChatMessage> debug(String task, Program.Source program, String feedback, TaskRuntime runtime) {
        return ask(task(task) + "\n\n## Program\n" + program(program) + "\n\n"
                + "## What happened when it ran on development data\n" + tail(feedback, FEEDBACK_CHARS)
                + "\n\nThe program failed. Find the cause and fix it. " + contract(runtime)
                + " Reply with the whole corrected program in one " + fence(runtime) + " code block.");
    }

    /**
     * @param history the development scores of the executed versions so far, in order
     * @param failed the feedback of the previous improvement attempt if it did not run, else null
     */
    static List<ChatMessage> improve(String task, Program.Source program, double score, List<Double> history,
                                     String failed, TaskRuntime runtime) {
        StringBuilder b = new StringBuilder(task(task));
        b.append("\n\n## Current best program\n").append(program(program)).append("\n\n");
        b.append("On the development data this program scores ").append(score(score))
                .append(" (0 to 1, higher is better; scores of the versions so far: ");
        for (int i = 0; i < history.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(score(history.get(i)));
        }
        b.append(").\n");
        if (failed != null) {
            b.append("\nYour previous attempt to improve it did not run:\n").append(tail(failed, FEEDBACK_CHARS))
                    .append("\n");
        }
        b.append("\nImprove the program's accuracy on this task: reconsider the method and its parameters where"
                + " the score suggests they are weak, and keep what works. ").append(contract(runtime))
                .append(" Reply with the whole improved program in one ").append(fence(runtime)).append(" code block.");
        return ask(b.toString());
    }

    /** A program's files in fences, the entry file first; further files are named above their fence. */
    static String program(Program.Source p) {
        StringBuilder b = new StringBuilder();
        b.append("```").append(fence(p.language())).append('\n').append(p.files().get(p.entryPoint()).strip()).append("\n```");
        p.files().keySet().stream().filter(n -> !n.equals(p.entryPoint())).sorted().forEach(n ->
                b.append("\n\n").append(n).append(":\n```\n").append(p.files().get(n).strip()).append("\n```"));
        return b.toString();
    }

    /** Retrieved passages with their sources, best first, within a fixed budget. */
    static String knowledge(List<Passage> passages) {
        if (passages.isEmpty()) {
            return "## Reference notes\n(none retrieved)";
        }
        StringBuilder b = new StringBuilder("## Reference notes (retrieved from the knowledge base; source in brackets)\n");
        for (Passage p : passages) {
            String entry = "[" + p.source() + (p.heading().isEmpty() ? "" : " \u00a7 " + p.heading()) + "]\n"
                    + head(p.text(), PASSAGE_CHARS) + "\n\n";
            if (b.length() + entry.length() > KNOWLEDGE_CHARS) {
                break;
            }
            b.append(entry);
        }
        return b.toString().strip();
    }

    private static List<ChatMessage> ask(String user) {
        return List.of(ChatMessage.system(SYSTEM), ChatMessage.user(user));
    }

    private static String task(String task) {
        return "## Task\n" + task.strip();
    }

    private static String contract(TaskRuntime runtime) {
        return "The entry file is " + runtime.entry() + " and it is run as `" + runtime.invocation() + "`.";
    }

    private static String language(TaskRuntime runtime) {
        return switch (runtime) {
            case PYTHON -> "Python 3";
            case JAVA -> "Java (one source file with class Main)";
            case SHELL -> "POSIX sh";
        };
    }

    private static String fence(TaskRuntime runtime) {
        return switch (runtime) {
            case PYTHON -> "python";
            case JAVA -> "java";
            case SHELL -> "sh";
        };
    }

    private static String score(double s) {
        return String.format(java.util.Locale.ROOT, "%.4f", s);
    }

    static String head(String text, int max) {
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max) + "\n[... cut]";
    }

    static String tail(String text, int max) {
        String t = text.strip();
        return t.length() <= max ? t : "[... cut]\n" + t.substring(t.length() - max);
    }
}
