// Each planted defect lowers the score by the points of exactly the check it breaks.
import groovy.json.JsonSlurper

def read = { name -> new JsonSlurper().parse(new File(basedir, "target/${name}.json")) }
def clean = read('quality-clean')

def onlyCheckLost = { defect, checkId ->
  assert defect.possible == clean.possible
  def lost = 0
  clean.checks.eachWithIndex { check, i ->
    def after = defect.checks[i]
    assert after.id == check.id
    if (check.id == checkId) {
      lost = check.points - after.points
    } else {
      assert after.points == check.points : "${check.id} changed"
    }
  }
  assert lost > 0
  assert defect.points == clean.points - lost
  assert defect.score == Math.round(1000.0 * (clean.points - lost) / clean.possible) / 10.0
  return lost
}

assert clean.scored
assert clean.checks.find { it.id == 'coverage.branches' }.points == 10
assert clean.checks.find { it.id == 'static.spotbugs' }.points == 20
assert clean.findings.isEmpty()

def branch = read('quality-untested-branch')
assert onlyCheckLost(branch, 'coverage.branches') == 2
assert branch.checks.find { it.id == 'coverage.branches' }.evidence.coveredBranches == 5

def bug = read('quality-bug')
def lost = onlyCheckLost(bug, 'static.spotbugs')
def finding = bug.findings[0]
assert finding.ruleId == 'RV_RETURN_VALUE_IGNORED'
assert finding.file == 'src-with-bug/java/com/example/keyword/KeywordFilter.java'
assert lost == [20, 10, 5, 2][finding.rank <= 4 ? 0 : finding.rank <= 9 ? 1 : finding.rank <= 14 ? 2 : 3]

// the last build's SARIF and report
def sarif = new JsonSlurper().parse(new File(basedir, 'target/dataflare/quality.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results[0].ruleId == 'RV_RETURN_VALUE_IGNORED'
assert new File(basedir, 'target/dataflare/report.html').text.contains('data-check="static.spotbugs"')

def log = new File(basedir, 'build.log').text
assert log.contains('JaCoCo agent for the tests (argLine): writes target/jacoco.exec')
assert log =~ /keyword-filter 1\.2\.0: \d+(\.\d)? \/ 100/
assert log.contains('  static.spotbugs ')
return true
