package org.aiotbench.scoring.har;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A split's ground truth as the harness keeps it, outside anything a program is shown: the
 * class names ({@code classes.txt}, one per line, in index order) and the test labels
 * ({@code y_test.txt}, one class index per line, in test order). Plain text because only the
 * harness reads it and a person checking a score can read it too.
 */
public record HarTruth(List<String> classes, int[] labels) {

    public static final String CLASSES = "classes.txt";
    public static final String LABELS = "y_test.txt";

    public HarTruth {
        classes = List.copyOf(classes);
        for (int l : labels) {
            if (l < 0 || l >= classes.size()) {
                throw new IllegalArgumentException("label " + l + " outside 0.." + (classes.size() - 1));
            }
        }
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(CLASSES), classes, StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder(labels.length * 3);
        for (int l : labels) {
            b.append(l).append('\n');
        }
        Files.writeString(dir.resolve(LABELS), b, StandardCharsets.UTF_8);
    }

    public static HarTruth read(Path dir) throws IOException {
        List<String> classes = Files.readAllLines(dir.resolve(CLASSES), StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(dir.resolve(LABELS), StandardCharsets.UTF_8);
        List<Integer> labels = new ArrayList<>();
        for (String l : lines) {
            if (!l.isBlank()) {
                try {
                    labels.add(Integer.parseInt(l.strip()));
                } catch (NumberFormatException e) {
                    throw new IOException(dir.resolve(LABELS) + ": not a class index: " + l);
                }
            }
        }
        try {
            return new HarTruth(classes, labels.stream().mapToInt(Integer::intValue).toArray());
        } catch (IllegalArgumentException e) {
            throw new IOException(dir.resolve(LABELS) + ": " + e.getMessage());
        }
    }
}
