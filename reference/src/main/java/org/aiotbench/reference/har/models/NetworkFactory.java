package org.aiotbench.reference.har.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.Subsampling1DLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Builds the DL4J computation graph of each {@link Architecture} for given input shapes. All
 * networks are graphs (not layer stacks) so that one trainer serves single- and multi-input
 * models alike; every graph has one output, "out", a softmax over the classes.
 */
final class NetworkFactory {

    private NetworkFactory() {
    }

    static ComputationGraphConfiguration build(ModelConfig c, List<InputLayout> inputs, int classes, long seed) {
        ComputationGraphConfiguration.GraphBuilder g = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(c.learningRate()))
                .l2(c.l2())
                .weightInit(WeightInit.XAVIER)
                .graphBuilder();
        String[] names = inputs.stream().map(InputLayout::name).toArray(String[]::new);
        g.addInputs(names);
        g.setInputTypes(inputs.stream().map(InputLayout::inputType).toArray(InputType[]::new));
        String last = switch (c.architecture()) {
            case MLP -> mlp(g, c, single(inputs, c));
            case CNN1D -> cnn1d(g, c, single(inputs, c), "");
            case LSTM -> recurrent(g, c, single(inputs, c), false, false);
            case BILSTM -> recurrent(g, c, single(inputs, c), true, false);
            case CONV_LSTM -> recurrent(g, c, single(inputs, c), false, true);
            case RESNET -> resnet(g, c, single(inputs, c));
            case FUSION -> fusion(g, c, inputs);
        };
        if (c.dropout() > 0) {
            // DL4J's dropout argument is the RETAIN probability.
            g.addLayer("drop", new DropoutLayer.Builder(1 - c.dropout()).build(), last);
            last = "drop";
        }
        g.addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                .activation(Activation.SOFTMAX).nOut(classes).build(), last);
        g.setOutputs("out");
        return g.build();
    }

    private static InputLayout single(List<InputLayout> inputs, ModelConfig c) {
        if (inputs.size() != 1) {
            throw new IllegalArgumentException(c.id() + " takes one input array, the dataset has "
                    + inputs.stream().map(InputLayout::name).toList());
        }
        return inputs.get(0);
    }

    private static String mlp(ComputationGraphConfiguration.GraphBuilder g, ModelConfig c, InputLayout in) {
        g.addLayer("fc1", new DenseLayer.Builder().nOut(c.width()).activation(Activation.RELU).build(), in.name());
        g.addLayer("fc2", new DenseLayer.Builder().nOut(c.width()).activation(Activation.RELU).build(), "fc1");
        return "fc2";
    }

    private static String conv1d(ComputationGraphConfiguration.GraphBuilder g, String name, String from,
                                 int filters, int kernel) {
        g.addLayer(name, new Convolution1DLayer.Builder().kernelSize(kernel).nOut(filters)
                .convolutionMode(ConvolutionMode.Same).activation(Activation.RELU).build(), from);
        return name;
    }

    private static String cnn1d(ComputationGraphConfiguration.GraphBuilder g, ModelConfig c, InputLayout in,
                                String prefix) {
        requireSequence(in, c);
        int w = c.width();
        String x = conv1d(g, prefix + "conv1", in.name(), w, 5);
        x = conv1d(g, prefix + "conv2", x, w, 5);
        g.addLayer(prefix + "pool1", new Subsampling1DLayer.Builder(PoolingType.MAX).kernelSize(2).stride(2).build(), x);
        x = conv1d(g, prefix + "conv3", prefix + "pool1", 2 * w, 3);
        g.addLayer(prefix + "gap", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), x);
        g.addLayer(prefix + "fc", new DenseLayer.Builder().nOut(w).activation(Activation.RELU).build(), prefix + "gap");
        return prefix + "fc";
    }

    private static String recurrent(ComputationGraphConfiguration.GraphBuilder g, ModelConfig c, InputLayout in,
                                    boolean bidirectional, boolean convFirst) {
        requireSequence(in, c);
        String x = in.name();
        if (convFirst) {
            x = conv1d(g, "conv1", x, c.width(), 5);
            x = conv1d(g, "conv2", x, c.width(), 5);
            // Halving the sequence keeps the LSTM's unrolled length, and so its cost, in check.
            g.addLayer("pool1", new Subsampling1DLayer.Builder(PoolingType.MAX).kernelSize(2).stride(2).build(), x);
            x = "pool1";
        }
        LSTM lstm = new LSTM.Builder().nOut(c.width()).activation(Activation.TANH).build();
        g.addLayer("lstm", new LastTimeStep(bidirectional
                ? new Bidirectional(Bidirectional.Mode.CONCAT, lstm) : lstm), x);
        return "lstm";
    }

    private static void requireSequence(InputLayout in, ModelConfig c) {
        if (in.kind() != InputLayout.Kind.SEQUENCE) {
            throw new IllegalArgumentException(c.id() + " needs windows shaped channels × time, input '"
                    + in.name() + "' has per-sample shape " + Arrays.toString(in.sampleShape()));
        }
    }

    /**
     * ResNet with basic blocks (two 3×3 convolutions, identity or 1×1-projection shortcut). A
     * channels × time input is laid out as a 1-pixel-high image so the same graph serves 1-D
     * (WiFi CSI, RFID) and 2-D (mmWave) sensors; kernel heights and strides then become 1.
     */
    private static String resnet(ComputationGraphConfiguration.GraphBuilder g, ModelConfig c, InputLayout in) {
        InputLayout img = in.asImage();
        boolean flat = img.height() == 1;
        int w = c.width();
        String x = conv(g, "stem", img.name(), w, 7, 2, flat);
        x = bnRelu(g, "stem", x, true);
        g.addLayer("stem_pool", new SubsamplingLayer.Builder(PoolingType.MAX)
                .kernelSize(flat ? 1 : 3, 3).stride(flat ? 1 : 2, 2)
                .convolutionMode(ConvolutionMode.Same).build(), x);
        x = "stem_pool";
        int[] blocks = c.blocks();
        int filters = w;
        int inFilters = w;
        for (int s = 0; s < blocks.length; s++) {
            for (int b = 0; b < blocks[s]; b++) {
                int stride = (s > 0 && b == 0) ? 2 : 1;
                String p = "s" + (s + 1) + "b" + (b + 1);
                String y = conv(g, p + "_c1", x, filters, 3, stride, flat);
                y = bnRelu(g, p + "_c1", y, true);
                y = conv(g, p + "_c2", y, filters, 3, 1, flat);
                y = bnRelu(g, p + "_c2", y, false);
                String shortcut = x;
                if (stride != 1 || inFilters != filters) {
                    shortcut = conv(g, p + "_proj", x, filters, 1, stride, flat);
                    shortcut = bnRelu(g, p + "_proj", shortcut, false);
                }
                g.addVertex(p + "_add", new ElementWiseVertex(ElementWiseVertex.Op.Add), y, shortcut);
                g.addLayer(p + "_relu", new ActivationLayer.Builder().activation(Activation.RELU).build(), p + "_add");
                x = p + "_relu";
                inFilters = filters;
            }
            filters *= 2;
        }
        g.addLayer("gap", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), x);
        return "gap";
    }

    private static String conv(ComputationGraphConfiguration.GraphBuilder g, String name, String from,
                               int filters, int kernel, int stride, boolean flat) {
        g.addLayer(name, new ConvolutionLayer.Builder(flat ? 1 : kernel, kernel)
                .stride(flat ? 1 : stride, stride).nOut(filters)
                .convolutionMode(ConvolutionMode.Same).activation(Activation.IDENTITY)
                .hasBias(false).build(), from);
        return name;
    }

    private static String bnRelu(ComputationGraphConfiguration.GraphBuilder g, String prefix, String from,
                                 boolean relu) {
        g.addLayer(prefix + "_bn", new BatchNormalization.Builder().build(), from);
        if (!relu) {
            return prefix + "_bn";
        }
        g.addLayer(prefix + "_act", new ActivationLayer.Builder().activation(Activation.RELU).build(), prefix + "_bn");
        return prefix + "_act";
    }

    /**
     * Harmony-style late fusion: each modality gets its own three-stage convolutional encoder
     * (stride-2 convolutions, batch norm, global average pooling, a dense projection); the
     * projections are concatenated and classified.
     */
    private static String fusion(ComputationGraphConfiguration.GraphBuilder g, ModelConfig c, List<InputLayout> inputs) {
        List<String> features = new ArrayList<>();
        for (InputLayout in : inputs) {
            if (in.kind() == InputLayout.Kind.VECTOR) {
                String p = in.name() + "_fc";
                g.addLayer(p, new DenseLayer.Builder().nOut(c.width() * 2).activation(Activation.RELU).build(), in.name());
                features.add(p);
                continue;
            }
            InputLayout img = in.asImage();
            boolean flat = img.height() == 1;
            String x = img.name();
            int f = c.width();
            for (int s = 1; s <= 3; s++) {
                String p = in.name() + "_e" + s;
                x = conv(g, p, x, f, 3, 2, flat);
                x = bnRelu(g, p, x, true);
                f *= 2;
            }
            g.addLayer(in.name() + "_gap", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), x);
            g.addLayer(in.name() + "_fc", new DenseLayer.Builder().nOut(c.width() * 2)
                    .activation(Activation.RELU).build(), in.name() + "_gap");
            features.add(in.name() + "_fc");
        }
        String merged = features.get(0);
        if (features.size() > 1) {
            g.addVertex("concat", new MergeVertex(), features.toArray(String[]::new));
            merged = "concat";
        }
        g.addLayer("head", new DenseLayer.Builder().nOut(c.width() * 2).activation(Activation.RELU).build(), merged);
        return "head";
    }
}
