package vn.officialmail.gateway.relay;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply from the next hop (RFC 5321 §4.2), with its enhanced status code (RFC 3463) when the
 * server gave one.
 *
 * @param code the three-digit reply code
 * @param text the text after the code; the lines of a multi-line reply joined by LF
 */
record SmtpReply(int code, String text) {

    private static final Pattern ENHANCED = Pattern.compile("^([245])\\.(\\d{1,3})\\.(\\d{1,3})(?:\\s|$)");

    SmtpReply {
        if (code < 100 || code > 599) {
            throw new IllegalArgumentException("reply code must be between 100 and 599: " + code);
        }
    }

    /** 2xx: the command was accepted. */
    boolean positive() {
        return code / 100 == 2;
    }

    /** 5xx: the command failed for good; trying again the same way fails again. */
    boolean permanent() {
        return code / 100 == 5;
    }

    /**
     * The RFC 3463 status: the server's own enhanced code if it gave one of the same class as the
     * reply code, otherwise {@code 5.0.0} for 5xx and {@code 4.0.0} for anything else.
     */
    String status() {
        char replyClass = permanent() ? '5' : '4';
        Matcher m = ENHANCED.matcher(text);
        if (m.find() && m.group(1).charAt(0) == replyClass) {
            return m.group(1) + "." + m.group(2) + "." + m.group(3);
        }
        return replyClass + ".0.0";
    }

    @Override
    public String toString() {
        return code + " " + text;
    }
}
