package vn.officialmail.config.catalogue;

import java.util.Objects;

/**
 * An electronic-document category of the directives (vn-standards.md §6), e.g. meeting invitation
 * or draft for comments, with the channel it must travel by.
 *
 * @param id stable identifier, e.g. {@code meeting-invitation}
 * @param name Vietnamese name, e.g. "Giấy mời họp"
 * @param nameEn English name
 * @param channel e-mail or document system
 */
public record DocumentCategory(String id, String name, String nameEn, Channel channel) {

    public DocumentCategory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(channel, "channel");
    }
}
