package org.aiotbench.reference.har.models;

/**
 * The network families of the activity-recognition baselines. Each one builds a DL4J graph
 * from the dataset's input shapes (see {@link NetworkFactory}).
 */
public enum Architecture {
    /** Fully connected layers on a feature vector: the WISDM "NN" of Kwapisz et al. 2010. */
    MLP,
    /** Stacked 1-D convolutions over time, global average pooling, a dense head. */
    CNN1D,
    /** One LSTM layer, classified from its last time step. */
    LSTM,
    /** A bidirectional LSTM (both directions concatenated), classified from the last step. */
    BILSTM,
    /** 1-D convolutions extract local features, an LSTM models their sequence. */
    CONV_LSTM,
    /** Residual network (He et al. 2016): basic blocks, stage depths from the config. */
    RESNET,
    /** One small convolutional encoder per modality, features concatenated, one classifier. */
    FUSION
}
