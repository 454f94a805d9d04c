package vn.officialmail.indexer.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to start an {@link ExtractionWorker} process: the command line up to and including the main
 * class, to which the worker's settings are appended.
 *
 * @param command the program and its arguments, for example {@code java -Xmx512m -cp …
 *     vn.officialmail.indexer.extract.ExtractionWorker}
 * @param workers how many worker processes run at once (each takes one attachment at a time)
 */
public record WorkerLaunch(List<String> command, int workers) {

    /** Default heap of a worker: enough for a large PDF or spreadsheet, small next to the gateway. */
    public static final String DEFAULT_MAX_HEAP = "512m";

    /** Copies the command and checks it. */
    public WorkerLaunch {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command must not be empty");
        }
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("workers must be within 1..64: " + workers);
        }
    }

    /**
     * Starts the worker with the Java and class path of this process, which works whenever the
     * indexer's classes are on that class path (tests, plain {@code java -cp} launches).
     *
     * @param maxHeap the worker's {@code -Xmx}, for example {@code 512m}
     * @param workers see {@link #workers()}
     * @return the launch
     */
    public static WorkerLaunch sameClassPath(String maxHeap, int workers) {
        return new WorkerLaunch(
                javaCommand(
                        maxHeap,
                        List.of("-cp", System.getProperty("java.class.path"), ExtractionWorker.class.getName())),
                workers);
    }

    /**
     * The Java of this process with the options every worker gets, followed by {@code tail} (class
     * path and main class, or a launcher).
     *
     * @param maxHeap the worker's {@code -Xmx}
     * @param tail the rest of the command line
     * @return the command line
     */
    public static List<String> javaCommand(String maxHeap, List<String> tail) {
        Objects.requireNonNull(maxHeap, "maxHeap must not be null");
        if (!maxHeap.matches("[1-9][0-9]*[kKmMgG]")) {
            throw new IllegalArgumentException("maxHeap must look like 512m: " + maxHeap);
        }
        String javaBinary = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(
                javaBinary,
                "-Xmx" + maxHeap,
                "-XX:+ExitOnOutOfMemoryError", // a parser that allocates without end ends the worker, not the gateway
                "-XX:+DisplayVMOutputToStderr", // the JVM's own messages never mix with the protocol on stdout
                "-XX:+UseSerialGC",
                "-Xss4m", // deep but legitimate nesting should not overflow the stack
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8"));
        command.addAll(tail);
        return command;
    }
}
