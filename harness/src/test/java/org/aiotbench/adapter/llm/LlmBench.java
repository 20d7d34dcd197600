package org.aiotbench.adapter.llm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aiotbench.catalogue.Catalogue;
import org.aiotbench.catalogue.Task;
import org.aiotbench.dataset.DataSettings;
import org.aiotbench.dataset.Datasets;
import org.aiotbench.runner.RunOptionsBuilder;

/**
 * A throw-away benchmark for generator tests: one ECG task (with a target) on two one-minute
 * synthetic records, adapter files pointing at a scripted server, and the model "replies" the
 * tests script: a small pure-Python detector, a crashing program, peak positions for code-free.
 */
final class LlmBench {

    final Path root;
    final Path tasks;
    final Path datasets;
    final Path data;
    final Path cache;

    LlmBench(Path root) throws IOException {
        this.root = root;
        this.tasks = Files.createDirectories(root.resolve("tasks"));
        this.datasets = Files.createDirectories(root.resolve("datasets"));
        this.data = Files.createDirectories(root.resolve("data"));
        this.cache = Files.createDirectories(root.resolve("cache"));
        Files.writeString(datasets.resolve("tiny-ecg.yaml"), """
                id: tiny-ecg
                title: Two one-minute synthetic ECG records
                licence: generated
                citation: ["McSharry et al. 2003"]
                format: WFDB
                synthetic:
                  generator: mcsharry-ecg
                  params: {records: 2, seconds: 60, fs: 360}
                  seed: 7
                """);
        Files.writeString(tasks.resolve("tiny-rpeak.yaml"), """
                id: tiny-rpeak
                version: 1
                family: ecg-rpeak
                title: R peaks on a tiny synthetic set
                dataset: {id: tiny-ecg, records: all}
                prompt:
                  target: Find the R peaks.
                  input: WFDB records in INPUT_DIR.
                  output: OUTPUT_DIR/<record>.txt with one sample index per line.
                runtimes: [python, shell]
                limits: {wall_seconds: 60, memory_mb: 512}
                scoring: {start_seconds: 0}
                target: {metric: f1, value: 0.5}
                baselines: [pan-tompkins]
                """);
    }

    /** Writes an adapter file and returns its path. */
    Path adapter(String name, String yaml) throws IOException {
        Path f = root.resolve(name + ".yaml");
        Files.writeString(f, yaml);
        return f;
    }

    RunOptionsBuilder options(Path out, List<String> synths) {
        return new RunOptionsBuilder().tasks("tiny-rpeak").synths(synths).out(out).tasksDir(tasks).progress(false).smells(false);
    }

    Datasets datasetsApi() {
        return Datasets.open(datasets, new DataSettings(data, cache));
    }

    List<Task> taskList() {
        return Catalogue.load(tasks).select("tiny-rpeak");
    }

    /** A model reply holding a small R-peak detector in pure Python (format 212, any number of signals). */
    static final String DETECTOR_REPLY = """
            Here is a simple energy-based detector.

            ```python main.py
            import os, sys
            from peaks import detect

            def samples(hea):
                lines = [l for l in open(hea).read().splitlines() if l.strip() and not l.startswith('#')]
                head = lines[0].split()
                nsig, fs = int(head[1]), float(head[2].split('/')[0])
                sig = lines[1].split()
                zero = int(sig[4]) if len(sig) > 4 else 0
                raw = open(os.path.join(os.path.dirname(hea), sig[0]), 'rb').read()
                v = []
                for i in range(0, len(raw) - 2, 3):
                    a = raw[i] + ((raw[i + 1] & 15) << 8)
                    c = raw[i + 2] + ((raw[i + 1] >> 4) << 8)
                    v.append(a - 4096 if a > 2047 else a)
                    v.append(c - 4096 if c > 2047 else c)
                return [x - zero for x in v[0::nsig]], fs

            inp, out = sys.argv[1], sys.argv[2]
            for name in sorted(os.listdir(inp)):
                if name.endswith('.hea'):
                    x, fs = samples(os.path.join(inp, name))
                    with open(os.path.join(out, name[:-4] + '.txt'), 'w') as f:
                        f.writelines('%d\\n' % p for p in detect(x, fs))
            ```

            ```python peaks.py
            def detect(x, fs):
                n, w = len(x), max(1, int(0.12 * fs))
                d = [0.0] * n
                for i in range(1, n - 1):
                    d[i] = (x[i + 1] - x[i - 1]) ** 2
                e, acc = [0.0] * n, 0.0
                for i in range(n):
                    acc += d[i]
                    if i >= w:
                        acc -= d[i - w]
                    e[i] = acc
                thr = 0.3 * sorted(e)[int(0.99 * n)]
                peaks, i, ref = [], 0, int(0.25 * fs)
                while i < n:
                    if e[i] > thr:
                        j = i
                        while j < n and e[j] > thr:
                            j += 1
                        lo = max(0, i - w)
                        p = max(range(lo, min(n, j)), key=lambda k: abs(x[k] - x[lo]))
                        if not peaks or p - peaks[-1] > ref:
                            peaks.append(p)
                        i = j
                    else:
                        i += 1
                return peaks
            ```
            """;

    static final String CRASH_REPLY = "```python\nimport sys\nraise SystemExit('cannot parse header: ' + sys.argv[1])\n```\n";

    /**
     * Plays the model of the code-free prompt: the R peaks of a quantised segment are its local
     * maxima in the top third, at least 0.25 s apart.
     */
    static String codeFreeAnswer(String prompt) {
        String[] parts = prompt.split("\n\n");
        String numbers = parts[parts.length - 1].trim();
        double rate = Double.parseDouble(prompt.replaceAll("(?s).*sampled at ([0-9.]+) Hz.*", "$1"));
        String[] tok = numbers.split("\\s+");
        int[] q = new int[tok.length];
        int max = 0;
        for (int i = 0; i < tok.length; i++) {
            q[i] = Integer.parseInt(tok[i]);
            max = Math.max(max, q[i]);
        }
        StringBuilder b = new StringBuilder();
        int last = -1_000_000;
        for (int i = 1; i + 1 < q.length; i++) {
            if (q[i] >= 0.66 * max && q[i] >= q[i - 1] && q[i] > q[i + 1] && i - last > 0.25 * rate) {
                b.append(i).append(' ');
                last = i;
            }
        }
        return b.length() == 0 ? "none" : b.toString().trim();
    }
}
