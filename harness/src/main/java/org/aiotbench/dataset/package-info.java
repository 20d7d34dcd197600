/**
 * Datasets: manifests ({@code datasets/<id>.yaml}: source, licence, citation, files with
 * SHA-256), the local data folder, and the operations list, verify, import, fetch and locate.
 *
 * <p>Manifest fields (unknown fields are errors):
 * <pre>
 * id: mitdb                  # required; must equal the file name without .yaml
 * title: ...                 # required
 * source_url: https://...    # required for real data: the official page
 * fetch: https://.../        # optional; base URL, each file is fetched from fetch + path
 * licence: ...               # required
 * citation: [..., ...]       # required for real data; text or list of text
 * format: ...                # required; short description
 * files:                     # real data: every file, relative '/'-separated path
 *   - {path: 100.hea, sha256: &lt;64 hex&gt;, size: 143}
 * layout: |                  # real data with one file per sample and no published checksums
 *   V_A_R.npy below WiFi/    #   (XRF55, Harmony, WiAR): where the family's loader finds the
 *                            #   files; 'files' then lists only what has checksums (may be
 *                            #   absent). Present = the folder exists; the fingerprint hashes
 *                            #   every file's path and size; import is refused (copy or link)
 * synthetic:                 # generated data instead of files
 *   generator: mcsharry-ecg  #   a SyntheticGenerator name
 *   params: {...}            #   free generator parameters
 *   seed: 1                  #   required
 * </pre>
 *
 * <p>Real data is never committed; it lives in one data folder ({@code --data DIR}, else
 * {@code AIOTBENCH_DATA}, else {@code ./data}) with dataset {@code X} in {@code <data>/X/}.
 * Every copy into that folder is staged in a hidden sibling folder and checksum-verified before
 * it replaces anything, so an interrupted or corrupt import never leaves a folder that looks
 * valid. Synthetic datasets are generated on demand by a
 * {@link org.aiotbench.dataset.SyntheticGenerator} into
 * {@code <cache>/synthetic/<id>-<12 hex of the spec hash>/} ({@code AIOTBENCH_CACHE}, else
 * {@code ~/.cache/aiotbench}), keyed by generator, parameters and seed.
 */
package org.aiotbench.dataset;
