package org.policywatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.policywatch.model.Json;
import org.policywatch.model.Page;

/**
 * Reads one line of {@code analyze} input, {@code {id, title, publishedAt, paragraphs[],
 * source?}}, into a {@link Page}. Friendlier than the wire format: {@code source} may be just
 * the outlet's name, and {@code publishedAt} a date ({@code 2026-11-20}), a local date-time
 * (taken as UTC) or an instant.
 */
final class AnalyzeInput {
    private AnalyzeInput() {
    }

    static Page parse(String line) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new Json.BadRecordException("not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(node instanceof ObjectNode object)) {
            throw new Json.BadRecordException("expected a JSON object");
        }
        JsonNode source = object.get("source");
        if (source != null && source.isTextual()) {
            if (source.asText().isBlank()) {
                object.remove("source");
            } else {
                object.putObject("source").put("name", source.asText());
            }
        }
        JsonNode published = object.get("publishedAt");
        if (published != null && published.isTextual()) {
            object.put("publishedAt", dateTime(published.asText()).toString());
        }
        return Json.read(Json.write(object), Page.class);
    }

    /** The date-time {@code text} names, keeping a stated offset; dates and local times are taken as UTC. */
    static OffsetDateTime dateTime(String text) {
        String t = text.strip();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(t);
            }
            return LocalDateTime.parse(t).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new Json.BadRecordException("publishedAt is not a date or time: " + text);
        }
    }
}
