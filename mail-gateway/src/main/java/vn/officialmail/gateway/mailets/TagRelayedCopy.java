package vn.officialmail.gateway.mailets;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.mailet.Mail;
import org.apache.mailet.base.GenericMailet;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.channel.ChannelVerdict;
import vn.officialmail.gateway.channel.TaggedCopy;
import vn.officialmail.gateway.classification.DocumentFacts;
import vn.officialmail.gateway.message.BlobStore;
import vn.officialmail.gateway.processing.MailAttributes;
import vn.officialmail.gateway.trust.authentication.AuthenticationResults;
import vn.officialmail.gateway.trust.smime.SmimeResult;

/**
 * Labels the copy that goes on to the agency's mail server with the gateway's verdict, so its
 * rules and the users' mail clients can see it: {@code X-Official-Channel}, {@code
 * X-Official-Direction}, {@code X-Official-Document-Type}, {@code X-Official-Reason} (the first
 * reasons, in Vietnamese), and an {@code Authentication-Results} field under the gateway's
 * authserv-id. Such fields that came with the message are removed, never passed on. The original
 * stays in the blob store untouched; {@link RelayMail} sends the copy. Sample:
 *
 * <pre>{@code
 * transport:
 *   - mailet: TagRelayedCopy
 *   - mailet: RelayMail
 * }</pre>
 */
public final class TagRelayedCopy extends GenericMailet {

    private static final int REASONS = 3;

    private final BlobStore blobs;
    private final String authservId;
    private final boolean journal;

    public TagRelayedCopy(BlobStore blobs, GatewaySettings settings) {
        this.blobs = blobs;
        this.authservId = settings.authentication().authservId();
        this.journal = settings.mode() == GatewaySettings.Mode.JOURNAL;
    }

    @Override
    public void init() throws MessagingException {
        checkInitParameters(Set.of());
    }

    @Override
    public void service(Mail mail) throws MessagingException {
        if (journal) {
            return; // nothing is relayed: a copy would only cost a blob write
        }
        List<TaggedCopy.Tag> tags = new ArrayList<>();
        Set<vn.officialmail.gateway.trust.HeaderField> remove = new HashSet<>();
        Optional<AuthenticationResults> authentication =
                MailAttributes.object(mail, MailAttributes.AUTHENTICATION, AuthenticationResults.class);
        authentication.ifPresent(results -> {
            tags.add(new TaggedCopy.Tag(
                    "Authentication-Results",
                    results.headerValue(
                            authservId, MailAttributes.object(mail, MailAttributes.SMIME, SmimeResult.class))));
            remove.addAll(results.headersToRemove());
        });
        MailAttributes.object(mail, MailAttributes.CHANNEL_VERDICT, ChannelVerdict.class)
                .ifPresent(verdict -> {
                    tags.add(new TaggedCopy.Tag(
                            TaggedCopy.PREFIX + "Channel", verdict.channel().name()));
                    tags.add(new TaggedCopy.Tag(
                            TaggedCopy.PREFIX + "Direction", verdict.direction().name()));
                    verdict.reasons().stream()
                            .limit(REASONS)
                            .forEach(reason -> tags.add(new TaggedCopy.Tag(TaggedCopy.PREFIX + "Reason", reason)));
                });
        MailAttributes.object(mail, MailAttributes.CLASSIFICATION, DocumentFacts.class)
                .filter(facts -> !facts.type().equals("unclassified"))
                .ifPresent(facts -> tags.add(new TaggedCopy.Tag(TaggedCopy.PREFIX + "Document-Type", facts.type())));
        byte[] copy = TaggedCopy.of(MailFacts.raw(mail), tags, remove);
        try {
            MailAttributes.setString(mail, MailAttributes.RELAY_COPY, blobs.put(copy));
        } catch (IOException e) {
            throw new MessagingException("Cannot store the tagged copy: " + e.getMessage(), e);
        }
    }

    @Override
    public String getMailetInfo() {
        return "Labels the relayed copy with the gateway's verdict";
    }
}
