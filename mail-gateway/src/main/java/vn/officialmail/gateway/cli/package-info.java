/** The one-shot commands of the same jar: import of .eml and mbox files, and reprocessing of the error repository. */
@NullMarked
package vn.officialmail.gateway.cli;

import org.jspecify.annotations.NullMarked;
