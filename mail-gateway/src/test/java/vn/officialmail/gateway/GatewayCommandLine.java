package vn.officialmail.gateway;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the built gateway jar as a one-shot command line and collects what it printed. */
public final class GatewayCommandLine {

    /** The exit status and everything printed (stdout and stderr). */
    public record Result(int exitCode, String output) {}

    private GatewayCommandLine() {}

    public static Result run(Path workingDir, List<String> args, String... extraArgs) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        // C1 only: a one-shot command is over before C2's code pays back, and on the 2-core build machine
        // C2's compiler threads took the CPU the start needs (a reindex started in 13 s instead of 25 s).
        List<String> command =
                new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-jar", GatewayProcess.JAR.toString()));
        command.addAll(args);
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
