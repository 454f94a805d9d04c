package vn.officialmail.gateway.spool;

import java.io.IOException;

/** The spool refuses new mail for now: the disk is nearly full or too much waits for processing. */
public final class SpoolFullException extends IOException {
    private static final long serialVersionUID = 1L;

    public SpoolFullException(String message) {
        super(message);
    }
}
