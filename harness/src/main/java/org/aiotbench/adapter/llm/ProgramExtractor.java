package org.aiotbench.adapter.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aiotbench.adapter.GenerationException;
import org.aiotbench.adapter.Program;
import org.aiotbench.catalogue.TaskRuntime;

/**
 * Takes the program out of a model's reply. Code must be in fenced blocks (three or more
 * backticks or tildes). A block's file name comes from, in this order: a token with a dot in
 * its info string ({@code ```python main.py}, {@code ```python title="util.py"}), a first line
 * that is a comment {@code # file: util.py} / {@code // file: Util.java} (the line is kept), or
 * a line just above the fence that is only the name ({@code main.py}, {@code **main.py**},
 * {@code `main.py`:}). The language comes from the info string ({@code python}/{@code py},
 * {@code java}, {@code sh}/{@code bash}/{@code shell}) or the name's extension.
 *
 * <p>The runtime is the first of the task's runtimes for which the reply has code; its entry
 * file is the block named like the runtime's entry ({@code main.py}, {@code Main.java},
 * {@code main.sh}), else the longest unnamed block of that language. Named blocks become
 * further files (helpers, data); unnamed blocks besides the entry (usage examples, shell
 * commands) are dropped. A reply without a usable block is a generation failure.
 */
public final class ProgramExtractor {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([^\\n`]*)$");
    private static final Pattern NAME_TOKEN = Pattern.compile("(?:title|file|filename|name)?=?\"?([A-Za-z0-9_][A-Za-z0-9_./-]*\\.[A-Za-z0-9]+)\"?");
    private static final Pattern FILE_COMMENT = Pattern.compile("^\\s*(?:#|//|--)\\s*(?:file(?:name)?)\\s*:\\s*([A-Za-z0-9_][A-Za-z0-9_./-]*)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_LINE = Pattern.compile("^\\s*(?:#+\\s*)?[*_`]*([A-Za-z0-9_][A-Za-z0-9_./-]*\\.[A-Za-z0-9]+)[*_`]*:?\\s*$");

    /** One fenced block. */
    record Block(String language, String name, String code) {
    }

    private ProgramExtractor() {
    }

    public static Program.Source extract(String reply, List<TaskRuntime> runtimes) throws GenerationException {
        List<Block> blocks = blocks(reply);
        if (blocks.isEmpty()) {
            throw new GenerationException("the reply contains no fenced code block (" + preview(reply) + ")");
        }
        for (TaskRuntime rt : runtimes) {
            Optional<Program.Source> p = assemble(blocks, rt);
            if (p.isPresent()) {
                return p.get();
            }
        }
        List<String> seen = blocks.stream().map(b -> b.language == null ? "unlabelled" : b.language).distinct().toList();
        throw new GenerationException("the reply has no code in an allowed language ("
                + String.join(", ", runtimes.stream().map(TaskRuntime::id).toList()) + "); its blocks are " + String.join(", ", seen));
    }

    private static Optional<Program.Source> assemble(List<Block> blocks, TaskRuntime rt) {
        Block entry = null;
        for (Block b : blocks) {
            if (rt.entry().equals(b.name)) {
                entry = b;
            }
        }
        if (entry == null) {
            for (Block b : blocks) {
                if (b.name == null && rt.id().equals(b.language) && (entry == null || b.code.length() > entry.code.length())) {
                    entry = b;
                }
            }
        }
        if (entry == null) {
            // A single unlabelled block with no name is taken to be the program in the first runtime.
            long unlabelled = blocks.stream().filter(b -> b.language == null && b.name == null).count();
            if (unlabelled == 1 && blocks.size() == 1) {
                entry = blocks.get(0);
            }
        }
        if (entry == null) {
            return Optional.empty();
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(rt.entry(), entry.code);
        for (Block b : blocks) {
            if (b != entry && b.name != null && safe(b.name) && !b.name.equals(rt.entry())) {
                files.put(b.name, b.code);
            }
        }
        return Optional.of(new Program.Source(rt, files, rt.entry()));
    }

    private static boolean safe(String name) {
        return !name.startsWith("/") && !name.contains("..") && !name.startsWith("output/") && !name.equals("output");
    }

    static List<Block> blocks(String reply) {
        List<Block> out = new ArrayList<>();
        String[] lines = reply.split("\r?\n", -1);
        int i = 0;
        while (i < lines.length) {
            Matcher open = FENCE.matcher(lines[i]);
            if (!open.matches()) {
                i++;
                continue;
            }
            String fence = open.group(1);
            String info = open.group(2).trim();
            String above = i > 0 ? lines[i - 1] : "";
            List<String> body = new ArrayList<>();
            int j = i + 1;
            boolean closed = false;
            for (; j < lines.length; j++) {
                String t = lines[j].strip();
                if (t.startsWith(fence.substring(0, 3)) && t.chars().allMatch(c -> c == fence.charAt(0)) && t.length() >= fence.length()) {
                    closed = true;
                    break;
                }
                body.add(lines[j]);
            }
            // An unclosed fence (a reply cut off at max_tokens) still yields what was written.
            String code = String.join("\n", body);
            if (!code.endsWith("\n")) {
                code += "\n";
            }
            String name = nameFromInfo(info);
            if (name == null && !body.isEmpty()) {
                Matcher m = FILE_COMMENT.matcher(body.get(0));
                if (m.matches()) {
                    name = m.group(1);
                }
            }
            if (name == null) {
                Matcher m = NAME_LINE.matcher(above);
                if (m.matches()) {
                    name = m.group(1);
                }
            }
            String lang = language(info, name);
            if (!code.isBlank()) {
                out.add(new Block(lang, name, code));
            }
            i = closed ? j + 1 : j;
        }
        return out;
    }

    private static String nameFromInfo(String info) {
        String[] tokens = info.split("\\s+");
        for (int k = 0; k < tokens.length; k++) {
            Matcher m = NAME_TOKEN.matcher(tokens[k]);
            // The first token is the language unless it looks like a file name itself.
            if (m.matches() && (k > 0 || tokens[k].contains("."))) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * The runtime id ({@code python}, {@code java}, {@code shell}) a fence's info string or a file
     * name stands for, or null. Shared with the autoiot pipeline so both read tags alike.
     */
    public static String language(String info, String name) {
        String first = info.isEmpty() ? "" : info.split("[\\s{]+")[0].toLowerCase(Locale.ROOT);
        String byInfo = switch (first) {
            case "python", "python3", "py" -> "python";
            case "java" -> "java";
            case "sh", "bash", "shell", "zsh", "posix" -> "shell";
            default -> null;
        };
        if (byInfo != null) {
            return byInfo;
        }
        if (name != null) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".py")) return "python";
            if (n.endsWith(".java")) return "java";
            if (n.endsWith(".sh")) return "shell";
        }
        return null;
    }

    private static String preview(String reply) {
        String l = reply.replaceAll("\\s+", " ").strip();
        if (l.isEmpty()) {
            return "the reply is empty";
        }
        return "it begins: " + (l.length() > 80 ? l.substring(0, 80) + "…" : l);
    }
}
