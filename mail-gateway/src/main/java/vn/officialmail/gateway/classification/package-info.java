/** The classifier's verdict on each message (document type, legal metadata, marks), stored and shown. */
@NullMarked
package vn.officialmail.gateway.classification;

import org.jspecify.annotations.NullMarked;
