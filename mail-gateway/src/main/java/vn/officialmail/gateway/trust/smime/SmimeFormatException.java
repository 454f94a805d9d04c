package vn.officialmail.gateway.trust.smime;

/** The S/MIME structure cannot be read or exceeds a bound; becomes {@link SmimeStatus#MALFORMED}, never escapes. */
public final class SmimeFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    SmimeFormatException(String message) {
        super(message);
    }
}
