package org.aiotbench.adapter;

/** A generated program and what it cost to generate. */
public record Generation(Program program, GenerationStats stats) {
}
