package io.dataflare.engine.discovery;

import io.dataflare.testkit.PluginSource;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.TestTag;

/** The tags a case or benchmark gets from its plugin: the plugin type, e.g. {@code filter}. */
final class PluginTags {
  private PluginTags() {}

  /**
   * The plugin's type tag, read from its manifest ({@code plugin.toml} is small; no module is
   * read). A malformed manifest yields no tag here: its problems fail the cases at execution.
   */
  static Set<TestTag> of(PluginSource plugin) {
    Set<TestTag> tags = new LinkedHashSet<>();
    try {
      tags.add(TestTag.create(plugin.manifest().plugin().type().manifestName()));
    } catch (RuntimeException malformedManifest) {
      // reported when the plugin is loaded
    }
    return tags;
  }
}
