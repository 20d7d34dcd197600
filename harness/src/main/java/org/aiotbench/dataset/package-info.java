/**
 * Datasets: manifests ({@code datasets/<id>.yaml}: source, licence, citation, files with
 * SHA-256), the local data folder, and the operations list, verify, import, fetch and locate.
 *
 * <p>Real data is never committed; it lives in one data folder ({@code --data DIR}, else
 * {@code AIOTBENCH_DATA}, else {@code ./data}) with dataset {@code X} in {@code <data>/X/}.
 * Every copy into that folder is staged and checksum-verified before it replaces anything, so an
 * interrupted or corrupt import never leaves a folder that looks valid. Synthetic datasets are
 * generated on demand by a {@link org.aiotbench.dataset.SyntheticGenerator} into a cache folder
 * keyed by the generator, its parameters and seed.
 */
package org.aiotbench.dataset;
