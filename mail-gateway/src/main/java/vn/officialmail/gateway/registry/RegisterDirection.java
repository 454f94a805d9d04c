package vn.officialmail.gateway.registry;

/** Which documents a register records (Decree 30/2020 Appendix IV.I and IV.VI). */
public enum RegisterDirection {
    /** Sổ đăng ký văn bản đến: documents the agency receives. */
    INCOMING,
    /** Sổ đăng ký văn bản đi: documents the agency issues. */
    OUTGOING
}
