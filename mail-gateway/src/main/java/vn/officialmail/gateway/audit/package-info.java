/** The append-only, hash-chained audit log of every decision, its chainer, head export and verification. */
@NullMarked
package vn.officialmail.gateway.audit;

import org.jspecify.annotations.NullMarked;
