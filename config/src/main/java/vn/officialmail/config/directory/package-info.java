/** Data about mailboxes that the directory of issued mailboxes builds on: the personal mail providers. */
package vn.officialmail.config.directory;
