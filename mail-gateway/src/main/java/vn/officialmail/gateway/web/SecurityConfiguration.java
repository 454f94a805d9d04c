package vn.officialmail.gateway.web;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import vn.officialmail.gateway.GatewaySettings;
import vn.officialmail.gateway.audit.AuditLog;
import vn.officialmail.gateway.users.UserAccounts;

/**
 * Who may call what. Two filter chains: the JSON API (and actuator) with HTTP Basic, stateless,
 * roles per route from {@link RouteAccess}; and the web console with a login form, a session that
 * times out, and CSRF tokens on every form. Both log in through {@link
 * LockoutAuthenticationProvider}, so lockout and the audit of logins apply to both.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN = "/login";

    /** The filter chains exist only where there is a web server (not in the one-shot CLI). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    static class WebSecurity {

        @Bean
        @Order(1)
        SecurityFilterChain api(HttpSecurity http, AuthenticationManager logins) throws Exception {
            BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
            basic.setRealmName("official-mail");
            http.securityMatcher("/api/**", "/actuator/**")
                    .authenticationManager(logins)
                    .authorizeHttpRequests(requests -> {
                        for (RouteAccess.Rule rule : RouteAccess.API) {
                            requests.requestMatchers(rule.pattern()).hasAnyRole(RouteAccess.authorities(rule));
                        }
                        requests.anyRequest().denyAll();
                    })
                    .httpBasic(b -> b.authenticationEntryPoint(basic))
                    .exceptionHandling(e -> e.authenticationEntryPoint(basic))
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    // CSRF forges a request the browser sends with an ambient credential (a session
                    // cookie). The API keeps no session and takes credentials only from the
                    // Authorization header, which a foreign page cannot make the browser attach, so
                    // there is nothing to forge; the console chain below keeps CSRF on.
                    .csrf(csrf -> csrf.disable());
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain console(HttpSecurity http, AuthenticationManager logins) throws Exception {
            http.authenticationManager(logins)
                    .authorizeHttpRequests(requests -> {
                        requests.requestMatchers(LOGIN, "/error").permitAll();
                        for (RouteAccess.Rule rule : RouteAccess.CONSOLE) {
                            requests.requestMatchers(rule.pattern()).hasAnyRole(RouteAccess.authorities(rule));
                        }
                        requests.anyRequest().authenticated();
                    })
                    .formLogin(form -> form.loginPage(LOGIN)
                            .defaultSuccessUrl(ConsoleHome.PATH, true)
                            .failureUrl(LOGIN + "?error"))
                    .logout(logout -> logout.logoutSuccessUrl(LOGIN + "?logout"))
                    .sessionManagement(session -> session.sessionFixation(f -> f.changeSessionId()));
            return http.build();
        }

        /** Applies {@code gateway.security.session-timeout} to every console session. */
        @Bean
        HttpSessionListener sessionTimeout(GatewaySettings settings) {
            int seconds = Math.toIntExact(settings.security().sessionTimeout().toSeconds());
            return new HttpSessionListener() {
                @Override
                public void sessionCreated(HttpSessionEvent event) {
                    event.getSession().setMaxInactiveInterval(seconds);
                }
            };
        }
    }

    /** The password check of the console, the API and SMTP AUTH alike. */
    @Bean
    PasswordCheck passwordCheck(UserAccounts accounts, PasswordEncoder encoder, GatewaySettings settings) {
        return new PasswordCheck(accounts, encoder, settings.security().ldap());
    }

    @Bean
    AuthenticationManager logins(
            PasswordCheck passwords,
            UserAccounts accounts,
            LoginAttempts attempts,
            AuditLog audit,
            GatewaySettings settings,
            Clock clock) {
        Duration apiAuditInterval = settings.security().sessionTimeout();
        return new ProviderManager(
                new LockoutAuthenticationProvider(passwords, accounts, attempts, audit, apiAuditInterval, clock));
    }

    @Bean
    PasswordEncoder passwordEncoder(Clock clock) {
        return new NfcPasswords(new RecentlyVerifiedPasswords(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), Duration.ofMinutes(5), 10_000, clock));
    }
}
