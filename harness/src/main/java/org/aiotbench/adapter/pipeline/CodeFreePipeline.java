package org.aiotbench.adapter.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aiotbench.adapter.AdapterConfigException;
import org.aiotbench.adapter.GenerationException;
import org.aiotbench.adapter.Program;
import org.aiotbench.adapter.llm.ChatMessage;
import org.aiotbench.catalogue.Task;
import org.aiotbench.catalogue.TaskRuntime;
import org.aiotbench.reference.har.HarArray;
import org.aiotbench.reference.har.Npy;
import org.aiotbench.reference.wfdb.WfdbRecord;

/**
 * {@code code-free}: the Penetrative-AI style baseline. No program is written by the model;
 * the sensor data itself goes to it, downsampled and quantised to small integers in pieces that
 * fit {@code context_chars}, and its textual answers become the predictions:
 * <ul>
 * <li>{@code ecg-rpeak}: each record's lead (MLII, else the first) is averaged down to
 * {@code ecg_hz} and cut into segments; the model lists the R-peak positions of each segment,
 * which map back to sample indices at the record's frequency (the middle of the averaged block).
 * <li>{@code har}: every test window is reduced to {@code har_points} time steps per channel (or
 * its features, for feature vectors); windows are sent in batches, after
 * {@code examples_per_class} labelled train windows per class, and the model names each
 * window's class.
 * </ul>
 * The answers are written into the files of a generated output-writer program (a copy of the
 * answer files), which the runner executes and scores like any other: scores come from files,
 * never from what a reply claims. Traffic, the cost this baseline exists to show, is metered
 * per call as usual. Unparsable answers count as no peaks (ECG) or as the class the model
 * named most often (har); a run where most answers are unparsable fails.
 */
final class CodeFreePipeline implements Pipeline {

    static final Set<String> OPTIONS = Set.of("context_chars", "ecg_hz", "levels", "har_points", "examples_per_class", "max_calls");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INT = Pattern.compile("\\d+");

    private final ProgramRuntimes runtimes;
    private final int contextChars;
    private final int ecgHz;
    private final int levels;
    private final int harPoints;
    private final int examplesPerClass;
    private final int maxCalls;

    CodeFreePipeline(Map<String, String> options, ProgramRuntimes runtimes) throws AdapterConfigException {
        this.runtimes = runtimes;
        this.contextChars = Pipelines.positive(options, "context_chars", 12_000);
        this.ecgHz = Pipelines.positive(options, "ecg_hz", 90);
        this.levels = Pipelines.positive(options, "levels", 64);
        this.harPoints = Pipelines.positive(options, "har_points", 20);
        this.examplesPerClass = options.containsKey("examples_per_class") && options.get("examples_per_class").trim().equals("0")
                ? 0 : Pipelines.positive(options, "examples_per_class", 1);
        this.maxCalls = Pipelines.positive(options, "max_calls", 5_000);
        if (contextChars < 500) {
            throw new AdapterConfigException("option context_chars must be at least 500, not " + contextChars);
        }
        if (levels < 2 || levels > 1000) {
            throw new AdapterConfigException("option levels must be between 2 and 1000, not " + levels);
        }
    }

    @Override
    public String id() {
        return "code-free";
    }

    /** Families whose input this pipeline knows how to send and whose answers it can write. */
    @Override
    public boolean supports(Task task) {
        String f = task.family().id();
        boolean family = f.equals("ecg-rpeak") || f.equals("har");
        return family && (task.runtimes().contains(TaskRuntime.SHELL) || task.runtimes().contains(TaskRuntime.PYTHON));
    }

    @Override
    public PipelineResult run(PipelineContext ctx) throws GenerationException {
        Map<String, Path> input;
        try {
            input = ctx.input().files();
        } catch (IOException e) {
            throw new GenerationException("code-free: cannot read the task input: " + e.getMessage());
        }
        Map<String, String> answers = switch (ctx.task().family().id()) {
            case "ecg-rpeak" -> ecg(ctx, input);
            case "har" -> har(ctx, input);
            default -> throw new GenerationException("code-free: family " + ctx.task().family().id() + " is not supported");
        };
        return new PipelineResult(writer(ctx.task(), answers), 1, null, null);
    }

    // ---- ECG --------------------------------------------------------------------------------

