package io.dataflare.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.engine.descriptor.DataFlareEngineDescriptor;
import org.apiguardian.api.API;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

/**
 * Builds the engine's tree from a discovery request with JUnit's {@link
 * EngineDiscoveryRequestResolver}: spec files, spec classes (also found in packages and classpath
 * roots), and the children of both by unique id. Nothing is loaded or compiled here: spec files and
 * {@code plugin.toml} files are read, and spec methods are called to list their specs.
 */
@API(status = INTERNAL, since = "0.1")
public final class SpecDiscovery {
  private static final EngineDiscoveryRequestResolver<DataFlareEngineDescriptor> RESOLVER =
      EngineDiscoveryRequestResolver.<DataFlareEngineDescriptor>builder()
          .addSelectorResolver(
              context ->
                  new SpecClassResolver(
                      context.getEngineDescriptor().configuration(),
                      context.getEngineDescriptor().getUniqueId(),
                      issues(context),
                      context.getClassNameFilter()))
          .addSelectorResolver(
              context ->
                  new SpecFileResolver(
                      context.getEngineDescriptor().configuration(),
                      context.getEngineDescriptor().getUniqueId(),
                      issues(context)))
          .addSelectorResolver(context -> new SpecChildResolver())
          .addClassContainerSelectorResolver(
              candidate -> SpecMethods.isSpecClass(candidate) || SpecMethods.isMarker(candidate))
          .build();

  private SpecDiscovery() {}

  /**
   * Adds everything the request selects to {@code engine}, reporting bad specs to {@code issues}.
   */
  public static void discover(
      EngineDiscoveryRequest request,
      DataFlareEngineDescriptor engine,
      DiscoveryIssueReporter issues) {
    RESOLVER.resolve(request, engine, issues);
  }

  private static SpecIssues issues(
      EngineDiscoveryRequestResolver.InitializationContext<DataFlareEngineDescriptor> context) {
    return new SpecIssues(
        context.getIssueReporter(), context.getEngineDescriptor().configuration().issueSeverity());
  }
}
