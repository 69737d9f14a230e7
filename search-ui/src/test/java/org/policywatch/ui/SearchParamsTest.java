package org.policywatch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policywatch.indexer.SearchRequest;
import org.policywatch.model.Category;
import org.policywatch.model.IncidentType;

class SearchParamsTest {
    @Test
    void readsEveryParameterAndRoundTripsThroughLinks() {
        SearchRequest r = SearchParams.parse(Map.of("q", List.of(" naloxone  "), "page", List.of("2"),
                "size", List.of("50"), "from", List.of("2026-01-01"), "to", List.of("2026-01-31"),
                "source", List.of("Valley News"), "category", List.of("NGO"), "incident", List.of("arrest"),
                "sort", List.of("date")));
        assertThat(r).isEqualTo(new SearchRequest("naloxone", 2, 50, LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-01-31"), "Valley News", Category.NGO, IncidentType.ARREST, SearchRequest.Sort.DATE));
        String link = Links.search(r);
        assertThat(link).isEqualTo("/?q=naloxone&source=Valley+News&category=ngo&incident=arrest"
                + "&from=2026-01-01&to=2026-01-31&sort=date&size=50&page=2");
    }

    @Test
    void blankParametersMeanDefaults() {
        SearchRequest r = SearchParams.parse(Map.of("q", List.of(""), "from", List.of(" "), "page", List.of("")));
        assertThat(r).isEqualTo(SearchRequest.of(""));
        assertThat(r.sort()).isEqualTo(SearchRequest.Sort.DATE);
        assertThat(Links.search(r)).isEqualTo("/");
    }

    @Test
    void invalidParametersGiveReadableMessages() {
        assertThatThrownBy(() -> SearchParams.parse(Map.of("page", List.of("two"))))
                .isInstanceOf(BadRequestException.class).hasMessage("'page' must be a whole number");
        assertThatThrownBy(() -> SearchParams.parse(Map.of("size", List.of("1000"))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("size must be between 1 and 100");
        assertThatThrownBy(() -> SearchParams.parse(Map.of("to", List.of("31/01/2026"))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("date like");
        assertThatThrownBy(() -> SearchParams.parse(Map.of("incident", List.of("party"))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("raid");
    }

    @Test
    void onlyHttpUrlsBecomeOutsideLinks() {
        assertThat(Links.external("https://news.example/a?b=1")).isEqualTo("https://news.example/a?b=1");
        assertThat(Links.external("javascript:alert(1)")).isNull();
        assertThat(Links.external("JAVASCRIPT:alert(1)")).isNull();
        assertThat(Links.external("data:text/html,<script>")).isNull();
        assertThat(Links.external("//evil.example/x")).isNull();
        assertThat(Links.external("https://x.example/\"onmouseover=\"a")).isNull();
        assertThat(Links.external(null)).isNull();
        assertThat(Links.article("a b/c")).isEqualTo("/article/a%20b%2Fc");
    }
}
