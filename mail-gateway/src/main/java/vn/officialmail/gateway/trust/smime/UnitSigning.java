package vn.officialmail.gateway.trust.smime;

import jakarta.activation.DataHandler;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.mail.smime.SMIMEException;
import org.bouncycastle.mail.smime.SMIMESignedGenerator;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Signs submitted mail with the sending unit's S/MIME certificate (issue 8 item 6), as a detached
 * {@code multipart/signed} (RFC 8551 §3.5) that every mail client can read even without S/MIME. The
 * keys are read once, at start, from the PKCS#12 files of {@code gateway.submission.signing-keys};
 * a unit without a key, or whose certificate does not carry the sender's address (the unit's
 * mailbox, usually), sends unsigned. The signed content is first brought to 7 bits (8-bit and
 * binary parts re-encoded as base64), because a relay that downgrades 8-bit mail would otherwise
 * break the signature (RFC 8551 §3.1.2). Headers outside the content (From, To, Subject,
 * Message-ID, ...) are kept as they were.
 */
public final class UnitSigning {

    private static final Set<String> CONTENT_HEADERS = Set.of(
            "content-type",
            "content-transfer-encoding",
            "content-disposition",
            "content-description",
            "content-id",
            "content-language",
            "content-md5",
            "mime-version");

    private final Map<String, UnitKey> keys;
    private final Provider provider = new BouncyCastleProvider();
    private final Session session = Session.getInstance(new Properties());

    /**
     * Reads every configured key.
     *
     * @throws IllegalArgumentException naming the setting when a file is missing, not PKCS#12, has
     *     no private key, or the password does not open it (the password itself is never shown)
     */
    public UnitSigning(List<SigningKeySettings> settings) {
        Map<String, UnitKey> loaded = new HashMap<>();
        for (SigningKeySettings key : settings) {
            if (loaded.put(key.unit().toUpperCase(Locale.ROOT), load(key)) != null) {
                throw new IllegalArgumentException(
                        SigningKeySettings.PREFIX + "unit: unit '" + key.unit() + "' appears twice; one key per unit");
            }
        }
        this.keys = Map.copyOf(loaded);
    }

    /** The units that have a key, for the start-up log. */
    public Set<String> units() {
        return keys.keySet();
    }

    /**
     * Whether the unit has a key whose certificate carries {@code sender}: only then is the
     * signature one that a verifier (this gateway's own included) accepts for that From address;
     * a unit certificate on a colleague's mail would read as {@link SmimeStatus#FROM_MISMATCH}.
     */
    public boolean signs(String unit, String sender) {
        UnitKey key = keys.get(unit.toUpperCase(Locale.ROOT));
        return key != null
                && SignerCertificates.emails(key.chain().get(0))
                        .contains(sender.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The message from {@code sender} signed with the unit's key; empty when the unit has no key
     * for that address ({@link #signs(String, String)}).
     *
     * @throws SmimeFormatException when the message cannot be read as MIME or the signature cannot be made
     */
    public Optional<byte[]> sign(String unit, String sender, byte[] raw) throws SmimeFormatException {
        if (!signs(unit, sender)) {
            return Optional.empty();
        }
        UnitKey key = keys.get(unit.toUpperCase(Locale.ROOT));
        try {
            MimeMessage original = new KeptIdMessage(session, new ByteArrayInputStream(raw));
            MimeMultipart signed = generator(key).generate(contentOf(original));
            MimeMessage out = new KeptIdMessage(session);
            Enumeration<String> lines = original.getAllHeaderLines();
            while (lines.hasMoreElements()) {
                String line = lines.nextElement();
                String name = line.substring(0, Math.max(0, line.indexOf(':'))).strip();
                if (!CONTENT_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    out.addHeaderLine(line);
                }
            }
            out.setContent(signed);
            out.saveChanges();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length + 8192);
            out.writeTo(bytes);
            return Optional.of(bytes.toByteArray());
        } catch (MessagingException | IOException e) {
            throw new SmimeFormatException("the message cannot be read as MIME to sign it: " + e.getMessage());
        } catch (SMIMEException | OperatorCreationException | CMSException | GeneralSecurityException e) {
            throw new SmimeFormatException("cannot sign with the key of unit " + key.unit() + ": " + e.getMessage());
        }
    }

    /** The part that gets signed: the message's content and Content-* headers, in 7 bits. */
    private static MimeBodyPart contentOf(MimeMessage message) throws MessagingException, IOException {
        sevenBit(message);
        message.saveChanges();
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        message.writeTo(whole);
        MimeMessage reread = new MimeMessage(null, new ByteArrayInputStream(whole.toByteArray()));
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(reread.getDataHandler());
        part.setHeader("Content-Type", reread.getContentType());
        String encoding = reread.getEncoding();
        if (encoding != null) {
            part.setHeader("Content-Transfer-Encoding", encoding);
        }
        copy(reread, part, "Content-Disposition");
        copy(reread, part, "Content-Description");
        copy(reread, part, "Content-ID");
        copy(reread, part, "Content-Language");
        return part;
    }

    /** Re-encodes every 8-bit or binary leaf as base64, so the signed bytes survive any relay. */
    private static void sevenBit(Part part) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                sevenBit(child);
            }
            // A parsed multipart is written from its raw bytes unless it is set again.
            part.setContent(multipart);
            return;
        }
        String[] encoding = part.getHeader("Content-Transfer-Encoding");
        String cte = encoding == null ? "7bit" : encoding[0].strip().toLowerCase(Locale.ROOT);
        if (cte.equals("8bit") || cte.equals("binary")) {
            String type = part.getContentType();
            byte[] decoded;
            try (InputStream in = part.getInputStream()) {
                decoded = in.readAllBytes();
            }
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(decoded, type)));
            part.setHeader("Content-Type", type);
            part.setHeader("Content-Transfer-Encoding", "base64");
        }
    }

    private static void copy(MimeMessage from, MimeBodyPart to, String header) throws MessagingException {
        String[] values = from.getHeader(header);
        if (values != null) {
            to.setHeader(header, values[0]);
        }
    }

    private SMIMESignedGenerator generator(UnitKey key)
            throws OperatorCreationException, GeneralSecurityException, CMSException {
        SMIMESignedGenerator generator = new SMIMESignedGenerator();
        String algorithm = key.privateKey().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .setProvider(provider)
                .build(algorithm, key.privateKey(), key.chain().get(0)));
        generator.addCertificates(new JcaCertStore(key.chain()));
        return generator;
    }

    private static UnitKey load(SigningKeySettings key) {
        String where = SigningKeySettings.PREFIX + "pkcs12 of unit '" + key.unit() + "'";
        Pkcs12Entry entry = Pkcs12Entry.read(key.pkcs12(), key.secret(), where);
        return new UnitKey(key.unit(), entry.privateKey(), entry.chain());
    }

    /** A unit's key and certificate chain (signer first). */
    private record UnitKey(String unit, PrivateKey privateKey, List<X509Certificate> chain) {
        @Override
        public String toString() {
            return "UnitKey[unit=" + unit + ", certificate=" + chain.get(0).getSubjectX500Principal() + "]";
        }
    }

    /** Keeps the submitted Message-ID: the register, replies and the recipients all refer to it. */
    private static final class KeptIdMessage extends MimeMessage {

        KeptIdMessage(Session session) {
            super(session);
        }

        KeptIdMessage(Session session, InputStream in) throws MessagingException {
            super(session, in);
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (getHeader("Message-ID") == null) {
                super.updateMessageID();
            }
        }
    }
}
