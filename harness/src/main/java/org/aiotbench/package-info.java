/**
 * aiotbench: a benchmark harness for systems that turn natural language into IoT and
 * sensor-data programs. The sub-packages follow the flow task catalogue → synthesizer adapter
 * → sandbox → scorer → results store → reports.
 */
package org.aiotbench;
