/**
 * Unit shared mailboxes over IMAP (issue 8): accounts with their credentials encrypted at rest,
 * intake by IDLE and polling into the same spool SMTP mail goes to, exactly once per content
 * across mailboxes and folders, with one receipt per mailbox the message reached.
 */
@NullMarked
package vn.officialmail.gateway.mailbox;

import org.jspecify.annotations.NullMarked;
