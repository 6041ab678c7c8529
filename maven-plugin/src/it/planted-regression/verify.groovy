// A baseline recorded from the plugin before a change, then the plugin after it (twice the work per
// record): the gate fails the build, names the benchmark and says how to accept or only warn.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// the generated test class ran the configured spec directory (-Ddataflare.specs.directory)
assert new File(basedir, 'target/surefire-reports/TEST-error-filter.xml').text.contains('name="keeps-errors"')
assert log.contains('error-filter/filter-100: new baseline (')
assert log.contains('Performance regression in 1 of 1 benchmark:')
assert log =~ /Benchmark \[error-filter\/filter-100\] regressed: .*instructions per record \+\d+/
assert log.contains('`mvn dataflare:update-baselines`')
assert log.contains('`-Ddataflare.failOnRegression=false`')

def report = new JsonSlurper().parse(new File(basedir, 'target/dataflare/regression-report.json'))
assert !report.passed
def verdict = report.benchmarks.find { it.benchmarkId == 'error-filter/filter-100' }
assert verdict.verdict == 'REGRESSED'
assert verdict.metrics.find { it.metric == 'INSTRUCTIONS' }.verdict == 'REGRESSED'
assert new File(basedir, 'target/dataflare/regression-report.md').text.contains('**FAILED**')
assert new File(basedir, 'target/dataflare/TEST-dataflare-regression-gate.xml').text.contains('<failure')
return true
