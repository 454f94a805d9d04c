package vn.officialmail.gateway.mailbox;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/mailboxes}: list, read, create ({@code POST}), change ({@code PUT /{name}}) and
 * delete unit mailboxes, with the intake progress of each folder. Answers never carry a password
 * or token, only whether one is stored. Accounts from {@code gateway.mailboxes} are read-only here.
 */
@RestController
@RequestMapping("/api/mailboxes")
class MailboxesController {

    private final MailboxAccounts accounts;
    private final FolderStates states;
    private final MailboxJobs jobs;

    MailboxesController(MailboxAccounts accounts, FolderStates states, MailboxJobs jobs) {
        this.accounts = accounts;
        this.states = states;
        this.jobs = jobs;
    }

    record FolderProgress(
            String folder,
            long uidValidity,
            long lastUid,
            long messages,
            long pending,
            long taken,
            Optional<Instant> lastSyncAt,
            Optional<String> lastError,
            Optional<String> skipped) {}

    record MailboxView(
            String name,
            String origin,
            String host,
            int port,
            String tls,
            String username,
            String auth,
            Optional<String> tokenEndpoint,
            Optional<String> clientId,
            boolean secretStored,
            List<String> folders,
            String unit,
            String afterIntake,
            String afterIntakeArgument,
            boolean enabled,
            List<FolderProgress> progress) {}

    @GetMapping
    List<MailboxView> list() {
        return accounts.all().stream().map(this::view).toList();
    }

    @GetMapping("/{name}")
    MailboxView one(@PathVariable String name) {
        return view(find(name));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MailboxView create(@RequestBody AccountForm form) {
        AccountForm.Checked checked = check(form, null);
        try {
            accounts.insert(checked, MailboxAccount.FROM_API);
        } catch (DuplicateKeyException e) {
            throw new Refused(HttpStatus.CONFLICT, new MailboxProblem("mailbox.exists", checked.name()));
        }
        jobs.refresh();
        jobs.readNow(checked.name());
        return one(checked.name());
    }

    @PutMapping("/{name}")
    MailboxView update(@PathVariable String name, @RequestBody AccountForm form) {
        MailboxAccount existing = editable(name);
        AccountForm.Checked checked = check(form, existing.credentials());
        try {
            accounts.update(existing.id(), checked);
        } catch (DuplicateKeyException e) {
            throw new Refused(HttpStatus.CONFLICT, new MailboxProblem("mailbox.exists", checked.name()));
        }
        jobs.refresh();
        return one(checked.name());
    }

    @DeleteMapping("/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String name) {
        accounts.retire(editable(name).id());
        jobs.refresh();
    }

    /**
     * The reason (which field, which value, what is allowed) goes to the client as a problem detail
     * (RFC 9457), in Vietnamese unless the request asks for English ({@code Accept-Language: en}).
     */
    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> problem(Refused refused, HttpServletRequest request) {
        String language = request.getHeader("Accept-Language");
        Locale locale =
                language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en")
                        ? Locale.ENGLISH
                        : MailboxProblem.VIETNAMESE;
        ProblemDetail body = ProblemDetail.forStatusAndDetail(refused.status, refused.problem.text(locale));
        body.setProperty("code", refused.problem.key());
        return ResponseEntity.status(refused.status).body(body);
    }

    /** A request refused with a status and a reason. */
    static final class Refused extends RuntimeException {
        private final HttpStatus status;
        private final MailboxProblem problem;

        Refused(HttpStatus status, MailboxProblem problem) {
            super(problem.getMessage(), problem);
            this.status = status;
            this.problem = problem;
        }
    }

    private MailboxAccount editable(String name) {
        MailboxAccount account = find(name);
        if (account.origin().equals(MailboxAccount.FROM_CONFIG)) {
            throw new Refused(HttpStatus.CONFLICT, new MailboxProblem("mailbox.from-config", name));
        }
        return account;
    }

    private MailboxAccount find(String name) {
        return accounts.byName(name)
                .orElseThrow(() -> new Refused(HttpStatus.NOT_FOUND, new MailboxProblem("mailbox.not-found", name)));
    }

    private static AccountForm.Checked check(AccountForm form, Credentials existing) {
        try {
            return form.validate(existing);
        } catch (MailboxProblem e) {
            throw new Refused(HttpStatus.BAD_REQUEST, e);
        }
    }

    private MailboxView view(MailboxAccount account) {
        Optional<Credentials.OAuth2> oauth =
                account.credentials() instanceof Credentials.OAuth2 o ? Optional.of(o) : Optional.empty();
        boolean stored =
                switch (account.credentials()) {
                    case Credentials.Password p -> !p.password().isEmpty();
                    case Credentials.OAuth2 o -> !o.refreshToken().isEmpty();
                };
        return new MailboxView(
                account.name(),
                account.origin(),
                account.host(),
                account.port(),
                account.tls().name().toLowerCase(java.util.Locale.ROOT),
                account.username(),
                oauth.isPresent() ? "oauth2" : "password",
                oauth.map(Credentials.OAuth2::tokenEndpoint),
                oauth.map(Credentials.OAuth2::clientId),
                stored,
                account.folders(),
                account.unit(),
                account.afterIntake().action().name().toLowerCase(java.util.Locale.ROOT),
                account.afterIntake().argument(),
                account.enabled(),
                states.ofAccount(account.id()).stream()
                        .map(s -> new FolderProgress(
                                s.folder(),
                                s.uidValidity(),
                                s.lastUid(),
                                s.messageCount(),
                                s.pendingCount(),
                                s.takenCount(),
                                s.lastSyncAt(),
                                s.lastError(),
                                s.skipped()))
                        .toList());
    }
}
