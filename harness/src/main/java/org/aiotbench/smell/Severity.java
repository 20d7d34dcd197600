package org.aiotbench.smell;

/** Sonar issue severities, most severe first (the order reports list them in). */
public enum Severity {
    BLOCKER, CRITICAL, MAJOR, MINOR, INFO
}
