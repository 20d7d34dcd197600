package org.aiotbench.catalogue;

/**
 * Resource limits for running one program of a task.
 *
 * @param wallSeconds wall-clock limit of one run
 * @param memoryMb memory limit
 * @param network whether the program may use the network (off unless a task needs it)
 * @param maxOutputMb cap on the bytes written to OUTPUT_DIR, stdout and stderr
 * @param maxProcesses cap on processes/threads the program may create
 * @param budget soft target-platform budget, recorded rather than enforced ({@link TaskBudget#NONE} if none)
 */
public record TaskLimits(int wallSeconds, int memoryMb, boolean network, int maxOutputMb, int maxProcesses,
                         TaskBudget budget) {

    public static final int DEFAULT_WALL_SECONDS = 600;
    public static final int DEFAULT_MEMORY_MB = 2048;
    public static final int DEFAULT_MAX_OUTPUT_MB = 64;
    public static final int DEFAULT_MAX_PROCESSES = 64;

    public static final TaskLimits DEFAULTS = new TaskLimits(DEFAULT_WALL_SECONDS, DEFAULT_MEMORY_MB, false,
            DEFAULT_MAX_OUTPUT_MB, DEFAULT_MAX_PROCESSES);

    public TaskLimits {
        if (wallSeconds < 1 || memoryMb < 1 || maxOutputMb < 1 || maxProcesses < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        budget = budget == null ? TaskBudget.NONE : budget;
    }

    /** Limits without a budget. */
    public TaskLimits(int wallSeconds, int memoryMb, boolean network, int maxOutputMb, int maxProcesses) {
        this(wallSeconds, memoryMb, network, maxOutputMb, maxProcesses, TaskBudget.NONE);
    }
}
