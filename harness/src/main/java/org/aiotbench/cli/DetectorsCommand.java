package org.aiotbench.cli;

import org.aiotbench.reference.ecg.Detectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code detectors}: the reference ECG detector names, one per line. */
@Command(name = "detectors", description = "List the reference ECG beat detectors.")
final class DetectorsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Detectors.names().forEach(spec.commandLine().getOut()::println);
    }
}
