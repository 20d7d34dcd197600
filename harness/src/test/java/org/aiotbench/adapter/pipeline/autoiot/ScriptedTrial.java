package org.aiotbench.adapter.pipeline.autoiot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aiotbench.adapter.Program;
import org.aiotbench.adapter.pipeline.Trial;
import org.aiotbench.adapter.pipeline.TrialOutcome;

/**
 * A development run decided by markers in the program text: {@code CRASH} fails with a Python
 * traceback, {@code SCORE=x} runs and scores x; anything else runs unscored.
 */
final class ScriptedTrial implements Trial {

    static final String ERROR_LINE = "NameError: name 'bandpas' is not defined";
    private static final Pattern SCORE = Pattern.compile("SCORE=([0-9.]+)");

    private final boolean available;
    private final List<Program.Source> runs = new ArrayList<>();

    ScriptedTrial(boolean available) {
        this.available = available;
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public synchronized TrialOutcome run(Program.Source program) {
        runs.add(program);
        String code = program.files().get(program.entryPoint());
        if (code.contains("CRASH")) {
            return new TrialOutcome(false, "Traceback (most recent call last):\n  File \"main.py\", line 3\n" + ERROR_LINE, null);
        }
        Matcher m = SCORE.matcher(code);
        return m.find() ? new TrialOutcome(true, "", Double.parseDouble(m.group(1))) : new TrialOutcome(true, "", null);
    }

    List<Program.Source> runs() {
        return List.copyOf(runs);
    }
}
