package vn.officialmail.config.directory;

/**
 * A mailbox the agency issued to one person (hộp thư công vụ cá nhân).
 *
 * @param address the mailbox, lower case
 * @param displayName the holder's name, NFC
 * @param unitCode the unit the holder works in
 */
public record Account(String address, String displayName, String unitCode) {

    public Account {
        address = DirectoryValues.address("address", address);
        displayName = DirectoryValues.name("name", displayName);
        unitCode = DirectoryValues.code("unit", unitCode);
    }
}
