package vn.officialmail.gateway.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * A one-shot command line: {@code import FILE|DIR}, {@code reprocess}, {@code audit-verify}. Arguments starting with
 * {@code --} are Spring properties (for example {@code --gateway.data-dir=/srv/om}).
 *
 * @param name the command
 * @param operands its operands
 * @param springArguments the rest, for Spring
 */
public record CliCommand(String name, List<String> operands, String[] springArguments) {

    private static final String USAGE =
            "usage: official-mail [serve | import FILE|DIR... | reprocess | audit-verify] [--property=value ...]";

    public static CliCommand parse(String name, String[] args) {
        List<String> operands = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        for (String arg : args) {
            (arg.startsWith("--") ? spring : operands).add(arg);
        }
        CliCommand command = new CliCommand(name, operands, spring.toArray(String[]::new));
        command.validate();
        return command;
    }

    private void validate() {
        switch (name) {
            case "import" -> {
                if (operands.isEmpty()) {
                    fail("import needs at least one .eml file, mbox file or directory");
                }
                for (String operand : operands) {
                    if (!Files.exists(Path.of(operand))) {
                        fail("import: no such file or directory: " + operand);
                    }
                }
            }
            case "reprocess", "audit-verify" -> {
                if (!operands.isEmpty()) {
                    fail(name + " takes no operands: " + operands);
                }
            }
            default -> fail("unknown command '" + name + "'; known: [serve, import, reprocess, audit-verify]");
        }
    }

    /** Runs against the started application and returns the process exit status. */
    public int run(ApplicationContext context) {
        PrintStream out =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        return switch (name) {
            case "import" ->
                context.getBean(MailImporter.class)
                        .importAll(operands.stream().map(Path::of).toList(), out);
            case "reprocess" -> context.getBean(ErrorReprocessor.class).reprocessAll(out);
            case "audit-verify" -> context.getBean(IntegrityCheck.class).run(out);
            default -> 2;
        };
    }

    private static void fail(String message) {
        throw new IllegalArgumentException(message + "\n" + USAGE);
    }
}
