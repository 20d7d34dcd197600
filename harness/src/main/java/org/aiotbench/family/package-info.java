/**
 * Task families: for each kind of task, which dataset files a program may see (its input view,
 * never the ground truth) and how its output files are scored. The runner is family-agnostic;
 * adding a family means adding one implementation here. A family that derives its view from
 * the data (the {@code har} family writes train/test arrays) keeps it in the
 * {@link org.aiotbench.family.DataContext#viewCache() view cache}.
 */
package org.aiotbench.family;
