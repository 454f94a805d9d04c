package vn.officialmail.classifier.marking;

/** Urgency stamps of box 10b of Decree 30/2020 Appendix I, from least to most urgent. */
public enum UrgencyLevel {
    /** KHẨN (urgent). */
    KHAN("KHẨN"),
    /** THƯỢNG KHẨN (very urgent). */
    THUONG_KHAN("THƯỢNG KHẨN"),
    /** HỎA TỐC (express). */
    HOA_TOC("HỎA TỐC"),
    /** HỎA TỐC HẸN GIỜ (express, by a set time). */
    HOA_TOC_HEN_GIO("HỎA TỐC HẸN GIỜ");

    private final String stamp;

    UrgencyLevel(String stamp) {
        this.stamp = stamp;
    }

    /** The stamp as printed (new tone placement). */
    public String stamp() {
        return stamp;
    }
}
