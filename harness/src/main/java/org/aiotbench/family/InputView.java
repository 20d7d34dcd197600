package org.aiotbench.family;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dataset files a program is shown, by their name inside INPUT_DIR. Listing files one by
 * one (rather than exposing the dataset folder) is what keeps ground truth out of reach.
 */
public record InputView(Map<String, Path> files) {
    public InputView {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
