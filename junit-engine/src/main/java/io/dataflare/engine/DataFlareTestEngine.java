package io.dataflare.engine;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.engine.config.EngineConfiguration;
import io.dataflare.engine.descriptor.DataFlareEngineDescriptor;
import io.dataflare.engine.discovery.SpecDiscovery;
import io.dataflare.engine.execution.DataFlareExecutionContext;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.config.PrefixedConfigurationParameters;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.ParallelHierarchicalTestExecutorServiceFactory;

/**
 * The {@code dataflare} test engine: runs plugin specs, written as Java spec classes
 * ({@code @PluginSpec} methods) or TOML spec files, as JUnit Platform tests.
 *
 * <p>Selectors: class, method, package, classpath root and unique id for spec classes; file,
 * directory and classpath resource for spec files; a class annotated {@link
 * io.dataflare.engine.api.DataFlareSpecFiles} or a classpath root selects every spec file. The tree
 * is engine / suite (a spec class and its methods, or a spec file) / case or benchmark. Execution
 * loads each plugin once per limits into one pooled runtime per run. Configuration: {@link
 * Constants}.
 */
@API(status = STABLE, since = "0.1")
public final class DataFlareTestEngine extends HierarchicalTestEngine<DataFlareExecutionContext> {

  /** The engine's id, as in {@code [engine:dataflare]}. */
  public static final String ENGINE_ID = "dataflare";

  @Override
  public String getId() {
    return ENGINE_ID;
  }

  @Override
  public Optional<String> getGroupId() {
    return Optional.of("io.dataflare");
  }

  @Override
  public Optional<String> getArtifactId() {
    return Optional.of("dataflare-junit-engine");
  }

  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    EngineConfiguration configuration =
        EngineConfiguration.from(request.getConfigurationParameters());
    DataFlareEngineDescriptor engine = new DataFlareEngineDescriptor(uniqueId, configuration);
    DiscoveryIssueReporter issues =
        DiscoveryIssueReporter.deduplicating(
            DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), uniqueId));
    SpecDiscovery.discover(request, engine, issues);
    return engine;
  }

  @Override
  protected HierarchicalTestExecutorService createExecutorService(ExecutionRequest request) {
    if (configuration(request).parallel()) {
      return ParallelHierarchicalTestExecutorServiceFactory.create(
          new PrefixedConfigurationParameters(
              request.getConfigurationParameters(), Constants.PARALLEL_CONFIG_PREFIX));
    }
    return super.createExecutorService(request);
  }

  @Override
  protected DataFlareExecutionContext createExecutionContext(ExecutionRequest request) {
    return new DataFlareExecutionContext(
        configuration(request), request.getEngineExecutionListener());
  }

  private static EngineConfiguration configuration(ExecutionRequest request) {
    return ((DataFlareEngineDescriptor) request.getRootTestDescriptor()).configuration();
  }
}
