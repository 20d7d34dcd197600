/**
 * The {@code har} task family (activity recognition as classification): reading a dataset,
 * splitting it, and laying the split out for a program in the neutral format of issue 4.
 *
 * <h2>What a program sees (INPUT_DIR)</h2>
 * <pre>
 * dataset.json          {"classes": [...], "modalities": {"&lt;m&gt;": {"shape": [per-sample dims],
 *                        "dtype": "float32", "meaning": "..."}}, "train_samples": N,
 *                        "test_samples": M, "train_groups": true|false, "test_groups": true|false}
 * train/X_&lt;m&gt;.npy      float32, shape (N, ...) per modality m
 * train/y.npy           int32, shape (N,): class index (into classes) per training sample
 * train/groups.npy      int32, shape (N,): subject per training sample (only if train_groups)
 * test/X_&lt;m&gt;.npy       float32, shape (M, ...), in test order
 * test/groups.npy       int32, shape (M,): subject per test sample (only if test_groups)
 * </pre>
 * The test labels are never in INPUT_DIR: they live in a sibling {@code truth/} folder that is
 * not mounted. The program writes {@code OUTPUT_DIR/predictions.csv}: M lines, one label per
 * test sample in order, a class index or a class name (see
 * {@link org.aiotbench.scoring.har.PredictionsFile} for the exact rules).
 *
 * <h2>Task YAML</h2>
 * <pre>
 * family: har
 * dataset:
 *   id: wisdm                      # a manifest in datasets/
 *   view:
 *     format: wisdm-arff           # how the dataset folder is read: har-npy (default) | wisdm-arff
 *                                  #   | wiar-npy | xrf55-wifi | xrf55-rfid | xrf55-mmwave | harmony
 *     groups: [6, 7]               # optional, xrf55-* and harmony only: keep these volunteers / nodes
 *     file: WISDM_ar_v1.1_transformed.arff   # optional, single-file formats only
 *     split:                       # required; one of
 *       {kind: kfold, k: 10, fold: 0, seed: 0}          # stratified k-fold (Splits.kFold), fold 0..k-1 tested
 *       {kind: kfold, k: 10, fold: all, seed: 0}        # every fold: one program run per fold (see below)
 *       {kind: group-kfold, k: 6, fold: all, seed: 0}   # subjects shuffled by seed, dealt into k folds
 *       {kind: leave-groups-out, test_groups: [1, 2]}   # these subjects tested, the rest train
 *       {kind: leave-groups-out, count: 6, seed: 1}     # a fixed random choice of 6 subjects tested
 *       {kind: official}                                # the dataset's own split (split.npy)
 *     show_groups: train           # whose subjects are shown: train (default) | both | none
 * limits:
 *   budget:                        # optional target-platform budget: recorded, not enforced
 *     peak_memory_mb: 200          # any of peak_memory_mb, wall_seconds, cpu_seconds
 * scoring: {}                      # no parameters yet
 * </pre>
 * k-fold and leave-groups-out come from {@link org.aiotbench.reference.har.Splits}, so a fold
 * here is the fold the reference baselines report. With {@code fold: all} one cell runs the
 * program k times, each time on one fold's view alone: a view holding every fold would put each
 * test example in another fold's training data, where a program could look its label up. The
 * cell is scored on the pooled predictions (each example once, as Weka reports a
 * cross-validation), with each fold's accuracy and macro-F1 in {@code details.folds} and their
 * mean and sample sd as {@code fold_accuracy_mean} and {@code fold_accuracy_sd}
 * ({@link org.aiotbench.family.har.PooledFolds}). {@code show_groups: both} is for data whose
 * subject is a genuine attribute (WISDM's ARFF declares the user): shown for test samples too,
 * a program may use it; with random folds every subject is then in train and test.
 *
 * <h2>Dataset formats</h2>
 * {@code har-npy} (what synthetic har generators write): {@code har.json}
 * {@code {"classes": [...], "modalities": {"<m>": "meaning"}}}, {@code X_<m>.npy},
 * {@code y.npy}, optional {@code groups.npy} and {@code split.npy} (1 = official test sample).
 * {@code wisdm-arff}: the WISDM v1.1 transformed file (43 features, {@code ?} as NaN, the user
 * as group). The real radio and multimodal layouts are read by {@link
 * org.aiotbench.family.har.RealSources}: {@code wiar-npy} ({@code X.npy} (N, 90, 250) and
 * {@code y.npy}), {@code xrf55-<modality>} (one {@code V_A_R.npy} per sample below a folder
 * named after the modality; the official split is repetitions 15-20 tested) and {@code harmony}
 * ({@code AD-data/node_k/...} with the official {@code sample_index/node_k/} lists, the first
 * 50 train and 200 test entries per node, as the official loader takes them).
 *
 * <h2>Caching</h2>
 * A split is written once into {@code <cache>/views/har/<dataset>-<key>/} ({@code input/} and
 * {@code truth/}), the key hashing the dataset fingerprint and the view mapping, and reused by
 * every cell and run (see {@link org.aiotbench.family.har.HarView}).
 */
package org.aiotbench.family.har;
