/**
 * Readers and writers for PhysioNet's WFDB records: {@code .hea} headers, signal files in formats
 * 212, 16 and 80, and MIT-format annotation files such as {@code .atr}.
 *
 * <p>The ECG tasks score programs against the MIT-BIH databases, so the harness and the reference
 * detectors need a reader whose output can be checked against the headers' own checksums; the
 * writers exist so synthetic records can be produced in exactly the layout real ones have.
 * Everything works on whole files in memory: an MIT-BIH record is under 2 MB and decoding it
 * byte-by-byte from a stream would cost more than the data itself.
 */
package org.aiotbench.reference.wfdb;
