package vn.officialmail.gateway.trust.smime;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Properties;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.mail.smime.SMIMEEnvelopedGenerator;
import org.bouncycastle.mail.smime.SMIMESignedGenerator;

/** S/MIME messages built with BouncyCastle's own generators, as a mail client would send them. */
final class SmimeMessages {

    static final String BODY = "Kính gửi Văn phòng Bộ,\r\nĐề nghị xem xét công văn số 12/BTP-VP.\r\nRef: 2026-0042\r\n";

    private static final Session SESSION = Session.getInstance(new Properties());

    private SmimeMessages() {}

    /** The text part that gets signed or encrypted. */
    static MimeBodyPart content() throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(BODY, "UTF-8");
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    /** {@code multipart/signed} (RFC 8551 §3.5.3) from {@code from}. */
    static byte[] multipartSigned(TestPki.Issued signer, List<X509Certificate> certificates, String from)
            throws Exception {
        MimeMultipart signed = generator(signer, certificates).generate(content());
        MimeMessage message = message(from);
        message.setContent(signed, signed.getContentType());
        return bytes(message);
    }

    /** Opaque {@code application/pkcs7-mime; smime-type=signed-data} (RFC 8551 §3.5.2). */
    static byte[] opaqueSigned(TestPki.Issued signer, List<X509Certificate> certificates, String from)
            throws Exception {
        return wrap(generator(signer, certificates).generateEncapsulated(content()), from);
    }

    /** {@code enveloped-data} to {@code recipient}, holding {@code inner} (a MIME entity). */
    static byte[] encrypted(X509Certificate recipient, MimeBodyPart inner, String from) throws Exception {
        SMIMEEnvelopedGenerator generator = new SMIMEEnvelopedGenerator();
        generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient).setProvider(TestPki.BC));
        MimeBodyPart encrypted = generator.generate(
                inner,
                new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES128_CBC)
                        .setProvider(TestPki.BC)
                        .build());
        return wrap(encrypted, from);
    }

    /** The signed message {@code signed} as a body part, to be encrypted (sign, then encrypt). */
    static MimeBodyPart asPart(TestPki.Issued signer, List<X509Certificate> certificates) throws Exception {
        MimeMultipart signed = generator(signer, certificates).generate(content());
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(signed, signed.getContentType());
        return part;
    }

    /** A plain, unsigned message. */
    static byte[] plain(String from) throws Exception {
        MimeMessage message = message(from);
        message.setText(BODY, "UTF-8");
        return bytes(message);
    }

    /** {@code message} with its first {@code target} replaced by {@code replacement} (same length). */
    static byte[] replace(byte[] message, String target, String replacement) {
        String text = new String(message, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(target);
        if (at < 0 || target.length() != replacement.length()) {
            throw new IllegalArgumentException("cannot replace '" + target + "'");
        }
        return (text.substring(0, at) + replacement + text.substring(at + target.length()))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static SMIMESignedGenerator generator(TestPki.Issued signer, List<X509Certificate> certificates)
            throws Exception {
        SMIMESignedGenerator generator = new SMIMESignedGenerator();
        String algorithm = signer.key().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
        generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .setProvider(TestPki.BC)
                .build(algorithm, signer.key(), signer.certificate()));
        generator.addCertificates(new JcaCertStore(certificates));
        return generator;
    }

    private static byte[] wrap(MimeBodyPart part, String from) throws Exception {
        MimeMessage message = message(from);
        message.setContent(part.getContent(), part.getContentType());
        return bytes(message);
    }

    private static MimeMessage message(String from) throws Exception {
        MimeMessage message = new MimeMessage(SESSION);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(MimeMessage.RecipientType.TO, "vanthu@moj.gov.vn");
        message.setSubject("Công văn 12/BTP-VP", "UTF-8");
        return message;
    }

    private static byte[] bytes(MimeMessage message) throws Exception {
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
