package vn.officialmail.gateway.trust.smime;

import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.KeyAgreeRecipientInformation;
import org.bouncycastle.cms.KeyTransRecipientInformation;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;

/**
 * Opens a CMS EnvelopedData (RFC 5652 §6, RFC 8551 §3.3) with the first configured unit key it
 * is addressed to: RSA key transport or (EC)DH key agreement.
 */
final class UnitDecryption {

    private final List<SmimeTrustMaterial.UnitDecryptionKey> keys;
    private final Provider provider;

    UnitDecryption(List<SmimeTrustMaterial.UnitDecryptionKey> keys, Provider provider) {
        this.keys = List.copyOf(keys);
        this.provider = provider;
    }

    /** The decrypted content and the unit it was for; empty when no unit key fits. */
    Optional<Decrypted> decrypt(CMSEnvelopedData enveloped) throws SmimeFormatException {
        for (SmimeTrustMaterial.UnitDecryptionKey key : keys) {
            X509CertificateHolder holder = holder(key);
            for (RecipientInformation recipient : enveloped.getRecipientInfos().getRecipients()) {
                if (recipient.getRID().match(holder)) {
                    return Optional.of(new Decrypted(key.unit(), content(recipient, key)));
                }
            }
        }
        return Optional.empty();
    }

    /** How many recipients the message is encrypted to, for the "no key" reason. */
    static int recipients(CMSEnvelopedData enveloped) {
        return enveloped.getRecipientInfos().size();
    }

    private byte[] content(RecipientInformation recipient, SmimeTrustMaterial.UnitDecryptionKey key)
            throws SmimeFormatException {
        Recipient opener;
        if (recipient instanceof KeyTransRecipientInformation) {
            opener = new JceKeyTransEnvelopedRecipient(key.privateKey()).setProvider(provider);
        } else if (recipient instanceof KeyAgreeRecipientInformation) {
            opener = new JceKeyAgreeEnvelopedRecipient(key.privateKey()).setProvider(provider);
        } else {
            throw new SmimeFormatException("unsupported recipient type for unit " + key.unit());
        }
        try {
            return recipient.getContent(opener);
        } catch (CMSException e) {
            throw new SmimeFormatException("cannot decrypt with the key of unit " + key.unit() + ": " + e.getMessage());
        }
    }

    private static X509CertificateHolder holder(SmimeTrustMaterial.UnitDecryptionKey key) throws SmimeFormatException {
        try {
            return new JcaX509CertificateHolder(key.certificate());
        } catch (CertificateEncodingException e) {
            throw new SmimeFormatException("unit certificate of " + key.unit() + " cannot be encoded");
        }
    }

    /**
     * Decrypted content.
     *
     * @param unit the unit whose key opened it
     * @param content the inner MIME entity
     */
    record Decrypted(String unit, byte[] content) {}
}
