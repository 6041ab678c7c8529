// A/B mode: the previous release (A) and this build (B), in turns in one job; B does twice the work
// per record, so the gate fails and says to make this build the new reference if that is intended.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('A/B mode: the previous artifact [previous-release] (A) against this build (B), 3 rounds')
assert log.contains('A/B round 3 of 3')
assert log.contains('A/B mode: only the plan is written here')
assert log =~ /Benchmark \[error-filter\/filter-100\] regressed: .*instructions per record \+\d+/
assert log.contains('make this build the new reference (A)')

def report = new JsonSlurper().parse(new File(basedir, 'target/dataflare/regression-report.json'))
assert report.mode == 'A_B'
def verdict = report.benchmarks.find { it.benchmarkId == 'error-filter/filter-100' }
assert verdict.verdict == 'REGRESSED'
assert verdict.metrics.find { it.metric == 'INSTRUCTIONS' }.verdict == 'REGRESSED'
assert verdict.metrics.find { it.metric == 'WALL_CLOCK' }.currentForks == 3
return true
