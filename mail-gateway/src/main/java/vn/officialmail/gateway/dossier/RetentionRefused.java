package vn.officialmail.gateway.dossier;

/** A retention step refused, with the reason in Vietnamese and English; nothing was changed. */
public final class RetentionRefused extends RuntimeException {

    /** Why, which the API answers with 404, 400, 409 or 403. */
    public enum Why {
        NO_SUCH_DOSSIER,
        BAD_INPUT,
        CONFLICT,
        SAME_USER
    }

    private final Why why;

    RetentionRefused(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
