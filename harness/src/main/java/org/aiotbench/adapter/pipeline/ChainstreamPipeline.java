package org.aiotbench.adapter.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.aiotbench.adapter.GenerationException;
import org.aiotbench.adapter.Program;
import org.aiotbench.adapter.llm.ChatMessage;
import org.aiotbench.adapter.llm.ChatReply;
import org.aiotbench.adapter.llm.ProgramExtractor;

/**
 * {@code chainstream}: ChainStream-style sandbox feedback. The program is run on the
 * development input; an error, a timeout, output the scorer rejects (for stream tasks: output
 * that does not match the expected stream description) or a development score under the task's
 * target goes back to the model in the same conversation, until a candidate is accepted or
 * {@code rounds} replies have been asked for. The best candidate that ran is kept (else the
 * last one). Without a development input it is {@code direct}.
 */
final class ChainstreamPipeline implements Pipeline {

    static final int DEFAULT_ROUNDS = 3;

    private final ProgramRuntimes runtimes;
    private final int rounds;

    ChainstreamPipeline(ProgramRuntimes runtimes, int rounds) {
        this.runtimes = runtimes;
        this.rounds = rounds;
    }

    @Override
    public String id() {
        return "chainstream";
    }

    @Override
    public PipelineResult run(PipelineContext ctx) throws GenerationException {
        List<ChatMessage> conversation = new ArrayList<>(List.of(ChatMessage.system(Prompts.SYSTEM), ChatMessage.user(ctx.prompt())));
        Program.Source last = null;
        Program.Source best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Boolean firstOk = null;
        Integer toTarget = null;
        String lastProblem = null;
        int round = 0;
        while (round < rounds) {
            round++;
            ChatReply reply = ctx.chat(round == 1 ? "generate" : "repair", conversation);
            conversation.add(ChatMessage.assistant(reply.content()));
            Program.Source p;
            try {
                p = ProgramExtractor.extract(reply.content(), runtimes.of(ctx.task()));
            } catch (GenerationException e) {
                lastProblem = e.getMessage();
                conversation.add(ChatMessage.user(Prompts.noProgram(e.getMessage())));
                continue;
            }
            last = p;
            if (!ctx.trial().available()) {
                return new PipelineResult(p, round, null, null);
            }
            TrialOutcome t = ctx.trial().run(p);
            if (firstOk == null) {
                firstOk = t.executed();
            }
            if (!t.executed()) {
                conversation.add(ChatMessage.user(Prompts.failed(t.feedback())));
                continue;
            }
            double s = t.devScore() == null ? Double.NaN : t.devScore();
            if (best == null || s > bestScore) {
                best = p;
                bestScore = s;
            }
            if (ctx.task().target() == null || t.devScore() == null) {
                break;
            }
            if (ctx.reachesTarget(t.devScore())) {
                toTarget = round;
                break;
            }
            conversation.add(ChatMessage.user(Prompts.belowTarget(ctx.task().target().metric(), t.devScore(), ctx.task().target().value())));
        }
        Program.Source chosen = best != null ? best : last;
        if (chosen == null) {
            throw new GenerationException("no program after " + round + " round(s): " + lastProblem);
        }
        return new PipelineResult(chosen, round, firstOk, toTarget);
    }
}
