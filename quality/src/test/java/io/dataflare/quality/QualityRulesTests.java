package io.dataflare.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QualityRulesTests {

  @ParameterizedTest
  @EnumSource(Backend.class)
  void maximaOfEachBackendAddUpTo100(Backend backend) {
    assertThat(QualityRules.forBackend(backend).stream().mapToInt(CheckRule::maximum).sum())
        .isEqualTo(100);
  }

  @Test
  void idsAreUniqueAndNamedAfterTheirCategory() {
    Map<Category, String> prefixes =
        Map.of(
            Category.TESTS, "tests.",
            Category.COVERAGE, "coverage.",
            Category.STATIC_ANALYSIS, "static.",
            Category.PERFORMANCE, "performance.",
            Category.DOCUMENTATION, "docs.");
    assertThat(QualityRules.all()).extracting(CheckRule::id).doesNotHaveDuplicates();
    assertThat(QualityRules.all())
        .allSatisfy(rule -> assertThat(rule.id()).startsWith(prefixes.get(rule.category())));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void everyBackendHasChecksInEveryCategory(Backend backend) {
    assertThat(QualityRules.forBackend(backend))
        .extracting(CheckRule::category)
        .containsAll(java.util.List.of(Category.values()));
  }

  @Test
  void findsARuleById() {
    assertThat(QualityRules.byId("coverage.branches")).contains(QualityRules.COVERAGE_BRANCHES);
    assertThat(QualityRules.byId("coverage.everything")).isEmpty();
  }
}
