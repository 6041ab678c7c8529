package io.dataflare.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The fixed definition of one check: its id, category, title, the most points it gives, how they
 * are earned, and the backends it applies to. The rules of one {@link QualityRules#VERSION} never
 * change.
 *
 * @param id stable id, e.g. {@code coverage.branches}
 * @param category the category it belongs to
 * @param title a few words for reports
 * @param maximum the most points it gives
 * @param earnedBy one sentence: how the points are earned
 * @param backends the backends it applies to
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CheckRule(
    String id,
    Category category,
    String title,
    int maximum,
    String earnedBy,
    Set<Backend> backends) {

  public CheckRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(earnedBy, "earnedBy");
    backends = Set.copyOf(backends);
    if (maximum < 1) {
      throw new IllegalArgumentException(
          "check [" + id + "] must give at least 1 point but gives [" + maximum + "]");
    }
  }

  /** Whether the check applies to plugins of this backend. */
  public boolean appliesTo(Backend backend) {
    return backends.contains(backend);
  }
}
