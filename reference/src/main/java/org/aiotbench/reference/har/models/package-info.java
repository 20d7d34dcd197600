/**
 * Deep-learning baselines for the activity-recognition ({@code har}) tasks, in DL4J: the WISDM
 * MLP, 1-D CNN, LSTM, BiLSTM and Conv-LSTM, configurable-depth ResNets for XRF55 and a
 * per-modality-encoder fusion network for Harmony.
 *
 * <p>Why one trainer for all: every network is a DL4J computation graph built from the
 * dataset's input shapes ({@code NetworkFactory}), so standardisation, seeded mini-batch order,
 * early stopping, saving and timing are written once ({@link
 * org.aiotbench.reference.har.models.Dl4jHarModel}). Results carry the ND4J backend that ran
 * ({@link org.aiotbench.reference.har.models.Backend}) because CPU and CUDA runs differ in
 * speed and, slightly, in numbers.
 */
package org.aiotbench.reference.har.models;
