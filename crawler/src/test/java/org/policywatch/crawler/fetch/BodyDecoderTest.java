package org.policywatch.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BodyDecoderTest {
    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            d.write(data);
        }
        return out.toByteArray();
    }

    @Test
    void decodesGzipAndBothDeflateForms() throws IOException {
        byte[] text = "<html><p>hello</p></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(BodyDecoder.decode(gzip(text), "gzip", 1000)).isEqualTo(text);
        assertThat(BodyDecoder.decode(gzip(text), "X-GZIP", 1000)).isEqualTo(text);
        assertThat(BodyDecoder.decode(deflate(text, false), "deflate", 1000)).isEqualTo(text);
        assertThat(BodyDecoder.decode(deflate(text, true), "deflate", 1000)).isEqualTo(text);
        assertThat(BodyDecoder.decode(text, null, 1000)).isEqualTo(text);
    }

    @Test
    void gzipBombStopsAtTheLimit() throws IOException {
        byte[] bomb = gzip(new byte[50 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(100_000);
        assertThatThrownBy(() -> BodyDecoder.decode(bomb, "gzip", 5L * 1024 * 1024))
                .isInstanceOf(BodyDecoder.BodyTooLargeException.class)
                .hasMessageContaining("after decompression");
    }

    @Test
    void rejectsUnknownEncodingsAndCorruptData() {
        assertThatThrownBy(() -> BodyDecoder.decode(new byte[] {1, 2, 3}, "br", 100)).hasMessageContaining("br");
        assertThatThrownBy(() -> BodyDecoder.decode(new byte[] {1, 2, 3}, "gzip", 100)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> BodyDecoder.decode(new byte[200], null, 100))
                .isInstanceOf(BodyDecoder.BodyTooLargeException.class);
    }
}
