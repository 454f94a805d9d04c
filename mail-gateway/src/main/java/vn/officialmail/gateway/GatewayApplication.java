package vn.officialmail.gateway;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.officialmail.gateway.cli.CliCommand;

/**
 * The official-mail gateway. {@code serve} (the default) runs the SMTP listener, the pipeline
 * and the API; {@code import FILE|DIR} and {@code reprocess} run once and exit.
 */
@SpringBootApplication
public class GatewayApplication {

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader scan of the class path
        // each time it parses a block of headers (jakartaee/mail-api#861); inside the Boot jar that
        // was a third of a pipeline worker's CPU. Naming the provider turns it into a class lookup.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    public static void main(String[] args) {
        String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : "serve";
        String[] rest = args.length > 0 && !args[0].startsWith("-") ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (command.equals("serve")) {
            SpringApplication.run(GatewayApplication.class, rest);
            return;
        }
        CliCommand cli;
        try {
            cli = CliCommand.parse(command, rest);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (!cli.needsApplication()) {
            try {
                System.exit(cli.runStandalone());
            } catch (java.io.IOException | RuntimeException e) {
                System.err.println(command + ": " + e.getMessage());
                System.exit(1);
            }
            return;
        }
        SpringApplication application = new SpringApplication(GatewayApplication.class);
        Map<String, Object> oneShot = new HashMap<>();
        oneShot.put("gateway.smtp.enabled", "false");
        oneShot.put("spring.main.web-application-type", "none");
        // A one-shot command neither reads mailboxes nor runs scheduled jobs: the serving gateway does.
        oneShot.put("gateway.mailbox.intake-enabled", "false");
        oneShot.put("spring.quartz.auto-startup", "false");
        application.setDefaultProperties(oneShot);
        int status;
        try (ConfigurableApplicationContext context = application.run(cli.springArguments())) {
            status = cli.run(context);
        }
        System.exit(status);
    }
}
