package org.aiotbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aiotbench.scoring.ScoringException;
import org.aiotbench.scoring.ScoringException.Blame;
import org.aiotbench.scoring.stream.ResultScore;
import org.aiotbench.scoring.stream.ResultScoreMode;
import org.aiotbench.scoring.stream.ResultScoreSettings;
import org.aiotbench.scoring.stream.ResultScorer;
import org.aiotbench.scoring.stream.StreamFiles;
import org.aiotbench.scoring.stream.StreamScore;
import org.aiotbench.scoring.stream.StreamSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code score lcs}: the result score of stream outputs produced elsewhere (DESIGN.md §2). */
@Command(name = "lcs", mixinStandardHelpOptions = true,
        description = {"Result score of candidate streams against reference streams (LCS-style alignment of items).",
            "A FILE is JSON: a list of items (one stream) or an object from stream id to a list of items; "
                + "numbers and booleans count as their JSON text.",
            "Modes: strict (default: extra items penalised, numbers within --tolerance, exact text, common fields, "
                + "streams weighted by item count); chainstream (the published ChainStream evaluator, quirks included)."})
public final class ScoreLcsCommand implements Callable<Integer> {
    @Option(names = "--reference", required = true, paramLabel = "FILE", description = "The oracle's streams.")
    Path reference;

    @Option(names = "--candidate", required = true, paramLabel = "FILE", description = "The program's streams.")
    Path candidate;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "strict", description = "chainstream or strict (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--soft", description = "A field missing from a candidate item adds 0 instead of zeroing the item.")
    boolean soft;

    @Option(names = "--tolerance", paramLabel = "R", description = "Relative tolerance for numbers in strict mode (default: 1e-6).")
    Double tolerance;

    @Option(names = "--json", description = "Print JSON (full precision) instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ResultScoreMode m;
        try {
            m = ResultScoreMode.of(mode);
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage(), 2);
        }
        if (tolerance != null && m == ResultScoreMode.CHAINSTREAM) {
            return fail(err, "--tolerance applies to strict mode only (chainstream compares tokens)", 2);
        }
        double tol = tolerance == null ? ResultScoreSettings.DEFAULT_TOLERANCE : tolerance;
        if (!(tol >= 0) || Double.isInfinite(tol)) {
            return fail(err, "--tolerance must be a finite number >= 0, not " + tolerance, 2);
        }
        ResultScoreSettings settings = new ResultScoreSettings(m, soft, m == ResultScoreMode.STRICT ? tol : 0);
        try {
            StreamSet ref = StreamFiles.readJson(reference, Blame.HARNESS);
            StreamSet cand = StreamFiles.readJson(candidate, Blame.PROGRAM);
            ResultScore score = ResultScorer.score(ref, cand, settings);
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? toJson(score) : toText(score));
            out.flush();
            return 0;
        } catch (ScoringException e) {
            return fail(err, e.getMessage(), 1);
        } catch (IOException e) {
            return fail(err, "cannot write the result: " + e.getMessage(), 1);
        }
    }

    private static int fail(PrintWriter err, String message, int code) {
        err.println("score lcs: " + message);
        err.flush();
        return code;
    }

    static String toText(ResultScore r) {
        ResultScoreSettings s = r.settings();
        StringBuilder sb = new StringBuilder();
        sb.append("score ").append(number(r.score())).append("  (").append(s.mode().id()).append(s.soft() ? ", soft" : ", hard");
        if (s.mode() == ResultScoreMode.STRICT) {
            sb.append(", tolerance ").append(s.tolerance());
        }
        sb.append(")\n");
        sb.append(String.format(Locale.ROOT, "%-20s %8s %8s %12s %12s%n", "stream", "ref", "cand", "matched", "score"));
        for (StreamScore st : r.streams()) {
            sb.append(String.format(Locale.ROOT, "%-20s %8d %8s %12s %12s%n", st.id(), st.referenceItems(),
                    st.missing() ? "missing" : Integer.toString(st.candidateItems()), number(st.matched()), number(st.score())));
        }
        if (!r.extraStreams().isEmpty()) {
            sb.append("not scored (no such reference stream): ").append(String.join(", ", r.extraStreams())).append('\n');
        }
        return sb.toString();
    }

    /** Six decimals, except for values so small that they would print as 0 (the tiny-BLEU quirk). */
    private static String number(double v) {
        return v == 0 || v >= 1e-4 ? String.format(Locale.ROOT, "%.6f", v) : String.format(Locale.ROOT, "%.6e", v);
    }

    private static String toJson(ResultScore r) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("mode", r.settings().mode().id());
        root.put("soft", r.settings().soft());
        if (r.settings().mode() == ResultScoreMode.STRICT) {
            root.put("tolerance", r.settings().tolerance());
        }
        root.put("score", r.score());
        ArrayNode streams = root.putArray("streams");
        for (StreamScore st : r.streams()) {
            ObjectNode o = streams.addObject();
            o.put("stream", st.id());
            o.put("reference_items", st.referenceItems());
            o.put("candidate_items", st.candidateItems());
            o.put("missing", st.missing());
            o.put("matched", st.matched());
            o.put("score", st.score());
        }
        ArrayNode extra = root.putArray("extra_streams");
        r.extraStreams().forEach(extra::add);
        return mapper.writeValueAsString(root) + "\n";
    }
}
