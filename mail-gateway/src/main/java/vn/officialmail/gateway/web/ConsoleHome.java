package vn.officialmail.gateway.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.officialmail.gateway.users.GatewayUser;
import vn.officialmail.gateway.users.Role;

/**
 * {@code GET /console}: where a user lands after logging in: who they are, their roles and unit,
 * and the logout button. The dashboard pages of the console issue hang off this page.
 */
@Controller
public final class ConsoleHome {

    static final String PATH = "/console";

    @GetMapping("/")
    String root() {
        return "redirect:" + PATH;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    @ResponseBody
    String home(HttpServletRequest request, CsrfToken csrf, @AuthenticationPrincipal GatewayUser user) {
        ConsoleText text = ConsoleText.of(request);
        String roles = user.roles().stream()
                .sorted()
                .map(r -> text.get("role." + r.name()))
                .collect(Collectors.joining(", "));
        String body = "<h1>" + text.get("home.title") + "</h1><p>" + text.get("home.welcome") + " <strong>"
                + LoginPage.escape(user.username()) + "</strong></p><dl><dt>" + text.get("home.roles") + "</dt><dd>"
                + roles + "</dd><dt>" + text.get("home.unit") + "</dt><dd>"
                + user.unitCode().map(LoginPage::escape).orElse("—") + "</dd></dl>"
                + (user.has(Role.UNIT_HEAD) ? "<p>" + text.get("home.delegateHint") + "</p>" : "")
                + "<form method=\"post\" action=\"/logout\">" + csrfField(csrf) + "<button type=\"submit\">"
                + text.get("home.logout") + "</button></form>";
        return text.consolePage("home.title", body, ConsoleNavigation.linksFor(user));
    }

    /** The hidden CSRF field every console form carries. */
    public static String csrfField(CsrfToken csrf) {
        return "<input type=\"hidden\" name=\"" + LoginPage.escape(csrf.getParameterName()) + "\" value=\""
                + LoginPage.escape(csrf.getToken()) + "\">";
    }
}
