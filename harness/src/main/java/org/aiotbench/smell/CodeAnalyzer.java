package org.aiotbench.smell;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.aiotbench.adapter.Program;

/** Static analysis of program sources. Implementations are safe to call from several threads. */
public interface CodeAnalyzer extends AutoCloseable {

    /** Tool and version, as written in each record's {@code smells.tool}. */
    String tool();

    /**
     * Analyses several programs, in one engine call where the tool allows it. Never throws: a
     * program that cannot be analysed gets {@link Smells#unavailable}.
     *
     * @param programs programs by a caller-chosen id; the result has the same ids
     */
    <K> Map<K, Smells> analyze(Map<K, Program.Source> programs);

    /** Tool, plugin and rule-set versions and active rules per language, for the run metadata. */
    ObjectNode describe();

    /** One-line start-up warnings (a plugin that did not load, a language without rules). */
    List<String> warnings();

    @Override
    void close();
}
