package org.policywatch.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Argument checks shared by the records' compact constructors. */
final class Checks {
    private Checks() {
    }

    static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static <T> T require(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    /** An immutable copy of {@code list} without nulls; null becomes the empty list. */
    static <T> List<T> list(List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list.size());
        for (T item : list) {
            if (item != null) {
                copy.add(item);
            }
        }
        return Collections.unmodifiableList(copy);
    }

    static double unit(double value, String field) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(field + " must be within 0..1: " + value);
        }
        return value;
    }

    static void requireSpan(int paragraph, int start, int end) {
        if (paragraph < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException(
                    "bad span: paragraph=" + paragraph + " start=" + start + " end=" + end);
        }
    }
}
