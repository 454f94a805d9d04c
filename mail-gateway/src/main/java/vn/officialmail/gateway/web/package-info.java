/** Web-wide concerns: authentication, the bootstrap administrator and user accounts. */
@NullMarked
package vn.officialmail.gateway.web;

import org.jspecify.annotations.NullMarked;