    private Map<String, String> ecg(PipelineContext ctx, Map<String, Path> input) throws GenerationException {
        List<String> records = input.keySet().stream().filter(n -> n.endsWith(".hea"))
                .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        int perCall = Math.max(50, (contextChars - 600) / (digits(levels - 1) + 1));
        Map<String, double[]> signals = new LinkedHashMap<>();
        Map<String, Integer> factors = new LinkedHashMap<>();
        Map<String, Double> rates = new LinkedHashMap<>();
        long calls = 0;
        for (String rec : records) {
            WfdbRecord r;
            try {
                r = WfdbRecord.read(input.get(rec + ".hea"));
            } catch (IOException e) {
                throw new GenerationException("code-free: cannot read record " + rec + ": " + e.getMessage());
            }
            int lead = Math.max(0, r.signalIndex("MLII"));
            int factor = Math.max(1, (int) Math.round(r.samplingFrequency() / ecgHz));
            double[] down = blockMean(r.physical(lead), factor);
            signals.put(rec, down);
            factors.put(rec, factor);
            rates.put(rec, r.samplingFrequency() / factor);
            calls += (down.length + perCall - 1) / perCall;
        }
        checkCalls(calls);
        Map<String, String> out = new LinkedHashMap<>();
        int answered = 0;
        int asked = 0;
        for (String rec : records) {
            double[] x = signals.get(rec);
            int factor = factors.get(rec);
            TreeSet<Long> peaks = new TreeSet<>();
            for (int start = 0; start < x.length; start += perCall) {
                int end = Math.min(x.length, start + perCall);
                int[] q = quantise(x, start, end);
                String prompt = String.format(Locale.ROOT, "Below are %d consecutive samples of one ECG lead, sampled at %.1f Hz and "
                        + "quantised to integers 0..%d (higher = more positive voltage), starting %.1f s into the recording.%n"
                        + "List the positions (0-based, within these %d samples) of every R peak, i.e. the tip of each heartbeat's "
                        + "QRS complex. Reply with the positions only, as integers separated by spaces, or the word none.%n%n%s",
                        end - start, rates.get(rec), levels - 1, start / rates.get(rec), end - start, join(q));
                String reply = ctx.chat("answer", List.of(ChatMessage.user(prompt))).content();
                asked++;
                List<Integer> pos = integers(reply);
                if (!pos.isEmpty() || reply.toLowerCase(Locale.ROOT).contains("none")) {
                    answered++;
                }
                for (int p : pos) {
                    if (p >= 0 && p < end - start) {
                        peaks.add((long) (start + p) * factor + factor / 2);
                    }
                }
            }
            StringBuilder b = new StringBuilder();
            peaks.forEach(p -> b.append(p).append('\n'));
            out.put(rec + ".txt", b.toString());
        }
        if (asked > 0 && answered * 2 < asked) {
            throw new GenerationException("code-free: " + (asked - answered) + " of " + asked + " answers named no positions");
        }
        return out;
    }

