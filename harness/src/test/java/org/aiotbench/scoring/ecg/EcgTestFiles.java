package org.aiotbench.scoring.ecg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.aiotbench.reference.wfdb.Annotation;
import org.aiotbench.reference.wfdb.AnnotationWriter;

/** Small WFDB records and detection files for scorer tests. */
final class EcgTestFiles {
    private EcgTestFiles() {
    }

    /** Writes {@code dir/name.hea} (one MLII signal) and {@code dir/name.atr}. */
    static void record(Path dir, String name, double fs, long samples, List<Annotation> annotations) throws IOException {
        header(dir, name, fs, samples);
        AnnotationWriter.write(dir.resolve(name + ".atr"), annotations);
    }

    static void header(Path dir, String name, double fs, long samples) throws IOException {
        String fsText = fs == Math.rint(fs) ? String.valueOf((long) fs) : String.valueOf(fs);
        Files.writeString(dir.resolve(name + ".hea"), name + " 1 " + fsText + " " + samples + "\n" + name
                + ".dat 212 200 11 1024 0 0 0 MLII\n", StandardCharsets.US_ASCII);
    }

    /** Writes detections one per line. */
    static Path detections(Path file, long... samples) throws IOException {
        Files.writeString(file, Arrays.stream(samples).mapToObj(Long::toString).collect(Collectors.joining("\n", "", "\n")),
                StandardCharsets.US_ASCII);
        return file;
    }
}
