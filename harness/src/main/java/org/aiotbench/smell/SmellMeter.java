package org.aiotbench.smell;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.aiotbench.adapter.Program;
import org.aiotbench.runner.ProgramMeter;

/**
 * Code smells as a {@link ProgramMeter}: each source program is queued when it starts to run and
 * analysed on one background thread while it runs, so the analysis mostly hides behind the
 * program's own run time. Programs queued together go into one engine call. The engine starts
 * on the first program, so runs of in-process baselines alone never pay its start-up.
 */
public final class SmellMeter implements ProgramMeter {

    /** Longest a cell waits for its analysis; past it the cell's smells are "unavailable". */
    static final long WAIT_SECONDS = 600;

    private final Supplier<CodeAnalyzer> opener;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "aiotbench-smells");
        t.setDaemon(true);
        return t;
    });
    private volatile CodeAnalyzer analyzer;

    /** @param opener opens the analyser (called once, on the first source program) */
    public SmellMeter(Supplier<CodeAnalyzer> opener) {
        this.opener = opener;
    }

    @Override
    public String field() {
        return SmellJson.FIELD;
    }

    @Override
    public Reading start(Program program) {
        if (!(program instanceof Program.Source source)) {
            return null; // in-process baselines have no source to analyse
        }
        Pending p = new Pending(source, new CompletableFuture<>());
        queue.add(p);
        worker.execute(this::drain);
        return () -> SmellJson.write(await(p.result()));
    }

    private Smells await(CompletableFuture<Smells> f) {
        try {
            return f.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Smells.unavailable(SonarVersions.BUILT.tool(), "interrupted while waiting for the analysis");
        } catch (TimeoutException e) {
            return Smells.unavailable(SonarVersions.BUILT.tool(), "analysis took longer than " + WAIT_SECONDS + " s");
        } catch (ExecutionException e) {
            return Smells.unavailable(SonarVersions.BUILT.tool(), "analysis failed: " + SonarLintAnalyzer.oneLine(String.valueOf(e.getCause())));
        }
    }

    /** Runs on the worker thread only: takes everything queued so far as one batch. */
    private void drain() {
        List<Pending> batch = new ArrayList<>();
        for (Pending p = queue.poll(); p != null; p = queue.poll()) {
            batch.add(p);
        }
        if (batch.isEmpty()) {
            return; // an earlier drain took these programs
        }
        try {
            if (analyzer == null) {
                analyzer = opener.get();
            }
            Map<Integer, Program.Source> programs = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                programs.put(i, batch.get(i).program());
            }
            Map<Integer, Smells> out = analyzer.analyze(programs);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(out.get(i));
            }
        } catch (RuntimeException | LinkageError e) {
            batch.forEach(p -> p.result().completeExceptionally(e));
        }
    }

    @Override
    public JsonNode describe() {
        CodeAnalyzer a = analyzer;
        return a == null ? null : a.describe();
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        CodeAnalyzer a = analyzer;
        if (a != null) {
            a.close();
        }
    }

    private record Pending(Program.Source program, CompletableFuture<Smells> result) {
    }
}
