package org.aiotbench.adapter.pipeline.autoiot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aiotbench.adapter.llm.ProgramExtractor;
import org.aiotbench.catalogue.TaskRuntime;

/**
 * Reads what the pipeline needs out of free-form model replies. Models wrap lists in prose,
 * number them in several styles or answer in JSON, so each reader accepts the common shapes
 * and falls back to something usable rather than failing the cell.
 */
final class Replies {

    static final int MAX_TERMS = 20;
    static final int MAX_TERM_CHARS = 80;
    /** Each step costs one chat call; longer designs fold their tail into the last step. */
    static final int MAX_STEPS = 8;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BULLET = Pattern.compile("^(?:[-*+\u2022]|\\(?\\d{1,2}[.):]|[a-z][.)])\\s+");
    private static final Pattern STEP = Pattern.compile(
            "^(\\s*)(?:#{1,6}\\s*)?(?:\\*\\*)?(?:step\\s*)?(\\d{1,2})(?:\\*\\*)?\\s*[.):\\-]\\s*(?:\\*\\*)?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*(`{3,})[ \\t]*([^\\s`]*)[^\\n]*\\n(.*?)^[ \\t]*\\1[ \\t]*$",
            Pattern.DOTALL);
    /** An opening fence line with no closing one: a reply cut at the token limit. */
    private static final Pattern OPEN_FENCE = Pattern.compile("(?m)^[ \\t]*`{3,}[^\\n]*\\n");

    private Replies() {
    }

    /** Domain terms from a terminology reply: a JSON array, a bulleted or numbered list, or comma-separated. */
    static List<String> terms(String reply) {
        Map<String, String> out = new LinkedHashMap<>();
        Optional<List<String>> json = jsonArray(reply);
        List<String> raw = json.orElseGet(() -> listItems(reply));
        for (String r : raw) {
            String t = cleanTerm(r);
            if (!t.isEmpty() && t.length() <= MAX_TERM_CHARS && out.size() < MAX_TERMS) {
                out.putIfAbsent(t.toLowerCase(Locale.ROOT), t);
            }
        }
        return List.copyOf(out.values());
    }

    private static Optional<List<String>> jsonArray(String reply) {
        int open = reply.indexOf('[');
        int close = reply.lastIndexOf(']');
        if (open < 0 || close <= open) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(reply.substring(open, close + 1));
            if (!node.isArray()) {
                return Optional.empty();
            }
            List<String> items = new ArrayList<>();
            for (JsonNode n : node) {
                if (n.isTextual()) {
                    items.add(n.asText());
                } else if (n.isObject() && n.has("term")) {
                    items.add(n.get("term").asText());
                }
            }
            return items.isEmpty() ? Optional.empty() : Optional.of(items);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<String> listItems(String reply) {
        List<String> lines = new ArrayList<>();
        for (String line : reply.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("```")) {
                lines.add(t);
            }
        }
        List<String> items = new ArrayList<>();
        boolean anyBullet = lines.stream().anyMatch(l -> BULLET.matcher(l).find());
        for (String line : lines) {
            boolean bullet = BULLET.matcher(line).find();
            if (anyBullet && !bullet) {
                continue; // prose around a list: "Here are the terms:"
            }
            String item = BULLET.matcher(line).replaceFirst("");
            if (!anyBullet && line.endsWith(":")) {
                continue;
            }
            String[] parts = item.split("[,;]");
            if (!bullet && parts.length > 1 && Arrays.stream(parts).allMatch(p -> words(p) <= 4)) {
                items.addAll(List.of(parts));
            } else {
                items.add(item);
            }
        }
        return items;
    }

    /** Drops markup and any explanation after the term ("Pan-Tompkins: a QRS detector"). */
    private static String cleanTerm(String raw) {
        String t = raw.replace("**", "").replace("`", "").strip();
        for (String sep : new String[] {": ", " - ", " \u2013 ", " \u2014 ", " ("}) {
            int i = t.indexOf(sep);
            if (i > 0) {
                t = t.substring(0, i);
            }
        }
        t = t.replaceAll("^[\"'\\s]+|[\"'.\\s]+$", "");
        return words(t) > 8 ? "" : t;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /**
     * The numbered top-level steps of a design. A design without numbering is one step; nested
     * numbered lists stay inside their step because they are indented deeper than the first step.
     */
    static List<String> steps(String design) {
        List<StringBuilder> steps = new ArrayList<>();
        int indent = -1;
        int expected = 1;
        for (String line : design.split("\\R")) {
            Matcher m = STEP.matcher(line);
            if (m.matches() && (indent < 0 || m.group(1).length() <= indent)
                    && Integer.parseInt(m.group(2)) == expected) {
                indent = m.group(1).length();
                expected++;
                steps.add(new StringBuilder(m.group(3).strip()));
            } else if (!steps.isEmpty()) {
                steps.get(steps.size() - 1).append('\n').append(line);
            }
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder s : steps) {
            String t = s.toString().strip();
            if (out.size() == MAX_STEPS) {
                out.set(MAX_STEPS - 1, out.get(MAX_STEPS - 1) + "\n" + t);
            } else if (!t.isEmpty()) {
                out.add(t);
            }
        }
        if (out.isEmpty() && !design.isBlank()) {
            out.add(design.strip());
        }
        return out;
    }

    /**
     * The source code in a reply: the longest fenced block tagged with the runtime's language,
     * else the longest fenced block, else the reply itself (models told to answer with code
     * only often drop the fence). An unclosed fence (a reply cut at the token limit) counts
     * from its opening line. Empty when the reply is blank.
     */
    static Optional<String> code(String reply, TaskRuntime runtime) {
        String best = null;
        String bestTagged = null;
        Matcher m = FENCE.matcher(reply);
        while (m.find()) {
            String body = m.group(3);
            if (best == null || body.length() > best.length()) {
                best = body;
            }
            if (matchesLanguage(m.group(2), runtime) && (bestTagged == null || body.length() > bestTagged.length())) {
                bestTagged = body;
            }
        }
        String code = bestTagged != null ? bestTagged : best;
        if (code == null) {
            code = reply;
            Matcher open = OPEN_FENCE.matcher(reply);
            if (open.find()) {
                code = reply.substring(open.end());
            }
        }
        code = code.strip();
        return code.isEmpty() ? Optional.empty() : Optional.of(code + "\n");
    }

    private static boolean matchesLanguage(String tag, TaskRuntime runtime) {
        return runtime.id().equals(ProgramExtractor.language(tag, null));
    }
}
