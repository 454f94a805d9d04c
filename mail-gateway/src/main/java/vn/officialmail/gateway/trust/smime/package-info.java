/**
 * S/MIME (RFC 8551): verifies {@code multipart/signed} and opaque signed messages on their exact
 * octets with BouncyCastle CMS, validates the signer's certificate path (PKIX, RFC 5280) to the
 * configured trust anchors with offline CRLs, and decrypts mail encrypted to a unit's certificate.
 * Nothing here fetches anything from the network.
 */
@NullMarked
package vn.officialmail.gateway.trust.smime;

import org.jspecify.annotations.NullMarked;
