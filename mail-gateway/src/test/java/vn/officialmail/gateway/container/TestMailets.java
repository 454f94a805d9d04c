package vn.officialmail.gateway.container;

import jakarta.mail.MessagingException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import org.apache.mailet.base.GenericMatcher;

/**
 * Mailets and matchers for container tests, referenced by their fully-qualified names, and the
 * factory that gives them a shared {@link Journal} through their constructor, the way the gateway's
 * bean factory gives mailets their services.
 */
final class TestMailets {
    static final String PREFIX = TestMailets.class.getCanonicalName() + ".";
    static final String RECORD = PREFIX + "Record";
    static final String SET_STATE = PREFIX + "SetState";
    static final String FAIL = PREFIX + "Fail";
    static final String FAIL_MATCHER = PREFIX + "FailMatcher";
    static final String REJECT_PARAMETERS = PREFIX + "RejectParameters";
    static final String RECORDING_ALL = PREFIX + "RecordingAll";

    private TestMailets() {}

    /** What the test mailets saw, in order. */
    static final class Journal {
        private final List<String> entries = Collections.synchronizedList(new ArrayList<>());

        void record(String entry) {
            entries.add(entry);
        }

        List<String> entries() {
            return List.copyOf(entries);
        }
    }

    /** Creates a class with its {@code (Journal)} constructor when it has one, else its no-argument one. */
    static Function<Class<?>, Object> factory(Journal journal) {
        return type -> {
            try {
                for (Constructor<?> constructor : type.getConstructors()) {
                    if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == Journal.class) {
                        return constructor.newInstance(journal);
                    }
                }
                return type.getConstructor().newInstance();
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + type.getName() + ": " + e, e);
            }
        };
    }

    static String recipients(Mail mail) {
        return mail.getRecipients().stream().map(MailAddress::asString).toList().toString();
    }

    /** Records {@code "<label> <mail name> <recipients>"}; the label defaults to the mailet name. */
    public static final class Record extends GenericMailet {
        private final Journal journal;
        private String label = "";

        public Record(Journal journal) {
            this.journal = journal;
        }

        @Override
        public void init() throws MessagingException {
            checkInitParameters(Set.of("label"));
            label = getInitParameter("label", "record");
        }

        @Override
        public void service(Mail mail) {
            journal.record(label + " " + mail.getName() + " " + recipients(mail));
        }

        @Override
        public void destroy() {
            journal.record("destroyed " + label);
        }
    }

    /** Sets the mail's state to its {@code state} parameter, without declaring it as a target. */
    public static final class SetState extends GenericMailet {
        private String state = "";

        @Override
        public void init() throws MessagingException {
            state = getInitParameterAsOptional("state")
                    .orElseThrow(() -> new MessagingException("'state' is required"));
        }

        @Override
        public void service(Mail mail) {
            mail.setState(state);
        }
    }

    /** Throws a {@link MessagingException} with its {@code message} parameter. */
    public static final class Fail extends GenericMailet {
        @Override
        public void service(Mail mail) throws MessagingException {
            throw new MessagingException(getInitParameter("message", "failed"));
        }
    }

    /** Throws a {@link MessagingException} with its condition as the message. */
    public static final class FailMatcher extends GenericMatcher {
        @Override
        public Collection<MailAddress> match(Mail mail) throws MessagingException {
            throw new MessagingException(getCondition());
        }
    }

    /** Matches all recipients and records that it was stopped. */
    public static final class RecordingAll extends GenericMatcher {
        private final Journal journal;

        public RecordingAll(Journal journal) {
            this.journal = journal;
        }

        @Override
        public Collection<MailAddress> match(Mail mail) {
            return mail.getRecipients();
        }

        @Override
        public void destroy() {
            journal.record("destroyed matcher " + getCondition());
        }
    }

    /** Rejects every configuration, like a mailet given an out-of-range parameter. */
    public static final class RejectParameters extends GenericMailet {
        @Override
        public void init() throws MessagingException {
            throw new MessagingException("'level' must be 1..3: 7");
        }

        @Override
        public void service(Mail mail) {}
    }
}
