package org.aiotbench.smell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aiotbench.adapter.Program;
import org.aiotbench.catalogue.TaskRuntime;

/**
 * Measures the embedded analyser: engine start-up (with the rule check), the first analysis
 * (the plugins warm up), then the median time per file of the shipped Python samples analysed
 * one per call and all in one call. Not a test; run by hand from the repository root after a
 * build ({@code ./mvnw -o -pl harness -am test-compile}):
 * {@code java -cp "harness/target/classes:harness/target/test-classes:harness/target/sonar/*:$HOME/.m2/repository/com/fasterxml/jackson/core/jackson-databind/2.18.2/jackson-databind-2.18.2.jar:$HOME/.m2/repository/com/fasterxml/jackson/core/jackson-core/2.18.2/jackson-core-2.18.2.jar:$HOME/.m2/repository/com/fasterxml/jackson/core/jackson-annotations/2.18.2/jackson-annotations-2.18.2.jar" org.aiotbench.smell.SmellAnalysisBenchmark tasks/samples 5}
 */
public final class SmellAnalysisBenchmark {
    public static void main(String[] args) throws Exception {
        Path samples = Path.of(args.length > 0 ? args[0] : "tasks/samples");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Map<Path, Program.Source> programs = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(samples)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                programs.put(p, Program.Source.single(TaskRuntime.PYTHON, Files.readString(p)));
            }
        }
        System.setProperty(SonarFiles.PROPERTY, "harness/target/sonar");
        long t0 = System.nanoTime();
        try (CodeAnalyzer a = Analyzers.open(System.getenv(), w -> System.out.println("warning: " + w))) {
            System.out.printf("engine start-up incl. rule check: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            Map.Entry<Path, Program.Source> first = programs.entrySet().iterator().next();
            long t1 = System.nanoTime();
            a.analyze(Map.of(first.getKey(), first.getValue()));
            System.out.printf("first analysis (1 file): %d ms%n", (System.nanoTime() - t1) / 1_000_000);
            List<Double> single = new ArrayList<>();
            List<Double> batched = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (Map.Entry<Path, Program.Source> e : programs.entrySet()) {
                    long t = System.nanoTime();
                    a.analyze(Map.of(e.getKey(), e.getValue()));
                    single.add((System.nanoTime() - t) / 1e6);
                }
                long t = System.nanoTime();
                a.analyze(programs);
                batched.add((System.nanoTime() - t) / 1e6 / programs.size());
            }
            System.out.printf("%d files, %d rounds: median %.0f ms per file one per call, %.0f ms per file in one call%n",
                    programs.size(), rounds, median(single), median(batched));
        }
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
