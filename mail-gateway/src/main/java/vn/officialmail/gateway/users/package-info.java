/**
 * Users and roles (issue 9): accounts with their roles and unit, the administrator's user API, the
 * unit head's single delegate, and the password rules. Every change is audited.
 */
@NullMarked
package vn.officialmail.gateway.users;

import org.jspecify.annotations.NullMarked;
