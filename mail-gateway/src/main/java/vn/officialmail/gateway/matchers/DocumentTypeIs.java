package vn.officialmail.gateway.matchers;

import jakarta.mail.MessagingException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.james.core.MailAddress;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMatcher;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.processing.MailAttributes;

/**
 * Matches mail the classifier found to carry one of the listed document types (catalogue ids
 * such as {@code quyet-dinh}, {@code cong-van}, {@code giay-moi}). Needs {@code ClassifyDocument}
 * before it. Sample: {@code match: DocumentTypeIs=quyet-dinh,nghi-quyet}.
 */
public final class DocumentTypeIs extends GenericMatcher {

    private Set<String> types = Set.of();

    @Override
    public void init() throws MessagingException {
        types = ListCondition.parse("DocumentTypeIs", getCondition());
    }

    @Override
    public Collection<MailAddress> match(Mail mail) {
        return MailAttributes.object(mail, MailAttributes.CLASSIFICATION, DocumentFacts.class)
                .filter(facts -> ListCondition.contains(types, facts.type()))
                .map(facts -> (Collection<MailAddress>) mail.getRecipients())
                .orElse(List.of());
    }
}
