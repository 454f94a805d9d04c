package vn.officialmail.gateway.matchers;

import java.util.Collection;
import java.util.List;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.processing.MailAttributes;

/**
 * Matches mail carrying a secrecy mark (MẬT, TỐI MẬT, TUYỆT MẬT) in its subject, body or an
 * attachment: secret documents must never travel by e-mail (REQUIREMENTS.md R3). Needs
 * {@code ClassifyDocument} before it. Sample:
 *
 * <pre>{@code
 * - match: HasSecrecyMark
 *   mailet: ToProcessor
 *   params: {processor: quarantine}
 * }</pre>
 */
public final class HasSecrecyMark extends GenericMatcher {

    @Override
    public Collection<MailAddress> match(Mail mail) {
        boolean secret = MailAttributes.object(mail, MailAttributes.CLASSIFICATION, DocumentFacts.class)
                .flatMap(DocumentFacts::secrecy)
                .isPresent();
        return secret ? mail.getRecipients() : List.of();
    }
}
