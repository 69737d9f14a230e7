package org.policywatch.crawler.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policywatch.crawler.testing.WireStories;

class SimHashTest {

    @Test
    void identicalTextIsZeroBitsApartWhateverItsSpacingAndCase() {
        long a = SimHash.of(WireStories.wire());
        List<String> reformatted = WireStories.wire().stream().map(p -> "  " + p.toUpperCase(java.util.Locale.ROOT)
                .replace(" ", "  ") + " ").toList();
        assertThat(SimHash.distance(a, SimHash.of(WireStories.wire()))).isZero();
        assertThat(SimHash.distance(a, SimHash.of(reformatted))).isZero();
    }

    @Test
    void lightlyEditedWireCopyIsCloseAndADifferentStoryIsFar() {
        long wire = SimHash.of(WireStories.wire());
        int copy = SimHash.distance(wire, SimHash.of(WireStories.syndicatedCopy()));
        int other = SimHash.distance(wire, SimHash.of(WireStories.otherStory()));
        int offTopic = SimHash.distance(wire, SimHash.of(WireStories.offTopic()));
        assertThat(copy).as("syndicated copy").isLessThanOrEqualTo(NearDuplicates.DEFAULT_MAX_DISTANCE);
        assertThat(other).as("another story on the same topic").isGreaterThan(16);
        assertThat(offTopic).as("an off-topic story").isGreaterThan(16);
    }

    @Test
    void shortTextsAreNotFingerprinted() {
        assertThat(NearDuplicates.fingerprint(List.of("A brief of a few words."))).isNull();
        assertThat(NearDuplicates.fingerprint(WireStories.wire())).isEqualTo(SimHash.of(WireStories.wire()));
    }

    @Test
    void closestCandidateWithinTheLimitWins() {
        long f = 0b1111L;
        var far = new NearDuplicates.Candidate("u1", "a1", ~f);
        var two = new NearDuplicates.Candidate("u2", "a2", 0b0011L);
        var one = new NearDuplicates.Candidate("u3", "a3", 0b0111L);
        assertThat(NearDuplicates.closest(f, List.of(far, two, one), 7)).hasValueSatisfying(m -> {
            assertThat(m.first()).isEqualTo(one);
            assertThat(m.distance()).isEqualTo(1);
        });
        assertThat(NearDuplicates.closest(f, List.of(far, two), 1)).isEmpty();
        assertThat(NearDuplicates.closest(f, List.of(), 7)).isEmpty();
    }

    @Test
    void bandsCoverTheFingerprintAndCloseFingerprintsShareOne() {
        long f = 0x0123_4567_89ab_cdefL;
        assertThat(SimHash.band(f, 0)).isEqualTo(0xef);
        assertThat(SimHash.band(f, 7)).isEqualTo(0x01);
        long near = f;
        for (int band = 0; band < 7; band++) {
            near ^= 1L << (8 * band + band); // one bit in each of seven bands
        }
        assertThat(SimHash.distance(f, near)).isEqualTo(NearDuplicates.COMPLETE_DISTANCE);
        assertThat(SimHash.band(f, 7)).isEqualTo(SimHash.band(near, 7));
        assertThatThrownBy(() -> SimHash.band(f, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SimHash.of(List.of("", " - "))).isZero();
        assertThat(SimHash.of(List.of("two words"))).isNotZero();
    }
}
