package vn.officialmail.gateway.trust.dkim;

import vn.officialmail.gateway.trust.Reason;

/** Ends one signature's verification early with its result and reason. */
final class DkimCheckFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final DkimResult result;
    private final transient Reason reason;

    DkimCheckFailure(DkimResult result, Reason reason) {
        super(reason.toString(), null, false, false);
        this.result = result;
        this.reason = reason;
    }

    static DkimCheckFailure permerror(String key, Object... arguments) {
        return new DkimCheckFailure(DkimResult.PERMERROR, Reason.of(key, arguments));
    }

    DkimResult result() {
        return result;
    }

    Reason reason() {
        return reason;
    }
}
