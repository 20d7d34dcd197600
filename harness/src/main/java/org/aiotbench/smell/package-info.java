/**
 * Code smells of generated programs: Sonar-style issue counts (bugs, vulnerabilities, code
 * smells by severity, with rule keys) for every program that reaches execution. By default an
 * embedded, offline SonarLint engine applies SonarQube's own Java and Python rules; the plugin
 * jars are files the build copies, found at run time. A missing or incompatible analyzer makes
 * the counts "unavailable", never zero. The runner reaches this package only through
 * {@link org.aiotbench.runner.ProgramMeter} ({@link org.aiotbench.smell.SmellMeter}).
 */
package org.aiotbench.smell;
