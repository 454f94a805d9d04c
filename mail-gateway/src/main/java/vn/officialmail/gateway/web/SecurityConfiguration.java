package vn.officialmail.gateway.web;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every endpoint needs an authenticated user: HTTP Basic for the API for now (the console issue
 * adds form login, roles and CSRF-protected pages).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The filter chain exists only where there is a web server (not in the one-shot CLI). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication
    static class WebSecurity {

        @Bean
        SecurityFilterChain api(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .httpBasic(Customizer.withDefaults())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    // A stateless JSON API authenticated per request with Basic carries no session cookie to forge.
                    .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
            return http.build();
        }
    }

    @Bean
    PasswordEncoder passwordEncoder(Clock clock) {
        return new RecentlyVerifiedPasswords(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), Duration.ofMinutes(5), 10_000, clock);
    }
}
