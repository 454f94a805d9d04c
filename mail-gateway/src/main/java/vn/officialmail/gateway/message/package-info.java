/** Message records and the content-addressed blob store of originals and attachments, with the messages API. */
@NullMarked
package vn.officialmail.gateway.message;

import org.jspecify.annotations.NullMarked;
