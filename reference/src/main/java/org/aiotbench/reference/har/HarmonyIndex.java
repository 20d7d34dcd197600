package org.aiotbench.reference.har;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Harmony dataset's official per-node split index files,
 * {@code sample_index/node_k/{train,test,incomplete}_sample_index.txt}: one sample index per
 * line, written by NumPy as a float ({@code 3.940000000000000000e+02}). Each index names
 * {@code node_k/<modality>/<index>.npy} and position {@code index} of {@code node_k/label.npy}.
 */
public final class HarmonyIndex {

    private static final Pattern NODE = Pattern.compile("node_(\\d+)");

    /**
     * One node's lists, in file order (the official loader takes the first N of each).
     *
     * @param node       node number
     * @param train      train_sample_index.txt
     * @param test       test_sample_index.txt
     * @param incomplete incomplete_sample_index.txt (appended to train for depth-only training on
     *                   multimodal nodes), empty where the file is absent
     */
    public record Node(int node, int[] train, int[] test, int[] incomplete) {
        public Node {
            train = train.clone();
            test = test.clone();
            incomplete = incomplete.clone();
        }

        @Override
        public int[] train() {
            return train.clone();
        }

        @Override
        public int[] test() {
            return test.clone();
        }

        @Override
        public int[] incomplete() {
            return incomplete.clone();
        }

        /** Samples the three lists name together; the node's data folder must hold at least this many. */
        public int sampleCount() {
            int max = -1;
            for (int[] a : new int[][] {train, test, incomplete}) {
                for (int v : a) {
                    max = Math.max(max, v);
                }
            }
            return max + 1;
        }

        /** The official protocol's lists: the first {@code numTrain} train and first {@code numTest} test entries. */
        public Node firstN(int numTrain, int numTest) {
            return new Node(node, java.util.Arrays.copyOf(train, Math.min(numTrain, train.length)),
                    java.util.Arrays.copyOf(test, Math.min(numTest, test.length)), incomplete);
        }
    }

    private HarmonyIndex() {
    }

    /** All nodes under {@code sampleIndexRoot} (the folder holding {@code node_0}, ...), by node number. */
    public static List<Node> read(Path sampleIndexRoot) throws IOException {
        if (!Files.isDirectory(sampleIndexRoot)) {
            throw new HarFormatException(sampleIndexRoot, "is not a directory");
        }
        List<Node> nodes = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(sampleIndexRoot)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                Matcher m = NODE.matcher(d.getFileName().toString());
                if (m.matches()) {
                    nodes.add(readNode(d, Integer.parseInt(m.group(1))));
                }
            }
        }
        if (nodes.isEmpty()) {
            throw new HarFormatException(sampleIndexRoot, "no node_<k> folders");
        }
        nodes.sort(Comparator.comparingInt(Node::node));
        return nodes;
    }

    /** One node folder; train and test files are required, incomplete is optional. */
    public static Node readNode(Path nodeDir, int node) throws IOException {
        int[] train = readList(nodeDir.resolve("train_sample_index.txt"));
        int[] test = readList(nodeDir.resolve("test_sample_index.txt"));
        Path inc = nodeDir.resolve("incomplete_sample_index.txt");
        int[] incomplete = Files.exists(inc) ? readList(inc) : new int[0];
        return new Node(node, train, test, incomplete);
    }

    /** One index file: a number per line (as {@code np.loadtxt} reads it), each a non-negative integer. */
    public static int[] readList(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new HarFormatException(file, "missing");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        int[] out = new int[lines.size()];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            double v;
            try {
                v = Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new HarFormatException(file, "line " + (i + 1) + ": '" + s + "' is not a number");
            }
            if (v < 0 || v != Math.rint(v) || v > Integer.MAX_VALUE) {
                throw new HarFormatException(file, "line " + (i + 1) + ": " + s + " is not a sample index");
            }
            out[n++] = (int) v;
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
