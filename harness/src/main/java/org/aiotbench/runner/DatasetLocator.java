package org.aiotbench.runner;

import java.io.IOException;
import org.aiotbench.catalogue.Task;

/** Finds (or, for synthetic data, materializes) the dataset folder a task runs on. */
public interface DatasetLocator {

    Located locate(Task task) throws Missing, IOException;

    /** A dataset folder, whether it was generated, and its fingerprint for provenance. */
    record Located(java.nio.file.Path dir, boolean synthetic, String fingerprint) {
    }

    /** The dataset is absent; the message is the one-line note naming the command that brings it. */
    final class Missing extends Exception {
        private static final long serialVersionUID = 1L;

        public Missing(String message) {
            super(message);
        }
    }
}
