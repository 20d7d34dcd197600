package org.aiotbench.reference.har;

import java.util.List;

/**
 * The six WISDM v1.1 activities. The label order is the one the transformed ARFF declares
 * ({@code Walking, Jogging, Upstairs, Downstairs, Sitting, Standing}), so label indices agree
 * with Weka runs on that file.
 */
public final class WisdmActivity {

    /** Class names, label order. */
    public static final List<String> CLASSES =
            List.of("Walking", "Jogging", "Upstairs", "Downstairs", "Sitting", "Standing");

    public static final int WALKING = 0;
    public static final int JOGGING = 1;
    public static final int UPSTAIRS = 2;
    public static final int DOWNSTAIRS = 3;
    public static final int SITTING = 4;
    public static final int STANDING = 5;

    private WisdmActivity() {
    }

    /** Label of an activity name (exact, as in the files), or -1. */
    public static int label(String name) {
        return CLASSES.indexOf(name);
    }
}
