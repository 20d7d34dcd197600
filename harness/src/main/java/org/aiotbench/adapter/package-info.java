/**
 * Synthesizer adapters: whatever turns a task prompt into a program. Generators plug in here
 * (an executable through {@link org.aiotbench.adapter.CommandSynthesizer}, pre-generated
 * programs through {@link org.aiotbench.adapter.SamplesSynthesizer}, Java code through the
 * {@link org.aiotbench.adapter.SynthesizerFactory} service), and so do the hand-written
 * reference baselines, so a baseline is scored by exactly the same path as a generated program.
 */
package org.aiotbench.adapter;
