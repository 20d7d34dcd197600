package org.aiotbench.adapter.pipeline;

import java.util.List;
import org.aiotbench.adapter.GenerationException;
import org.aiotbench.adapter.Program;
import org.aiotbench.adapter.llm.ChatMessage;
import org.aiotbench.adapter.llm.ProgramExtractor;

/** {@code direct}: the task prompt in, one program out; no trials, no second chance. */
final class DirectPipeline implements Pipeline {

    private final ProgramRuntimes runtimes;

    DirectPipeline(ProgramRuntimes runtimes) {
        this.runtimes = runtimes;
    }

    @Override
    public String id() {
        return "direct";
    }

    @Override
    public PipelineResult run(PipelineContext ctx) throws GenerationException {
        String reply = ctx.chat("generate", List.of(ChatMessage.system(Prompts.SYSTEM), ChatMessage.user(ctx.prompt())))
                .content();
        Program.Source p = ProgramExtractor.extract(reply, runtimes.of(ctx.task()));
        return new PipelineResult(p, 1, null, null);
    }
}
