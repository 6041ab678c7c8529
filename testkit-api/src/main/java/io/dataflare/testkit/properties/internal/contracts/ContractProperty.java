package io.dataflare.testkit.properties.internal.contracts;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginType;
import io.dataflare.plugin.legacy.SmartPlugin;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.properties.Contract;
import io.dataflare.testkit.properties.PluginContracts;
import io.dataflare.testkit.properties.PluginProperty;
import io.dataflare.testkit.properties.PropertyResult;
import io.dataflare.testkit.properties.PropertyRun;
import io.dataflare.testkit.properties.RecordShape;
import io.dataflare.testkit.properties.internal.PropertyRunner;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/** One built-in contract of a plugin, as a property: its check built per run, then closed. */
@API(status = INTERNAL, since = "0.1")
public final class ContractProperty implements PluginProperty {
  private final Contract contract;
  private final PluginContracts settings;

  public ContractProperty(Contract contract, PluginContracts settings) {
    this.contract = contract;
    this.settings = settings;
  }

  public Contract contract() {
    return contract;
  }

  @Override
  public String name() {
    return contract.specName();
  }

  @Override
  public boolean isContract() {
    return true;
  }

  @Override
  public OptionalInt tries() {
    return settings.tries();
  }

  @Override
  public OptionalLong seed() {
    return settings.seed();
  }

  @Override
  public Optional<String> notApplicableTo(PluginManifest manifest) {
    if (contract == Contract.MODES && !manifest.plugin().isWasm()) {
      return Optional.of(
          "modes compares the interpreter and the compiler of WASM plugins, and ["
              + manifest.plugin().name()
              + "] is a native plugin");
    }
    return Optional.empty();
  }

  @Override
  public PropertyResult run(PluginSource plugin, PropertyRun run) {
    try (ContractCheck<?> check = check(plugin, run.executionMode())) {
      return run(check, run);
    }
  }

  private <I> PropertyResult run(ContractCheck<I> check, PropertyRun run) {
    return PropertyRunner.run(name(), check.inputs(), check::check, run.seed(), run.tries());
  }

  private ContractCheck<?> check(PluginSource plugin, ExecutionMode mode) {
    PluginManifest manifest = plugin.manifest();
    RecordShape shape = RecordShape.forPlugin(manifest);
    boolean aggregate = manifest.plugin().type() == PluginType.AGGREGATE;
    return switch (contract) {
      case DETERMINISTIC -> new DeterministicCheck(new Instances(plugin, mode), shape, aggregate);
      case BATCH -> new BatchCheck(new Instances(plugin, mode), shape, aggregate);
      case POOL_HYGIENE -> new PoolHygieneCheck(new Instances(plugin, mode), shape, aggregate);
      case DIFFERENTIAL -> differential(plugin, mode, shape);
      case MODES ->
          new DifferentialCheck(
              new Instances(plugin, ExecutionMode.COMPILED),
              "compiled",
              new Instances(plugin, ExecutionMode.INTERPRETER),
              "the interpreter",
              shape);
      case LEGACY -> new LegacyCheck(plugin, legacy(), mode, shape);
      case ROBUST -> new RobustCheck(new Instances(plugin, mode), shape, settings.robustAllows());
      case LAWS -> new LawsCheck(new Instances(plugin, mode), shape, manifest.plugin().type());
    };
  }

  private ContractCheck<?> differential(
      PluginSource plugin, ExecutionMode mode, RecordShape shape) {
    PluginSource twin =
        settings
            .twin()
            .orElseThrow(() -> new IllegalStateException("differential needs a twin: give one"));
    return new DifferentialCheck(
        new Instances(plugin, mode),
        "plugin [" + plugin.manifest().plugin().name() + "]",
        new Instances(twin, mode),
        "its twin [" + twin.manifest().plugin().name() + "]",
        shape);
  }

  private Supplier<? extends SmartPlugin> legacy() {
    return settings
        .legacy()
        .orElseThrow(() -> new IllegalStateException("legacy needs a legacy plugin: give one"));
  }

  @Override
  public String toString() {
    return "PluginProperty[contract " + name() + "]";
  }
}
