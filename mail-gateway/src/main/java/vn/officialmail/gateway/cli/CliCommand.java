package vn.officialmail.gateway.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import vn.officialmail.gateway.backup.BackupRestore;
import vn.officialmail.gateway.backup.BackupWriter;
import vn.officialmail.gateway.message.BlobCheck;
import vn.officialmail.gateway.search.IndexRebuild;

/**
 * A one-shot command line: {@code import FILE|DIR}, {@code reprocess}, {@code audit-verify},
 * {@code directory-import FILE}. Arguments starting with
 * {@code --} are Spring properties (for example {@code --gateway.data-dir=/srv/om}).
 *
 * @param name the command
 * @param operands its operands
 * @param springArguments the rest, for Spring
 */
public record CliCommand(String name, List<String> operands, String[] springArguments) {

    private static final String USAGE =
            "usage: official-mail [serve | import FILE|DIR... | reprocess | audit-verify | fsck | backup DIR"
                    + " | restore BACKUP | directory-import FILE... | classify FILE... | eval DIR | reindex]"
                    + " [--property=value ...]";

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
            case "directory-import" -> {
                if (operands.isEmpty()) {
                    fail("directory-import needs at least one .csv or .ldif file");
                }
                for (String operand : operands) {
                    if (!Files.isRegularFile(Path.of(operand))) {
                        fail("directory-import: no such file: " + operand);
                    }
                }
            }
            case "reprocess", "audit-verify", "fsck", "reindex" -> {
                if (!operands.isEmpty()) {
                    fail(name + " takes no operands: " + operands);
                }
            }
            case "classify" -> {
                if (operands.isEmpty()) {
                    fail("classify needs at least one file (.txt, .md, .pdf, .docx, .eml)");
                }
                for (String operand : operands) {
                    if (!Files.isRegularFile(Path.of(operand))) {
                        fail("classify: no such file: " + operand);
                    }
                }
            }
            case "backup" -> {
                if (operands.size() != 1) {
                    fail("backup needs one directory to write the backup into");
                }
            }
            case "restore" -> {
                if (operands.size() != 1 || !Files.isDirectory(Path.of(operands.get(0)))) {
                    fail("restore needs one backup directory (written by backup or POST /api/backups)");
                }
            }
            case "eval" -> {
                if (operands.size() != 1
                        || !Files.isRegularFile(Path.of(operands.get(0)).resolve("labels.tsv"))) {
                    fail("eval needs one directory with a labels.tsv (file, type name, number/symbol)");
                }
            }
            default ->
                fail("unknown command '" + name
                        + "'; known: [serve, import, reprocess, audit-verify, fsck, backup, restore, directory-import,"
                        + " classify, eval, reindex]");
        }
    }

    /** Whether the command works on the gateway's data (and so starts the application). */
    public boolean needsApplication() {
        // restore must not start the gateway: that would create an empty database first.
        return !name.equals("classify") && !name.equals("eval") && !name.equals("restore");
    }

    /** Runs a command that needs no application (see {@link #needsApplication}). */
    public int runStandalone() throws java.io.IOException {
        PrintStream out = utf8StandardOutput();
        if (name.equals("restore")) {
            return restore(out);
        }
        DocumentCommands documents = new DocumentCommands();
        return name.equals("classify")
                ? documents.classify(operands.stream().map(Path::of).toList(), out)
                : documents.evaluate(Path.of(operands.get(0)), out);
    }

    /** Runs against the started application and returns the process exit status. */
    public int run(ApplicationContext context) {
        PrintStream out = utf8StandardOutput();
        return switch (name) {
            case "import" ->
                context.getBean(MailImporter.class)
                        .importAll(operands.stream().map(Path::of).toList(), out);
            case "reprocess" -> context.getBean(ErrorReprocessor.class).reprocessAll(out);
            case "audit-verify" -> context.getBean(IntegrityCheck.class).run(out);
            case "fsck" -> context.getBean(BlobCheck.class).run(out);
            case "reindex" -> reindex(context.getBean(IndexRebuild.class), out);
            case "backup" -> backup(context.getBean(BackupWriter.class), out);
            case "directory-import" ->
                context.getBean(DirectoryImportCommand.class)
                        .importAll(operands.stream().map(Path::of).toList(), out);
            default -> 2;
        };
    }

    private static int reindex(IndexRebuild rebuild, PrintStream out) {
        try {
            rebuild.awaitIdle(); // a rebuild the start may have begun (outdated index)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        IndexRebuild.Status status = rebuild.rebuild("cli");
        if (status.state().equals("DONE")) {
            out.printf(
                    "index rebuilt: %d messages, %d from their record only (original unreadable)%n",
                    status.messages(), status.degraded());
            status.degradedIds().forEach(id -> out.println("  from record only: message " + id));
            return status.degraded() == 0 ? 0 : 1;
        }
        out.println(
                "reindex failed, the previous index is kept: " + status.error().orElse("?"));
        return 1;
    }

    private int backup(BackupWriter writer, PrintStream out) {
        try {
            BackupWriter.Written written = writer.write(Path.of(operands.get(0)));
            out.printf(
                    "backup written to %s: %d files, %d blobs, %d bytes%n",
                    written.directory(), written.files(), written.blobs(), written.bytes());
            written.corruptBlobs().forEach(sha -> out.println("  corrupt blob copied as found: " + sha));
            return written.corruptBlobs().isEmpty() ? 0 : 1;
        } catch (java.io.IOException e) {
            out.println("backup failed: " + e.getMessage());
            return 1;
        }
    }

    /** Restores with the data directory and database named by the arguments or the environment. */
    private int restore(PrintStream out) throws java.io.IOException {
        Path dataDir = Path.of(property("gateway.data-dir", "GATEWAY_DATA_DIR", "./data"));
        String url = property("spring.datasource.url", "SPRING_DATASOURCE_URL", BackupRestore.h2Url(dataDir));
        String user = property(
                "spring.datasource.username", "SPRING_DATASOURCE_USERNAME", url.startsWith("jdbc:h2:") ? "sa" : "");
        String password = property("spring.datasource.password", "SPRING_DATASOURCE_PASSWORD", "");
        return new BackupRestore(dataDir, url, user, password).run(Path.of(operands.get(0)), out);
    }

    private String property(String key, String environmentVariable, String fallback) {
        for (String argument : springArguments) {
            if (argument.startsWith("--" + key + "=")) {
                return argument.substring(key.length() + 3);
            }
        }
        String fromEnvironment = System.getenv(environmentVariable);
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : fallback;
    }

    private static void fail(String message) {
        throw new IllegalArgumentException(message + "\n" + USAGE);
    }

    /** Vietnamese output whatever the platform's default encoding. */
    private static PrintStream utf8StandardOutput() {
        return new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    }
}
