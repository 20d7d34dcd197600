/**
 * The AutoIOT-style pipeline: terminology extraction, retrieval of passages from a user's
 * knowledge folder (Lucene, BM25), outline, design, one function per design step, integration,
 * then a debug loop and an improvement loop against the development input, keeping the best
 * version. Registered under the pipeline name {@code autoiot}.
 */
package org.aiotbench.adapter.pipeline.autoiot;
