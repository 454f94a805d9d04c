/** Web-wide concerns: who may call which route, HTTP Basic and form login with lockout, the console login and landing pages. */
@NullMarked
package vn.officialmail.gateway.web;

import org.jspecify.annotations.NullMarked;
