package org.aiotbench.family.stream;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aiotbench.dataset.SyntheticGenerator;
import org.aiotbench.reference.stream.StreamDescription;
import org.aiotbench.reference.stream.SyntheticStreams;

/**
 * Writes the synthetic streams of {@link SyntheticStreams}: {@code <id>.jsonl} per stream and
 * {@code streams.json}, the list of their descriptions. Takes no parameters, only the seed.
 */
public final class StreamDayGenerator implements SyntheticGenerator {

    @Override
    public String name() {
        return "stream-day";
    }

    @Override
    public void generate(Path dir, Map<String, Object> params, long seed) throws IOException {
        if (!params.isEmpty()) {
            throw new IllegalArgumentException("stream-day: takes no params (got " + String.join(", ", params.keySet()) + ")");
        }
        List<Object> descriptions = new ArrayList<>();
        for (StreamDescription.Stream s : SyntheticStreams.generate(seed).values()) {
            StreamJsonl.write(dir.resolve(s.description().id() + ".jsonl"), s.items());
            descriptions.add(s.description().asMap());
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("synthetic", true);
        doc.put("streams", descriptions);
        StreamJsonl.writeJson(dir.resolve(StreamView.DESCRIPTION), doc);
    }
}
