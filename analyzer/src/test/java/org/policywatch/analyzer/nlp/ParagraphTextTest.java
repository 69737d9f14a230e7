package org.policywatch.analyzer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ParagraphTextTest {
    @Test
    void mapsOffsetsBackToParagraphs() {
        ParagraphText t = ParagraphText.of(Arrays.asList("One two.", null, "Three\nfour."));
        assertThat(t.text()).isEqualTo("One two.\n\n\n\nThree four.");
        int three = t.text().indexOf("Three");
        assertThat(t.paragraphOf(three)).isEqualTo(2);
        assertThat(t.offsetInParagraph(three)).isZero();
        assertThat(t.paragraphOf(4)).isZero();
        assertThat(t.offsetInParagraph(4)).isEqualTo(4);
        assertThat(t.paragraphOf(9)).isEqualTo(0); // separator belongs to the paragraph before
        assertThat(t.end(2) - t.start(2)).isEqualTo("Three four.".length());
    }
}
