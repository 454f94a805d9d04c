package vn.officialmail.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class RecentlyVerifiedPasswordsTest {

    private final MutableClock clock = new MutableClock();
    private final CountingEncoder bcrypt = new CountingEncoder(new BCryptPasswordEncoder(4));
    private final RecentlyVerifiedPasswords passwords =
            new RecentlyVerifiedPasswords(bcrypt, Duration.ofMinutes(5), 100, clock);
    private final String stored = bcrypt.encode("mật-khẩu-đúng");

    @Test
    void repeatedCorrectPasswordShouldBeCheckedWithBcryptOnceWithinTheLifetime() {
        for (int i = 0; i < 10; i++) {
            assertThat(passwords.matches("mật-khẩu-đúng", stored)).isTrue();
        }

        assertThat(bcrypt.checks).hasValue(1);
    }

    @Test
    void wrongPasswordShouldAlwaysBeRefusedAndAlwaysCheckedWhenTheRightOneWasSeenBefore() {
        passwords.matches("mật-khẩu-đúng", stored);

        for (int i = 0; i < 3; i++) {
            assertThat(passwords.matches("mật-khẩu-sai", stored)).isFalse();
        }

        assertThat(bcrypt.checks).hasValue(4);
    }

    @Test
    void correctPasswordShouldBeCheckedAgainWhenTheLifetimeIsOver() {
        passwords.matches("mật-khẩu-đúng", stored);
        clock.advance(Duration.ofMinutes(6));

        assertThat(passwords.matches("mật-khẩu-đúng", stored)).isTrue();
        assertThat(bcrypt.checks).hasValue(2);
    }

    @Test
    void oldPasswordShouldBeRefusedWhenTheStoredHashChanged() {
        passwords.matches("mật-khẩu-đúng", stored);
        String changed = bcrypt.encode("mật-khẩu-mới");

        assertThat(passwords.matches("mật-khẩu-đúng", changed)).isFalse();
        assertThat(passwords.matches("mật-khẩu-mới", changed)).isTrue();
    }

    private static final class CountingEncoder implements PasswordEncoder {
        final PasswordEncoder delegate;
        final AtomicInteger checks = new AtomicInteger();

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checks.incrementAndGet();
            return delegate.matches(rawPassword, encodedPassword);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T01:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
