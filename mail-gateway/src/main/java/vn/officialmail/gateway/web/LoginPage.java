package vn.officialmail.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /login}: the console's login form, labelled fields in tab order, with the CSRF token
 * Spring Security checks on {@code POST /login}. A failed login says only that it failed: whether
 * the name exists or the account is locked is not told to whoever is typing.
 */
@Controller
class LoginPage {

    @GetMapping(value = SecurityConfiguration.LOGIN, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String login(HttpServletRequest request, CsrfToken csrf) {
        ConsoleText text = ConsoleText.of(request);
        StringBuilder body =
                new StringBuilder("<h1>").append(text.get("login.title")).append("</h1>");
        if (request.getParameter("error") != null) {
            body.append("<p class=\"alert\" role=\"alert\">")
                    .append(text.get("login.failed"))
                    .append("</p>");
        }
        if (request.getParameter("logout") != null) {
            body.append("<p role=\"status\">")
                    .append(text.get("login.loggedOut"))
                    .append("</p>");
        }
        body.append("<form method=\"post\" action=\"")
                .append(SecurityConfiguration.LOGIN)
                .append("\">")
                .append("<label for=\"username\">")
                .append(text.get("login.username"))
                .append("</label><input id=\"username\" name=\"username\" autocomplete=\"username\" required"
                        + " autofocus maxlength=\"255\">")
                .append("<label for=\"password\">")
                .append(text.get("login.password"))
                .append("</label><input id=\"password\" name=\"password\" type=\"password\""
                        + " autocomplete=\"current-password\" required maxlength=\"255\">")
                .append(ConsoleHome.csrfField(csrf))
                .append("<button type=\"submit\">")
                .append(text.get("login.submit"))
                .append("</button></form>");
        return text.page("login.title", body.toString());
    }

    static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
