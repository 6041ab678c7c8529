// Coverage below plugin.toml's coverage_threshold fails the build, saying by how much and what to do.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('plugin.toml [test] coverage_threshold is [90%] but the share of executed functions is [83.3%], below the threshold')
assert log.contains('add spec cases that reach the code quality.json lists under coverage.functions, or lower coverage_threshold')
def quality = new JsonSlurper().parse(new File(basedir, 'target/dataflare/quality.json'))
assert quality.coverage.belowThreshold
assert quality.checks.find { it.id == 'coverage.functions' }.evidence.notExecuted == ['function 3']
return true
