// dataflare.skip skips every goal, each saying why; a skipped benchmark skips the gate too.
def log = new File(basedir, 'build.log').text
['validate', 'generate-spec-test', 'benchmark', 'check'].each {
  assert log.contains("Skipping dataflare:${it} because dataflare.skip is true") : it
}
assert log.contains('Skipping dataflare:benchmark because dataflare.benchmark.skip is true')
assert log.contains('Skipping dataflare:check because the benchmarks were skipped (dataflare.benchmark.skip is true)')
assert !new File(basedir, 'target/dataflare/benchmarks.json').exists()
return true
