package org.policywatch.crawler.revisit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisitPolicyTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private final RevisitPolicy policy = new RevisitPolicy(Duration.ofMinutes(5), Duration.ofHours(6),
            List.of(Duration.ofHours(6), Duration.ofDays(2)));

    @Test
    void sourcesChangingOftenAreVisitedSoonerAndQuietOnesLater() {
        Duration configured = Duration.ofMinutes(15);
        assertThat(policy.nextInterval(configured, null, true)).as("first visit").isEqualTo(configured);
        Duration busy = configured;
        Duration quiet = configured;
        for (int visit = 0; visit < 10; visit++) {
            busy = policy.nextInterval(configured, busy, true);
            quiet = policy.nextInterval(configured, quiet, false);
        }
        assertThat(busy).as("halved down to the minimum").isEqualTo(Duration.ofMinutes(5));
        assertThat(quiet).as("doubled up to the maximum").isEqualTo(Duration.ofHours(6));
        assertThat(policy.nextInterval(configured, Duration.ofMinutes(15), true)).isEqualTo(Duration.ofSeconds(450));
        assertThat(policy.nextInterval(configured, Duration.ofMinutes(15), false)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aConfiguredIntervalOutsideTheBoundsWidensThem() {
        Duration tiny = Duration.ofMillis(100);
        assertThat(policy.nextInterval(tiny, tiny, true)).isEqualTo(tiny);
        assertThat(policy.nextInterval(tiny, tiny, false)).isEqualTo(Duration.ofMillis(200));
        Duration daily = Duration.ofDays(1);
        assertThat(policy.nextInterval(daily, daily, false)).isEqualTo(daily);
    }

    @Test
    void articlesAreRevisitedAtTheConfiguredAgesThenNoMore() {
        assertThat(policy.articleRevisitAt(T0, 0)).contains(T0.plus(Duration.ofHours(6)));
        assertThat(policy.articleRevisitAt(T0, 1)).contains(T0.plus(Duration.ofDays(2)));
        assertThat(policy.articleRevisitAt(T0, 2)).isEmpty();
        assertThat(new RevisitPolicy(Duration.ofMinutes(1), Duration.ofMinutes(1), List.of())
                .articleRevisitAt(T0, 0)).isEmpty();
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new RevisitPolicy(Duration.ZERO, Duration.ofHours(1), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RevisitPolicy(Duration.ofHours(2), Duration.ofHours(1), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RevisitPolicy(Duration.ofMinutes(1), Duration.ofHours(1),
                List.of(Duration.ofDays(2), Duration.ofHours(6)))).hasMessageContaining("ascending");
    }
}