    private static double[] blockMean(double[] x, int factor) {
        double[] out = new double[x.length / factor];
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            int n = 0;
            for (int k = 0; k < factor; k++) {
                double v = x[i * factor + k];
                if (!Double.isNaN(v)) {
                    s += v;
                    n++;
                }
            }
            out[i] = n == 0 ? 0 : s / n;
        }
        return out;
    }

    /** Integers 0..levels-1 spanning the segment's own range, so the model sees shape, not gain. */
    private int[] quantise(double[] x, int from, int to) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            lo = Math.min(lo, x[i]);
            hi = Math.max(hi, x[i]);
        }
        int[] q = new int[to - from];
        double span = hi - lo;
        for (int i = from; i < to; i++) {
            q[i - from] = span <= 0 ? 0 : (int) Math.round((x[i] - lo) / span * (levels - 1));
        }
        return q;
    }

    // ---- HAR --------------------------------------------------------------------------------

    private Map<String, String> har(PipelineContext ctx, Map<String, Path> input) throws GenerationException {
        JsonNode desc;
        List<String> classes = new ArrayList<>();
        Map<String, HarArray> test = new TreeMap<>();
        Map<String, HarArray> train = new TreeMap<>();
        int[] trainLabels;
        try {
            desc = JSON.readTree(input.get("dataset.json").toFile());
            desc.path("classes").forEach(c -> classes.add(c.asText()));
            for (var it = desc.path("modalities").fieldNames(); it.hasNext(); ) {
                String m = it.next();
                test.put(m, Npy.readFloat(input.get("test").resolve("X_" + m + ".npy")));
                train.put(m, Npy.readFloat(input.get("train").resolve("X_" + m + ".npy")));
            }
            trainLabels = Npy.readInt(input.get("train").resolve("y.npy"));
        } catch (IOException | RuntimeException e) {
            throw new GenerationException("code-free: cannot read the har input: " + e.getMessage());
        }
        if (classes.isEmpty() || test.isEmpty()) {
            throw new GenerationException("code-free: dataset.json names no classes or modalities");
        }
        int n = test.values().iterator().next().samples();
        Scales scales = Scales.of(test);
        StringBuilder examples = new StringBuilder();
        for (int c = 0; c < classes.size() && examplesPerClass > 0; c++) {
            int shown = 0;
            for (int i = 0; i < trainLabels.length && shown < examplesPerClass; i++) {
                if (trainLabels[i] == c) {
                    examples.append("example (").append(classes.get(c)).append("): ").append(window(train, i, scales)).append('\n');
                    shown++;
                }
            }
        }
        String intro = "Each line below is one window of wearable/wireless sensor data, reduced to a few time steps per channel"
                + " and quantised to integers 0.." + (levels - 1) + " (channels separated by '|'). The activities are: "
                + String.join(", ", classes) + ".\n" + (examples.length() == 0 ? "" : "Labelled examples:\n" + examples)
                + "For every numbered window, reply with one line 'number: activity' and nothing else.\n\n";
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(i + ": " + window(test, i, scales));
        }
        List<List<Integer>> batches = new ArrayList<>();
        int budget = Math.max(200, contextChars - intro.length());
        List<Integer> cur = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (!cur.isEmpty() && used + lines.get(i).length() + 1 > budget) {
                batches.add(cur);
                cur = new ArrayList<>();
                used = 0;
            }
            cur.add(i);
            used += lines.get(i).length() + 1;
        }
        if (!cur.isEmpty()) {
            batches.add(cur);
        }
        checkCalls(batches.size());
        int[] predicted = new int[n];
        java.util.Arrays.fill(predicted, -1);
        for (List<Integer> batch : batches) {
            StringBuilder p = new StringBuilder(intro);
            batch.forEach(i -> p.append(lines.get(i)).append('\n'));
            String reply = ctx.chat("answer", List.of(ChatMessage.user(p.toString()))).content();
            for (String line : reply.split("\r?\n")) {
                Matcher m = Pattern.compile("^\\W*(\\d+)\\s*[:.)-]\\s*(.+?)\\s*$").matcher(line);
                if (!m.matches()) {
                    continue;
                }
                int idx = Integer.parseInt(m.group(1));
                int cls = classOf(m.group(2), classes);
                if (idx >= 0 && idx < n && cls >= 0 && batch.contains(idx)) {
                    predicted[idx] = cls;
                }
            }
        }
        int[] counts = new int[classes.size()];
        int missing = 0;
        for (int v : predicted) {
            if (v < 0) missing++; else counts[v]++;
        }
        if (missing * 2 > n) {
            throw new GenerationException("code-free: " + missing + " of " + n + " windows got no recognisable activity");
        }
        int mode = 0;
        for (int c = 1; c < counts.length; c++) {
            if (counts[c] > counts[mode]) mode = c;
        }
        StringBuilder csv = new StringBuilder();
        for (int v : predicted) {
            csv.append(v < 0 ? mode : v).append('\n');
        }
        return Map.of("predictions.csv", csv.toString());
    }

    private static int classOf(String answer, List<String> classes) {
        String a = answer.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").trim();
        for (int c = 0; c < classes.size(); c++) {
            if (a.equals(classes.get(c).toLowerCase(Locale.ROOT))) return c;
        }
        for (int c = 0; c < classes.size(); c++) {
            if (a.contains(classes.get(c).toLowerCase(Locale.ROOT))) return c;
        }
        return a.matches("\\d+") && Integer.parseInt(a) < classes.size() ? Integer.parseInt(a) : -1;
    }

    /** Per-channel value ranges over the test windows (no labels involved), for quantisation. */
    private record Scales(Map<String, double[]> lo, Map<String, double[]> hi) {
        static Scales of(Map<String, HarArray> arrays) {
            Map<String, double[]> lo = new LinkedHashMap<>();
            Map<String, double[]> hi = new LinkedHashMap<>();
            for (Map.Entry<String, HarArray> e : arrays.entrySet()) {
                HarArray a = e.getValue();
                int channels = channels(a);
                double[] l = new double[channels];
                double[] h = new double[channels];
                java.util.Arrays.fill(l, Double.POSITIVE_INFINITY);
                java.util.Arrays.fill(h, Double.NEGATIVE_INFINITY);
                float[] d = a.data();
                for (int k = 0; k < d.length; k++) {
                    int c = k % channels;
                    if (Float.isFinite(d[k])) {
                        l[c] = Math.min(l[c], d[k]);
                        h[c] = Math.max(h[c], d[k]);
                    }
                }
                lo.put(e.getKey(), l);
                hi.put(e.getKey(), h);
            }
            return new Scales(lo, hi);
        }
    }

    /** Channels are the last axis of a window ([T, C]); a flat feature vector is one channel per feature. */
    private static int channels(HarArray a) {
        int[] shape = a.sampleShape();
        return shape.length >= 2 ? shape[shape.length - 1] : (shape.length == 1 ? shape[0] : 1);
    }

    private String window(Map<String, HarArray> arrays, int i, Scales scales) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, HarArray> e : arrays.entrySet()) {
            HarArray a = e.getValue();
            float[] row = a.row(i);
            int channels = channels(a);
            int steps = row.length / channels;
            double[] lo = scales.lo().get(e.getKey());
            double[] hi = scales.hi().get(e.getKey());
            if (steps == 1) {
                // A feature vector: one value per feature, each on its own scale.
                int[] q = new int[channels];
                for (int c = 0; c < channels; c++) {
                    q[c] = level(row[c], lo[c], hi[c]);
                }
                parts.add(join(q));
                continue;
            }
            for (int c = 0; c < channels; c++) {
                int points = Math.min(harPoints, steps);
                int[] q = new int[points];
                for (int p = 0; p < points; p++) {
                    int from = (int) ((long) p * steps / points);
                    int to = (int) ((long) (p + 1) * steps / points);
                    double s = 0;
                    for (int t = from; t < to; t++) s += row[t * channels + c];
                    q[p] = level(s / Math.max(1, to - from), lo[c], hi[c]);
                }
                parts.add(join(q));
            }
        }
        return String.join("|", parts);
    }

    private int level(double v, double lo, double hi) {
        if (!Double.isFinite(v) || !(hi > lo)) {
            return 0;
        }
        long q = Math.round((v - lo) / (hi - lo) * (levels - 1));
        return (int) Math.max(0, Math.min(levels - 1, q));
    }

    // ---- shared -----------------------------------------------------------------------------

    private void checkCalls(long calls) throws GenerationException {
        if (calls > maxCalls) {
            throw new GenerationException("code-free: the input needs " + calls + " model calls at context_chars " + contextChars
                    + ", more than max_calls " + maxCalls);
        }
    }

    /** A program that only copies the answers into OUTPUT_DIR: the runner executes and scores it as usual. */
    private Program.Source writer(Task task, Map<String, String> answers) throws GenerationException {
        Map<String, String> files = new LinkedHashMap<>();
        answers.forEach((name, text) -> files.put("answers/" + name, text));
        List<TaskRuntime> allowed = runtimes.of(task);
        if (allowed.contains(TaskRuntime.SHELL)) {
            files.put("main.sh", "#!/bin/sh\n# Writes the answers a model gave when shown the data itself (code-free baseline).\n"
                    + "set -e\ncp \"$(dirname \"$0\")\"/answers/* \"$2\"/\n");
            return new Program.Source(TaskRuntime.SHELL, files, "main.sh");
        }
        if (allowed.contains(TaskRuntime.PYTHON)) {
            files.put("main.py", "# Writes the answers a model gave when shown the data itself (code-free baseline).\n"
                    + "import os, shutil, sys\nsrc = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'answers')\n"
                    + "for n in sorted(os.listdir(src)):\n    shutil.copyfile(os.path.join(src, n), os.path.join(sys.argv[2], n))\n");
            return new Program.Source(TaskRuntime.PYTHON, files, "main.py");
        }
        throw new GenerationException("code-free: task " + task.id() + " allows neither shell nor python for the answer writer");
    }

    private static List<Integer> integers(String s) {
        List<Integer> out = new ArrayList<>();
        Matcher m = INT.matcher(s);
        while (m.find()) {
            if (m.group().length() <= 9) {
                out.add(Integer.parseInt(m.group()));
            }
        }
        return out;
    }

    private static String join(int[] q) {
        StringBuilder b = new StringBuilder(q.length * 3);
        for (int i = 0; i < q.length; i++) {
            if (i > 0) b.append(' ');
            b.append(q[i]);
        }
        return b.toString();
    }

    private static int digits(int v) {
        return Integer.toString(v).length();
    }
}
