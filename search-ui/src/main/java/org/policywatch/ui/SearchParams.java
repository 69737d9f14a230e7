package org.policywatch.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policywatch.indexer.SearchRequest;
import org.policywatch.model.Category;
import org.policywatch.model.IncidentType;

/**
 * Reads a {@link SearchRequest} from query parameters: {@code q}, {@code page}, {@code size},
 * {@code from}, {@code to} (ISO dates), {@code source}, {@code category}, {@code incident},
 * {@code sort} ({@code relevance} or {@code date}). Blank parameters count as absent. Pure.
 */
public final class SearchParams {
    private SearchParams() {
    }

    /**
     * The request these parameters describe.
     *
     * @throws BadRequestException with a readable message when a parameter is invalid
     */
    public static SearchRequest parse(Map<String, List<String>> params) {
        try {
            return new SearchRequest(
                    value(params, "q"),
                    integer(params, "page", 1),
                    integer(params, "size", SearchRequest.DEFAULT_SIZE),
                    date(params, "from"),
                    date(params, "to"),
                    value(params, "source"),
                    category(value(params, "category")),
                    incidentType(value(params, "incident")),
                    sort(value(params, "sort")));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static String value(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        String value = values.get(0);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int integer(Map<String, List<String>> params, String name, int fallback) {
        String value = value(params, name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException("'" + name + "' must be a whole number");
        }
    }

    private static LocalDate date(Map<String, List<String>> params, String name) {
        String value = value(params, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' must be a date like 2026-01-31");
        }
    }

    private static Category category(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Category.fromWire(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown category; use one of " + wires(Category.values()));
        }
    }

    private static IncidentType incidentType(String value) {
        if (value == null) {
            return null;
        }
        try {
            return IncidentType.fromWire(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown incident type; use one of " + wires(IncidentType.values()));
        }
    }

    private static SearchRequest.Sort sort(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "date" -> SearchRequest.Sort.DATE;
            default -> throw new BadRequestException("'sort' must be 'relevance' or 'date'");
        };
    }

    private static String wires(Enum<?>[] values) {
        StringBuilder sb = new StringBuilder();
        for (Enum<?> v : values) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(v.name().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
