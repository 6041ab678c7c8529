// The whole pipeline, three times: with no baselines, recording them, and gated against them.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def file = { String path -> new File(basedir, path) }
def json = { String path -> new JsonSlurper().parse(file(path)) }

// validate: both plugins, the WASM one with its module checked
assert log.contains('Valid: plugin.toml: error-filter 1.0.0 (filter, WASM module plugin/filter.wasm)')
assert log.contains('Valid: upper/plugin.toml: upper 1.0.0 (map, native class com.example.Upper)')

// generate-spec-test: the TOML specs ran through the generated class, the Java specs by themselves
assert file('target/generated-test-sources/dataflare/io/dataflare/generated/DataFlareSpecFilesTest.java').isFile()
assert file('target/surefire-reports/TEST-error-filter.xml').text.contains('name="filters-batch-after-batch"')
assert file('target/surefire-reports/TEST-com.example.UpperSpecTests.xml').text.contains('name="upper-cases"')

// benchmark: JMH's format, one entry per benchmark, 5 forks each (smoke mode)
def results = json('target/dataflare/benchmarks.json')
assert results*.params*.benchmarkId as Set == ['error-filter/filter-100', 'upper/upper-100'] as Set
assert results.every { it.forks == 5 }
assert results.find { it.params.benchmarkId == 'error-filter/filter-100' }
    .secondaryMetrics['dataflare.instructions.per.record'].score > 0
assert file('target/dataflare/fingerprint.json').isFile()

// update-baselines (invocation 2): one file per benchmark, and what changed was printed
assert file('src/test/dataflare/baselines/error-filter_filter-100.json').isFile()
assert file('src/test/dataflare/baselines/upper_upper-100.json').isFile()
assert log.contains('error-filter/filter-100: new baseline (')
assert log.contains('Wrote 2 baselines to src/test/dataflare/baselines')

// check: the reports, and (invocation 3) verdicts against the recorded baselines
['regression-report.md', 'regression-report.json', 'TEST-dataflare-regression-gate.xml'].each {
  assert file("target/dataflare/${it}").isFile() : "no ${it}"
}
def report = json('target/dataflare/regression-report.json')
assert report.mode == 'BASELINE'
assert report.benchmarks.every { it.verdict != 'NEW' }
def filter = report.benchmarks.find { it.benchmarkId == 'error-filter/filter-100' }
assert filter.metrics.find { it.metric == 'INSTRUCTIONS' }.verdict == 'PASS'
assert log.contains('is new: it has no baseline yet, so it passes')
return true
