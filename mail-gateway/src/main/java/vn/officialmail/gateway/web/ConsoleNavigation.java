package vn.officialmail.gateway.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.officialmail.gateway.users.GatewayUser;

/**
 * The console's navigation: the pages a user's roles open, in order, as path and text key. The
 * same roles are enforced by {@link RouteAccess#CONSOLE}; this only spares users links that would
 * answer 403.
 */
public final class ConsoleNavigation {

    private ConsoleNavigation() {}

    public static List<Map.Entry<String, String>> linksFor(GatewayUser user) {
        List<Map.Entry<String, String>> links = new ArrayList<>();
        links.add(Map.entry(ConsoleHome.PATH, "nav.home"));
        for (RouteAccess.Rule rule : RouteAccess.CONSOLE) {
            String path = rule.pattern().replace("/**", "");
            if (rule.roles().stream().anyMatch(user::has) && RouteAccess.CONSOLE_MENU.containsKey(path)) {
                links.add(Map.entry(path, RouteAccess.CONSOLE_MENU.get(path)));
            }
        }
        return links;
    }

    /** True when a user may open a console path. */
    public static boolean mayOpen(GatewayUser user, String path) {
        return RouteAccess.CONSOLE.stream()
                .filter(r -> r.matches(path))
                .findFirst()
                .map(r -> r.roles().stream().anyMatch(user::has))
                .orElse(true);
    }
}
