/**
 * Task families: for each kind of task, which dataset files a program may see (its input view,
 * never the ground truth) and how its output files are scored. The runner is family-agnostic;
 * adding a family means adding one implementation here.
 */
package org.aiotbench.family;
