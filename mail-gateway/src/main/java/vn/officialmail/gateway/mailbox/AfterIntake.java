package vn.officialmail.gateway.mailbox;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What intake does to a message on the server once it is safely in the spool.
 *
 * @param action the action
 * @param argument the keyword for {@code KEYWORD}, the target folder for {@code MOVE}; otherwise empty
 */
public record AfterIntake(Action action, String argument) {

    /** The default keyword, so people using the mailbox still see the message as unread. */
    public static final String DEFAULT_KEYWORD = "$OfficialMailTaken";

    // RFC 3501 §9: a flag keyword is an atom: no spaces, parentheses, wildcards, quotes or backslash.
    private static final Pattern ATOM = Pattern.compile("[!#$&'+,\\-./0-9:;<=>?@A-Z^_`a-z|}~]{1,100}");

    /** The possible actions. */
    public enum Action {
        /** Set an IMAP keyword (default {@value AfterIntake#DEFAULT_KEYWORD}). */
        KEYWORD,
        /** Set \Seen. */
        SEEN,
        /** Move to another folder (RFC 6851 MOVE, or copy and expunge). */
        MOVE,
        /** Leave the message as it is. */
        NONE
    }

    public AfterIntake {
        argument = argument == null ? "" : argument.strip();
        if (action == Action.KEYWORD && argument.isEmpty()) {
            argument = DEFAULT_KEYWORD;
        }
        if (action == Action.KEYWORD && !ATOM.matcher(argument).matches()) {
            throw new MailboxProblem("after.keyword-atom", argument);
        }
        if (action == Action.MOVE && (argument.isEmpty() || argument.length() > 500)) {
            throw new MailboxProblem("after.move-folder");
        }
        if (action == Action.SEEN || action == Action.NONE) {
            argument = "";
        }
    }

    /** Parses {@code keyword}, {@code seen}, {@code move} or {@code none}, case-insensitively. */
    public static AfterIntake of(@Nullable String action, @Nullable String argument) {
        String name = action == null || action.isBlank() ? "keyword" : action.strip();
        Action parsed;
        try {
            parsed = Action.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MailboxProblem("after.action-unknown", name);
        }
        return new AfterIntake(parsed, argument);
    }
}
