package org.aiotbench.adapter;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Service interface through which generators written in Java plug in
 * ({@code META-INF/services/org.aiotbench.adapter.SynthesizerFactory}); the built-in adapters
 * are registered the same way. The {@link #type()} is what an adapter file's {@code type:}
 * names.
 */
public interface SynthesizerFactory {

    String type();

    /**
     * @param name    the row name to use (the adapter file's name, or the type)
     * @param options the adapter's options, strings as written in the file or on the command line
     * @param baseDir the folder relative paths in options are resolved against
     * @return one synthesizer, or several (the reference adapter gives one per baseline)
     */
    List<Synthesizer> create(String name, Map<String, String> options, Path baseDir) throws AdapterConfigException;
}
