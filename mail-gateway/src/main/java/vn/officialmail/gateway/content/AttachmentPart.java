package vn.officialmail.gateway.content;

import java.util.Optional;

/**
 * One attachment as found in the MIME tree.
 *
 * @param ordinal its position among the attachments
 * @param fileName the decoded file name (RFC 2047 and RFC 2231), NFC
 * @param mediaType the declared media type, lower case, without parameters
 * @param bytes the decoded content
 */
public record AttachmentPart(int ordinal, Optional<String> fileName, String mediaType, byte[] bytes) {}
