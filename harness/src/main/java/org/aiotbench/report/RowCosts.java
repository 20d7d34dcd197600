package org.aiotbench.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.runner.CellStatus;

/**
 * What a row's programs cost to make and to run, beside what they scored: generation time,
 * tokens and traffic (means over the cells that recorded a generation, failed generations
 * included, since their calls were made), program network traffic, execution time per input
 * sample, and the agentic measures ESR and AIR.
 *
 * @param generatedCells cells with a generation record (the denominator of the generation means)
 * @param trafficBytes mean generator bytes sent plus received per cell
 * @param programNetworkBytes mean bytes the program itself moved on its network (0 when off)
 * @param esr first-execution success rate over attributable cells: a pipeline's own first
 *     development run where it made one, else whether the cell's program ran (ok); null when no
 *     cell counts
 * @param air mean iterations to the task's target over the cells that reached it, or null
 * @param targetReached cells whose generator reached the target on the development input
 * @param iterations mean generation iterations
 * @param execMsPerSample mean over ok cells of execution wall time divided by the number of
 *     input samples the cell was scored on (har: test windows; ecg-rpeak: records)
 * @param stages mean per-cell cost of each pipeline stage, by stage, first seen first
 */
public record RowCosts(int generatedCells, Double genWallMs, Double tokensIn, Double tokensOut, Double bytesSent,
                       Double bytesReceived, Double trafficBytes, Double programNetworkBytes, Double esr, Double air,
                       int targetReached, Double iterations, Double execMsPerSample, Map<String, StageMeans> stages) {

    /** Mean per generated cell of one stage's figures. */
    public record StageMeans(double calls, double tokensIn, double tokensOut, double bytesSent, double bytesReceived,
                             double wallMs) {
    }

    public static RowCosts of(List<ResultRecord> cells) {
        Mean wall = new Mean(), tin = new Mean(), tout = new Mean(), sent = new Mean(), recv = new Mean(), traffic = new Mean();
        Mean net = new Mean(), esr = new Mean(), air = new Mean(), iters = new Mean(), perSample = new Mean();
        int generated = 0;
        int reached = 0;
        Map<String, double[]> stageSums = new LinkedHashMap<>();
        for (ResultRecord r : cells) {
            GenerationStats g = r.generation();
            if (g != null) {
                generated++;
                wall.add(g.wallMs());
                tin.add(g.tokensIn());
                tout.add(g.tokensOut());
                sent.add(g.bytesSent());
                recv.add(g.bytesReceived());
                traffic.add(g.trafficBytes());
                iters.add(g.iterations());
                if (g.iterationsToTarget() != null) {
                    reached++;
                    air.add(g.iterationsToTarget());
                }
                for (GenerationStats.Stage s : g.stages()) {
                    double[] a = stageSums.computeIfAbsent(s.stage(), k -> new double[6]);
                    a[0] += s.calls();
                    a[1] += s.tokensIn();
                    a[2] += s.tokensOut();
                    a[3] += s.bytesSent();
                    a[4] += s.bytesReceived();
                    a[5] += s.wallMs();
                }
            }
            if (r.status() != CellStatus.INFRA_FAILED) {
                if (g != null && g.firstExecutionOk() != null) {
                    esr.add(g.firstExecutionOk() ? 1L : 0L);
                } else {
                    esr.add(r.status() == CellStatus.OK ? 1L : 0L);
                }
            }
            ExecutionStats x = r.execution();
            if (x != null) {
                net.add(x.networkBytes());
                if (r.status() == CellStatus.OK && x.wallMs() != null) {
                    int units = units(r);
                    if (units > 0) {
                        perSample.addDouble(x.wallMs() / (double) units);
                    }
                }
            }
        }
        Map<String, StageMeans> stages = new LinkedHashMap<>();
        int n = Math.max(1, generated);
        stageSums.forEach((k, a) -> stages.put(k, new StageMeans(a[0] / n, a[1] / n, a[2] / n, a[3] / n, a[4] / n, a[5] / n)));
        return new RowCosts(generated, wall.get(), tin.get(), tout.get(), sent.get(), recv.get(), traffic.get(), net.get(),
                esr.get(), air.get(), reached, iters.get(), perSample.get(), stages);
    }

    /** How many input samples a cell's score covers: har test windows, else the records scored. */
    static int units(ResultRecord r) {
        Double windows = r.metrics().get("test_samples");
        if (windows != null && windows > 0) {
            return (int) Math.round(windows);
        }
        var records = r.details().get("records");
        return records != null && records.isArray() ? records.size() : 0;
    }

    private static final class Mean {
        private double sum;
        private int n;

        void add(Long v) {
            if (v != null) {
                sum += v;
                n++;
            }
        }

        void add(Integer v) {
            if (v != null) {
                sum += v;
                n++;
            }
        }

        void addDouble(double v) {
            sum += v;
            n++;
        }

        Double get() {
            return n == 0 ? null : sum / n;
        }
    }
}
