package vn.officialmail.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one launcher, {@code bin/official-mail}, finds a JDK 21+ on its own even when a Java 17 is
 * first on PATH and in JAVA_HOME (the machine's default here), and says what to install when
 * there is none.
 */
class LauncherIT {

    private static final Path LAUNCHER =
            Path.of("..", "bin", "official-mail").toAbsolutePath().normalize();
    private static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");

    @TempDir
    Path dir;

    @Test
    void launcherShouldRunTheGatewayOnAJdk21WhenJava17IsFirstOnPath() throws Exception {
        // C1 only through the launcher's own knob: the one-shot command starts in about half the time
        // on the 2-core build machine (see GatewayCommandLine).
        Result result = run(
                Map.of("OFFICIAL_MAIL_SKIP_BUILD", "1", "OFFICIAL_MAIL_JAVA_OPTS", "-XX:TieredStopAtLevel=1"),
                "reprocess",
                "--gateway.data-dir=" + dir.resolve("data"),
                "--gateway.security.bootstrap-admin.password=launcher-test");

        assertThat(result.output()).contains("reprocessed 0 message(s)");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void launcherShouldPickAJdkOfVersion21OrNewerWhenJava17IsTheDefault() throws Exception {
        Result result = run(Map.of(), "--print-jdk");

        Path jdk = Path.of(result.output().trim());
        String release = Files.readString(jdk.resolve("release"), StandardCharsets.UTF_8);
        int major = Integer.parseInt(release.replaceAll("(?s).*JAVA_VERSION=\"(\\d+).*", "$1"));
        assertThat(major).isGreaterThanOrEqualTo(21);
    }

    @Test
    void launcherShouldSayWhatToInstallWhenThereIsNoJdk21() throws Exception {
        Result result = run(Map.of("OFFICIAL_MAIL_JDK_DIRS", dir.toString()), "--print-jdk");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("official-mail needs a JDK 21 or newer: install one");
    }

    private record Result(int exitCode, String output) {}

    private Result run(Map<String, String> extraEnvironment, String... args) throws IOException, InterruptedException {
        if (!Files.isDirectory(JAVA_17)) {
            throw new IllegalStateException("This test needs the machine's Java 17 at " + JAVA_17);
        }
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("PATH", JAVA_17.resolve("bin") + ":/usr/local/bin:/usr/bin:/bin");
        environment.put("JAVA_HOME", JAVA_17.toString());
        environment.putAll(extraEnvironment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("launcher timed out: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
