package org.policywatch.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnalyzerConfigTest {
    @Test
    void defaultsAndValidation() {
        AnalyzerConfig d = AnalyzerConfig.defaults();
        assertThat(d.threads()).isEqualTo(2);
        assertThat(d.maxChars()).isEqualTo(100_000);
        assertThat(d.groupId()).isEqualTo("policywatch-analyzer");
        assertThatThrownBy(() -> new AnalyzerConfig(0, 10, "g")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnalyzerConfig(1, 0, "g")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnalyzerConfig(1, 10, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
