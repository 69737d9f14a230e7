package org.policywatch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String TEXT = "Política de drogas: l'état fédéral — “résumé”";

    @Test
    void headerCharsetWins() {
        byte[] body = ("<html><p>" + TEXT + "</p>").getBytes(CP1252);
        assertThat(CharsetDetector.decode(body, "text/html; charset=windows-1252")).contains(TEXT);
        assertThat(CharsetDetector.decode(body, "text/html; charset=\"ISO-8859-1\"")).contains(TEXT);
    }

    @Test
    void metaCharsetWhenTheHeaderHasNone() {
        byte[] body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "</head><p>" + TEXT + "</p>").getBytes(CP1252);
        assertThat(CharsetDetector.detect(body, "text/html")).isEqualTo(CP1252);
        byte[] html5 = ("<meta charset='utf-8'><p>" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetDetector.decode(html5, null)).contains(TEXT);
    }

    @Test
    void sniffsUtf8ElseWindows1252() {
        assertThat(CharsetDetector.decode(("<p>" + TEXT).getBytes(StandardCharsets.UTF_8), "text/html")).contains(TEXT);
        assertThat(CharsetDetector.decode(("<p>" + TEXT).getBytes(CP1252), "text/html")).contains(TEXT);
    }

    @Test
    void byteOrderMarkBeatsAWrongHeaderAndIsDropped() {
        byte[] utf8 = ("\uFEFF<p>" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetDetector.decode(utf8, "text/html; charset=windows-1252")).startsWith("<p>").contains(TEXT);
        byte[] utf16 = ("\uFEFF<p>" + TEXT).getBytes(StandardCharsets.UTF_16BE);
        assertThat(CharsetDetector.decode(utf16, null)).contains(TEXT);
    }

    @Test
    void unknownLabelsFallBackToSniffing() {
        byte[] body = ("<p>" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(CharsetDetector.decode(body, "text/html; charset=no-such-charset")).contains(TEXT);
    }
}
