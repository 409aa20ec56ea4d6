package org.linkage.organization.auth;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginAttemptsTests {

    final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:00:00Z"));
    final LoginAttempts attempts = new LoginAttempts(
            new AuthProperties(null, null, new AuthProperties.LoginLimit(3, Duration.ofMinutes(5)), null), clock);

    @Test
    void theAttemptAfterTheLimitIsRefusedUntilTheOldestFailureExpires() {
        assertThat(attempts.tryAttempt("wang.li")).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(attempts.tryAttempt("wang.li")).isEmpty();
        assertThat(attempts.tryAttempt("wang.li")).isEmpty();

        assertThat(attempts.tryAttempt("wang.li")).contains(Duration.ofMinutes(4));

        clock.advance(Duration.ofMinutes(4));
        assertThat(attempts.tryAttempt("wang.li")).as("the first failure has left the window").isEmpty();
        assertThat(attempts.tryAttempt("wang.li")).as("the other two still count").contains(Duration.ofMinutes(1));
    }

    @Test
    void usernamesHaveSeparateBudgetsIgnoringCase() {
        for (int i = 0; i < 3; i++) {
            attempts.tryAttempt("Zhang.Wei");
        }

        assertThat(attempts.tryAttempt("zhang.wei")).isPresent();
        assertThat(attempts.tryAttempt("li.na")).isEmpty();
    }

    @Test
    void aSuccessfulLoginForgetsTheFailures() {
        attempts.tryAttempt("chen.jie");
        attempts.tryAttempt("chen.jie");
        attempts.succeeded("chen.jie");

        assertThat(attempts.tryAttempt("chen.jie")).isEmpty();
        assertThat(attempts.tryAttempt("chen.jie")).isEmpty();
        assertThat(attempts.tryAttempt("chen.jie")).isEmpty();
        assertThat(attempts.tryAttempt("chen.jie")).isPresent();
    }

    @Test
    void refusedAttemptsDoNotExtendTheWait() {
        for (int i = 0; i < 3; i++) {
            attempts.tryAttempt("zhao.min");
        }
        for (int i = 0; i < 10; i++) {
            attempts.tryAttempt("zhao.min");
        }

        clock.advance(Duration.ofMinutes(5));
        assertThat(attempts.tryAttempt("zhao.min")).isEmpty();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
