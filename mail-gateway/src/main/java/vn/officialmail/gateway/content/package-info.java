/** Reads a message's MIME tree into subject, body and attachments, and their text. */
@NullMarked
package vn.officialmail.gateway.content;

import org.jspecify.annotations.NullMarked;
