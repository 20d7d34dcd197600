package org.aiotbench.family.stream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aiotbench.scoring.ScoringException;
import org.aiotbench.scoring.ScoringException.Blame;
import org.aiotbench.scoring.stream.ResultScoreMode;
import org.aiotbench.scoring.stream.ResultScorer;
import org.aiotbench.scoring.stream.StreamFiles;
import org.aiotbench.scoring.stream.StreamItem;
import org.aiotbench.scoring.stream.StreamSet;

/**
 * What a candidate's output streams lack against the expected output on the development data,
 * in lines for a model to act on: a missing stream file, fields missing from items or not asked
 * for, a wrong item count, and the first items that differ, quoted as both sides wrote them.
 * Only development data is quoted, and none of it that is also a test answer: for a few tasks
 * the answer does not depend on the data's seed (e.g. a fixed activity schedule), so an
 * expected item that also occurs in the test answers is withheld, and so is the item count of
 * a stream whose development answer equals its test answer.
 */
final class StreamReview {

    /** Differing items quoted per stream: enough to show a pattern, few enough to stay short. */
    static final int ITEMS = 3;
    /** Characters of one quoted item. */
    static final int ITEM_CHARS = 300;

    private StreamReview() {
    }

    /**
     * @param reference the expected streams (as scored)
     * @param expectedDir the expected streams' files, quoted as written
     * @param test the test answers, only to withhold what coincides with them
     * @return the review, or "" when every stream matches
     */
    static String review(StreamTaskSpec spec, StreamSet reference, Path expectedDir, StreamSet test, Path outputDir)
            throws IOException {
        List<String> lines = new ArrayList<>();
        for (String id : spec.oracle().outputs()) {
            String file = id + ".jsonl";
            List<StreamItem> want = reference.streams().get(id);
            List<StreamItem> testItems = test.streams().getOrDefault(id, List.of());
            boolean sameAsTest = want.equals(testItems);
            Path got = outputDir.resolve(file);
            if (!Files.isRegularFile(got)) {
                lines.add("- `" + file + "` is missing: write every output stream the task names, even one with no items"
                        + (sameAsTest ? "." : " (the development data gives " + items(want.size()) + ")."));
                continue;
            }
            List<StreamItem> have;
            try {
                have = StreamFiles.readJsonl(got, Blame.PROGRAM);
            } catch (ScoringException e) {
                lines.add("- `" + file + "` cannot be read: " + e.getMessage().replace(outputDir + java.io.File.separator, ""));
                continue;
            }
            lines.addAll(stream(spec, file, want, have, nonBlank(expectedDir.resolve(file)), nonBlank(got),
                    sameAsTest, new HashSet<>(testItems)));
        }
        if (lines.isEmpty()) {
            return "";
        }
        return "Checked against the expected output on the development data:\n" + String.join("\n", lines);
    }

    private static List<String> stream(StreamTaskSpec spec, String file, List<StreamItem> want, List<StreamItem> have,
                                       List<String> wantLines, List<String> haveLines, boolean sameAsTest,
                                       Set<StreamItem> testItems) {
        List<String> out = new ArrayList<>();
        String at = "- `" + file + "`: ";
        if (want.size() != have.size()) {
            out.add(at + "wrote " + items(have.size()) + (sameAsTest ? ", not the number of items the development data gives."
                    : ", the development data gives " + items(want.size()) + "."));
        }
        long notObjects = have.stream().filter(i -> !i.isObject()).count();
        if (notObjects > 0) {
            out.add(at + notObjects + " of " + items(have.size()) + " are not JSON objects.");
        }
        Set<String> expectedFields = new LinkedHashSet<>();
        want.forEach(i -> expectedFields.addAll(i.fields().keySet()));
        List<StreamItem> objects = have.stream().filter(StreamItem::isObject).toList();
        if (!want.isEmpty() && !objects.isEmpty()) {
            List<String> lacking = new ArrayList<>();
            for (String f : expectedFields) {
                long without = objects.stream().filter(i -> !i.fields().containsKey(f)).count();
                if (without > 0) {
                    lacking.add("`" + f + "`" + (without == objects.size() ? "" : " (in " + without + " of " + objects.size() + ")"));
                }
            }
            if (!lacking.isEmpty()) {
                out.add(at + "items lack the field" + (lacking.size() > 1 ? "s " : " ") + String.join(", ", lacking)
                        + "; expected fields: " + quoted(expectedFields) + ".");
            }
            Map<String, Long> extra = new LinkedHashMap<>();
            for (StreamItem i : objects) {
                for (String f : i.fields().keySet()) {
                    if (!expectedFields.contains(f)) {
                        extra.merge(f, 1L, Long::sum);
                    }
                }
            }
            if (!extra.isEmpty()) {
                List<String> names = new ArrayList<>();
                extra.forEach((f, n) -> names.add("`" + f + "`" + (n == objects.size() ? "" : " (in " + n + " of " + objects.size() + ")")));
                out.add(at + "items have " + (names.size() > 1 ? "fields" : "a field") + " the task does not ask for: "
                        + String.join(", ", names) + ".");
            }
        }
        List<String> quotes = differing(spec, want, have, wantLines, haveLines, testItems);
        if (!quotes.isEmpty()) {
            out.add(at + "first differing items, by position (development data, not the data the program is scored on):");
            out.addAll(quotes);
        }
        return out;
    }

    /** Up to {@link #ITEMS} positions where the items differ, each quoted from both files. */
    private static List<String> differing(StreamTaskSpec spec, List<StreamItem> want, List<StreamItem> have,
                                          List<String> wantLines, List<String> haveLines, Set<StreamItem> testItems) {
        List<String> out = new ArrayList<>();
        int shown = 0;
        for (int i = 0; i < Math.max(want.size(), have.size()) && shown < ITEMS; i++) {
            StreamItem w = i < want.size() ? want.get(i) : null;
            StreamItem h = i < have.size() ? have.get(i) : null;
            if (w != null && h != null && same(spec, w, h)) {
                continue;
            }
            shown++;
            String n = "    item " + (i + 1) + ": ";
            String pad = " ".repeat(n.length());
            out.add(n + "expected " + (w == null ? "(no such item)"
                    : testItems.contains(w) ? "(withheld: the same item is a test answer)" : quote(wantLines, i)));
            out.add(pad + "wrote    " + (h == null ? "(nothing)" : quote(haveLines, i)));
        }
        return out;
    }

    /** Equal in strict terms (the task's tolerance for numbers), and with the same fields. */
    private static boolean same(StreamTaskSpec spec, StreamItem want, StreamItem have) {
        if (!have.isObject() || !want.fields().keySet().equals(have.fields().keySet())) {
            return false;
        }
        if (want.fields().isEmpty()) {
            return true;
        }
        try {
            return ResultScorer.score(StreamSet.single(List.of(want)), StreamSet.single(List.of(have)),
                    spec.in(ResultScoreMode.STRICT)).score() == 1.0;
        } catch (ScoringException e) {
            return false;
        }
    }

    private static String quote(List<String> lines, int i) {
        String s = i < lines.size() ? lines.get(i).strip() : "?";
        return s.length() > ITEM_CHARS ? s.substring(0, ITEM_CHARS) + "…" : s;
    }

    /** The non-blank lines, as the stream reader counts items. */
    private static List<String> nonBlank(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                out.add(l);
            }
        }
        return out;
    }

    private static String items(int n) {
        return n + (n == 1 ? " item" : " items");
    }

    private static String quoted(Set<String> fields) {
        return String.join(", ", fields.stream().map(f -> "`" + f + "`").toList());
    }
}
