package io.dataflare.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The five categories every check belongs to, in the order reports list them. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Category {
  TESTS("tests", "Tests"),
  COVERAGE("coverage", "Coverage"),
  STATIC_ANALYSIS("static-analysis", "Static analysis"),
  PERFORMANCE("performance", "Performance"),
  DOCUMENTATION("documentation", "Documentation");

  private final String id;
  private final String title;

  Category(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The id in {@code quality.json}, e.g. {@code static-analysis}. */
  public String id() {
    return id;
  }

  /** The title reports show. */
  public String title() {
    return title;
  }
}
