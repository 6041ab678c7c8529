package io.dataflare.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.quality.checks.CoverageChecks;
import io.dataflare.quality.checks.DocumentationChecks;
import io.dataflare.quality.checks.PerformanceChecks;
import io.dataflare.quality.checks.StaticAnalysisChecks;
import io.dataflare.quality.checks.TestChecks;
import io.dataflare.quality.evidence.BenchmarkResults;
import io.dataflare.quality.evidence.CodeCoverage;
import io.dataflare.quality.evidence.ExecutedFunctions;
import io.dataflare.quality.evidence.JacocoCoverage;
import io.dataflare.quality.evidence.ProjectDocumentation;
import io.dataflare.quality.evidence.SpecInventory;
import io.dataflare.quality.evidence.SpotBugsAnalysis;
import io.dataflare.quality.evidence.SpotBugsResult;
import io.dataflare.quality.evidence.StaticFinding;
import io.dataflare.quality.evidence.SurefireResults;
import io.dataflare.quality.evidence.WasmContract;
import io.dataflare.quality.evidence.WasmContractAnalysis;
import io.dataflare.quality.evidence.WasmFunctionCoverage;
import io.dataflare.runtime.ManifestException;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginManifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Scores one plugin project: checks its gates (manifest, build, tests), gathers the evidence from
 * the real sources (Surefire reports, specs, JaCoCo or executed WASM functions, SpotBugs or the
 * module contract, benchmark and gate results, documentation) and applies {@link QualityRules}.
 *
 * <pre>{@code
 * QualityResult result = QualityScorer.score(PluginProject.builder(Path.of(".")).build());
 * QualityJson.write(result, Path.of("target/dataflare/quality.json"));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class QualityScorer {
  private QualityScorer() {}

  /**
   * The project's quality. A plugin that fails a gate has no score; with an invalid manifest or no
   * build there are no checks either.
   *
   * @throws io.dataflare.quality.evidence.EvidenceException when evidence exists but cannot be read
   */
  public static QualityResult score(PluginProject project) {
    PluginManifest manifest;
    try {
      manifest = ManifestParser.parse(project.manifest());
    } catch (ManifestException e) {
      return unscored(
          List.of(
              Gate.failed(Gate.MANIFEST, e.getMessage()),
              Gate.failed(Gate.BUILD, "not checked: the manifest is invalid"),
              Gate.failed(Gate.TESTS, "not checked: the manifest is invalid")));
    }
    Backend backend = Backend.of(manifest);
    Gate manifestGate =
        Gate.passed(
            Gate.MANIFEST, ProjectGates.relative(project, project.manifest()) + " is valid");
    Gate build = ProjectGates.build(manifest, project);
    SurefireResults tests = SurefireResults.read(project.surefireReports());
    List<Gate> gates = List.of(manifestGate, build, ProjectGates.tests(tests, project));
    if (!build.passed()) {
      return result(manifest, gates, List.of(), List.of(), null);
    }
    SpecInventory specs =
        SpecInventory.read(
            specsDirectory(project, manifest),
            project.testClassesDirectory(),
            project.testClassLoader(),
            project.baseDirectory());
    List<Check> checks = new ArrayList<>(TestChecks.all(specs, tests));
    List<StaticFinding> findings = new ArrayList<>();
    CoverageFigure coverage;
    double threshold = manifest.test().coverageThreshold();
    if (backend == Backend.JAVA) {
      Optional<CodeCoverage> lines =
          JacocoCoverage.read(project.jacocoExecFile(), project.classesDirectory());
      checks.addAll(CoverageChecks.java(lines, project.jacocoExecFile()));
      SpotBugsResult bugs =
          SpotBugsAnalysis.analyze(
              project.classesDirectory(),
              project.classpath(),
              project.sourceDirectories(),
              project.baseDirectory());
      checks.add(StaticAnalysisChecks.spotbugs(bugs));
      findings.addAll(bugs.findings());
      coverage =
          new CoverageFigure(
              "line coverage",
              lines.map(c -> CoverageChecks.percent(c.coveredLines(), c.totalLines())).orElse(null),
              threshold);
    } else {
      ExecutedFunctions functions =
          WasmFunctionCoverage.measure(
              project.manifest(),
              specs.casesOf(project.manifest()),
              specs.benchmarksOf(project.manifest()));
      checks.add(CoverageChecks.wasm(functions));
      WasmContract contract =
          WasmContractAnalysis.analyze(manifest, project.securityPolicy(), project.baseDirectory());
      checks.addAll(StaticAnalysisChecks.wasm(contract));
      findings.addAll(contract.findings());
      coverage =
          new CoverageFigure(
              "share of executed functions",
              functions.functions().isEmpty()
                  ? null
                  : CoverageChecks.percent(functions.executed(), functions.functions().size()),
              threshold);
    }
    checks.addAll(
        PerformanceChecks.all(
            backend,
            specs.benchmarkCount(),
            manifest.test().benchmarkEnabled(),
            BenchmarkResults.read(project.outputDirectory(), project.baselinesDirectory())));
    checks.addAll(
        DocumentationChecks.all(
            backend,
            ProjectDocumentation.read(project.baseDirectory(), project.sourceDirectories()),
            List.copyOf(manifest.config().asMap().keySet()),
            manifest.plugin().version(),
            specs.caseCount()));
    return result(manifest, gates, inRuleOrder(checks), findings, coverage);
  }

  private static QualityResult result(
      PluginManifest manifest,
      List<Gate> gates,
      List<Check> checks,
      List<StaticFinding> findings,
      @Nullable CoverageFigure coverage) {
    return new QualityResult(
        manifest.plugin().name(),
        manifest.plugin().version(),
        Backend.of(manifest),
        QualityRules.VERSION,
        gates,
        checks,
        findings,
        coverage);
  }

  private static QualityResult unscored(List<Gate> gates) {
    return new QualityResult(
        "(unknown)", "(unknown)", null, QualityRules.VERSION, gates, List.of(), List.of(), null);
  }

  private static Path specsDirectory(PluginProject project, PluginManifest manifest) {
    return project.specsDirectory() != null
        ? project.specsDirectory()
        : manifest.directory().resolve(manifest.test().testData()).normalize();
  }

  private static List<Check> inRuleOrder(List<Check> checks) {
    List<Check> ordered = new ArrayList<>();
    for (CheckRule rule : QualityRules.all()) {
      checks.stream().filter(c -> c.rule().equals(rule)).forEach(ordered::add);
    }
    return ordered;
  }
}
