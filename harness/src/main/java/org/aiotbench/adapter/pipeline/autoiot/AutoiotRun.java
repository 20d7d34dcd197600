package org.aiotbench.adapter.pipeline.autoiot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aiotbench.adapter.GenerationException;
import org.aiotbench.adapter.Program;
import org.aiotbench.adapter.llm.ChatMessage;
import org.aiotbench.adapter.pipeline.PipelineContext;
import org.aiotbench.adapter.pipeline.PipelineResult;
import org.aiotbench.adapter.pipeline.TrialOutcome;
import org.aiotbench.catalogue.TaskRuntime;

/** One cell's pass through the AutoIOT stages; holds the candidate programs it produced. */
final class AutoiotRun {

    /** A program the pipeline produced, numbered from 1 in production order, with its trial outcome (null if not run). */
    record Candidate(int iteration, Program.Source program, TrialOutcome outcome) {
        boolean executed() {
            return outcome != null && outcome.executed();
        }

        Double devScore() {
            return executed() ? outcome.devScore() : null;
        }
    }

    private final PipelineContext ctx;
    private final AutoiotOptions options;
    private final KnowledgeIndex knowledge;
    private final List<Candidate> candidates = new ArrayList<>();
    private TaskRuntime runtime;

    AutoiotRun(PipelineContext ctx, AutoiotOptions options, KnowledgeIndex knowledge) {
        this.ctx = ctx;
        this.options = options;
        this.knowledge = knowledge;
    }

    PipelineResult run() throws GenerationException {
        runtime = runtime();
        String task = ctx.prompt();
        Program.Source first = draft(task);
        if (!ctx.trial().available()) {
            candidates.add(new Candidate(1, first, null));
            return new PipelineResult(first, 1, null, null);
        }
        Candidate current = tryOut(first);
        Boolean firstExecutionOk = current.executed();
        debug(task, current);
        improve(task);
        Candidate best = best();
        // Nothing ran: the last version has had the most repairs, so it is the likeliest to be close.
        Program.Source chosen = best != null ? best.program() : candidates.get(candidates.size() - 1).program();
        return new PipelineResult(chosen, candidates.size(), firstExecutionOk, iterationsToTarget());
    }

    /** Terminology, retrieval, outline, design, one function per step and integration: the first program. */
    private Program.Source draft(String task) throws GenerationException {
        List<String> terms = Replies.terms(ask(AutoiotPipeline.TERMS, Prompts.terms(task)));
        List<Passage> passages = retrieve(terms);
        String outline = ask(AutoiotPipeline.OUTLINE, Prompts.outline(task, passages));
        String design = ask(AutoiotPipeline.DESIGN, Prompts.design(task, outline, runtime));
        List<String> steps = Replies.steps(design);
        List<String> functions = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            String reply = ask(AutoiotPipeline.FUNCTION, Prompts.function(task, design, i + 1, steps.get(i), runtime));
            functions.add(Replies.code(reply, runtime).orElse(reply));
        }
        String integrated = ask(AutoiotPipeline.INTEGRATE, Prompts.integrate(task, design, functions, runtime));
        return program(integrated).orElseThrow(() -> new GenerationException(
                "autoiot: stage " + AutoiotPipeline.INTEGRATE + " replied without a program"));
    }

    /** Up to D repairs of a version that does not run, each fed the previous attempt's error tail. */
    private void debug(String task, Candidate first) throws GenerationException {
        Candidate current = first;
        for (int round = 0; round < options.debugRounds() && !current.executed(); round++) {
            Optional<Program.Source> repaired = program(ask(AutoiotPipeline.DEBUG,
                    Prompts.debug(task, current.program(), feedback(current), runtime)));
            if (repaired.isPresent()) {
                current = tryOut(repaired.get());
            }
        }
    }

    /** Improvement needs a scored version to start from; it stops early once the target is reached. */
    private void improve(String task) throws GenerationException {
        String failed = null;
        for (int round = 0; round < options.improveRounds(); round++) {
            Candidate best = best();
            if (best == null || best.devScore() == null || reachedTarget(best)) {
                return;
            }
            List<Double> history = candidates.stream().filter(c -> c.devScore() != null).map(Candidate::devScore).toList();
            Optional<Program.Source> next = program(ask(AutoiotPipeline.IMPROVE,
                    Prompts.improve(task, best.program(), best.devScore(), history, failed, runtime)));
            if (next.isEmpty()) {
                failed = "(the reply contained no program)";
                continue;
            }
            Candidate c = tryOut(next.get());
            failed = c.executed() ? null : feedback(c);
        }
    }

    /** Highest development score among executed versions; ties and unscored runs go to the earliest. */
    private Candidate best() {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (!c.executed()) {
                continue;
            }
            if (best == null || score(c) > score(best)) {
                best = c;
            }
        }
        return best;
    }

    private static double score(Candidate c) {
        return c.devScore() == null ? Double.NEGATIVE_INFINITY : c.devScore();
    }

    private boolean reachedTarget(Candidate c) {
        if (options.target() == null) {
            return ctx.reachesTarget(c.devScore());
        }
        return c.devScore() != null && c.devScore() >= options.target();
    }

    private Integer iterationsToTarget() {
        return candidates.stream().filter(this::reachedTarget).map(Candidate::iteration).findFirst().orElse(null);
    }

    private Candidate tryOut(Program.Source program) {
        Candidate c = new Candidate(candidates.size() + 1, program, ctx.trial().run(program));
        candidates.add(c);
        return c;
    }

    private List<Passage> retrieve(List<String> terms) {
        if (knowledge == null) {
            return List.of();
        }
        // A terminology reply we could not read still leaves the task's own words to search with.
        List<String> query = terms.isEmpty() ? List.of(ctx.task().title(), ctx.task().prompt().target()) : terms;
        return knowledge.search(query, options.topK());
    }

    /** An adapter restricted to one language renders the prompt for it alone: write in that one. */
    private TaskRuntime runtime() {
        List<TaskRuntime> allowed = ctx.task().runtimes();
        for (TaskRuntime r : allowed) {
            if (allowed.size() > 1 && ctx.prompt().equals(ctx.task().renderPrompt(r))) {
                return r;
            }
        }
        return allowed.get(0);
    }

    private String ask(String stage, List<ChatMessage> messages) throws GenerationException {
        String content = ctx.chat(stage, messages).content();
        return content == null ? "" : content;
    }

    private Optional<Program.Source> program(String reply) {
        return Replies.code(reply, runtime).map(code -> Program.Source.single(runtime, code));
    }

    private static String feedback(Candidate c) {
        String f = c.outcome() == null ? "" : c.outcome().feedback();
        return f == null || f.isBlank() ? "(the run failed without any output)" : f;
    }
}
