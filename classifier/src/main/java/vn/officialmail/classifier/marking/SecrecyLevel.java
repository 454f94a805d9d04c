package vn.officialmail.classifier.marking;

/** State-secret levels stamped in box 10a of Decree 30/2020 Appendix I, from lowest to highest. */
public enum SecrecyLevel {
    /** MẬT (confidential). */
    MAT("MẬT"),
    /** TỐI MẬT (secret). */
    TOI_MAT("TỐI MẬT"),
    /** TUYỆT MẬT (top secret). */
    TUYET_MAT("TUYỆT MẬT");

    private final String stamp;

    SecrecyLevel(String stamp) {
        this.stamp = stamp;
    }

    /** The stamp as printed. */
    public String stamp() {
        return stamp;
    }
}
