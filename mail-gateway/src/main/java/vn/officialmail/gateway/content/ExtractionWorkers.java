package vn.officialmail.gateway.content;

import java.io.File;
import java.util.List;
import vn.officialmail.indexer.extract.ExtractionWorker;
import vn.officialmail.indexer.extract.OcrSettings;
import vn.officialmail.indexer.extract.TextExtractor;
import vn.officialmail.indexer.extract.WorkerLaunch;

/**
 * Builds the gateway's text extractor: every attachment is parsed in a worker process with a time
 * limit, so that a parser that hangs, allocates without end or crashes costs one attachment's text
 * and never the pipeline. Knows how to start a worker from the Spring Boot jar ({@code bin/official-mail})
 * as well as from a plain class path (tests, IDE).
 */
public final class ExtractionWorkers {

    /** Two workers: a slow attachment does not hold up the next message on a two-core machine. */
    static final int WORKERS = 2;

    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private ExtractionWorkers() {}

    /**
     * The gateway's extractor, with the default limits and Tesseract at its Debian place.
     *
     * @return an isolated extractor; close it on shutdown to stop the workers
     */
    public static TextExtractor isolatedExtractor() {
        return isolatedExtractor(ExtractionSettings.defaults());
    }

    /**
     * The gateway's extractor with the configured limits, workers and worker heap.
     *
     * @param settings {@code gateway.extraction.*}
     * @return an isolated extractor; close it on shutdown to stop the workers
     */
    public static TextExtractor isolatedExtractor(ExtractionSettings settings) {
        return TextExtractor.isolated(
                settings.limits(), OcrSettings.defaults(), launch(settings.workerHeap(), settings.workers()));
    }

    /** From the Boot jar the worker needs Boot's launcher to see the nested jars; otherwise the class path. */
    static WorkerLaunch launch(String maxHeap, int workers) {
        String classPath = System.getProperty("java.class.path", "");
        if (isBootJar(classPath)) {
            return new WorkerLaunch(
                    WorkerLaunch.javaCommand(
                            maxHeap,
                            List.of(
                                    "-Dloader.main=" + ExtractionWorker.class.getName(),
                                    "-cp",
                                    classPath,
                                    BOOT_LAUNCHER)),
                    workers);
        }
        return WorkerLaunch.sameClassPath(maxHeap, workers);
    }

    private static boolean isBootJar(String classPath) {
        if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try {
            Class.forName(BOOT_LAUNCHER, false, ClassLoader.getSystemClassLoader());
            return true;
        } catch (ClassNotFoundException notBoot) {
            return false;
        }
    }
}
