// The whole pipeline writes the score, its SARIF and the report; a function no spec reaches costs
// exactly the function-coverage points.
import groovy.json.JsonSlurper

def json = { path -> new JsonSlurper().parse(new File(basedir, path)) }

// build 1: the score from every source, with the benchmarks
def full = json('target/dataflare/quality.json')
assert full.rulesVersion == 1
assert full.backend == 'wasm'
assert full.scored
assert full.checks.find { it.id == 'coverage.functions' }.points == 20
assert full.checks.find { it.id == 'performance.benchmarks' }.points == 5
assert full.checks.find { it.id == 'tests.contracts' }.status == 'not-applicable'
full.checks.each { check ->
  assert check.id && check.maximum > 0 && check.evidence != null && check.hint
}
def sarif = json('target/dataflare/quality.sarif')
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'dataflare-wasm-contract'

def report = new File(basedir, 'target/dataflare/report.html').text
assert report.startsWith('<!DOCTYPE html>')
assert report.contains('aria-label="Throughput of bang-filter/filter-1k in records per second"')
assert report.contains('aria-label="Latency percentiles of one call of bang-filter/filter-1k')
assert report.contains('aria-label="WASM instructions executed per record, per benchmark"')
assert !report.contains('<script') && !report.contains('src=') && !report.contains('href="http')

def log = new File(basedir, 'build.log').text
assert log =~ /bang-filter 0\.3\.0: \d+(\.\d)? \/ 100 \(\d+ of \d+ points, rules v1\)/
assert log.contains('Report: target/dataflare/report.html')

// builds 2 and 3
def clean = json('target/quality-clean.json')
def unreached = json('target/quality-unreached.json')
assert unreached.possible == clean.possible
clean.checks.eachWithIndex { check, i ->
  if (check.id != 'coverage.functions') {
    assert unreached.checks[i].points == check.points : "${check.id} changed"
  }
}
def before = clean.checks.find { it.id == 'coverage.functions' }
def after = unreached.checks.find { it.id == 'coverage.functions' }
assert before.points == 20 && after.points == 16
assert after.evidence.notExecuted == ['function 3']
assert unreached.points == clean.points - 4
assert unreached.score == Math.round(1000.0 * (clean.points - 4) / clean.possible) / 10.0
return true
