package vn.officialmail.gateway.directory;

/**
 * A {@code gateway.directory.*} or {@code gateway.official-domains} value the gateway cannot run
 * with; the message names the key, the value and what is allowed, in Vietnamese and English.
 */
public final class InvalidDirectorySettingsException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    InvalidDirectorySettingsException(String key, String value, String allowedVi, String allowedEn) {
        super(key + ": '" + value + "' — " + allowedEn + " / " + allowedVi);
    }

    /** A seeded entry the directory refused (unknown agency, taken mailbox), with the import's reasons. */
    InvalidDirectorySettingsException(String key, String reasonEn, String reasonVi) {
        super(key + ": " + reasonEn + " / " + reasonVi);
    }

    /** A seeded entry that breaks a directory rule; the problem names the field and the value. */
    InvalidDirectorySettingsException(String key, vn.officialmail.config.directory.DirectoryProblem problem) {
        super(key + ": " + problem.english() + " / " + problem.vietnamese());
    }
}
