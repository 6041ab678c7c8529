// A wrong expectation fails with a diff naming the record; a typo names its file, line and key;
// the other specs still ran.
import javax.xml.parsers.DocumentBuilderFactory

def report = { String name ->
  def file = new File(basedir, "target/surefire-reports/TEST-${name}.xml")
  assert file.isFile() : "no Surefire report ${file}"
  DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file).documentElement
}
def failureOf = { suite, String name ->
  def cases = suite.getElementsByTagName('testcase')
  def found = (0..<cases.length).collect { cases.item(it) }.find { it.getAttribute('name') == name }
  assert found != null : "no test case ${name}"
  def failures = found.getElementsByTagName('failure')
  def errors = found.getElementsByTagName('error')
  def element = failures.length > 0 ? failures.item(0) : errors.item(0)
  assert element != null : "test case ${name} did not fail"
  element.getAttribute('message') + '\n' + element.textContent
}

def filter = report('error-filter')
assert filter.getAttribute('tests') == '2'
assert filter.getAttribute('failures') == '1'
def wrong = failureOf(filter, 'wrong-on-purpose')
assert wrong.contains('case [wrong-on-purpose]: ')
assert wrong.contains('record [1]')
assert wrong.contains('error 2')
assert wrong.contains('error two')

def typo = report('typo')
def invalid = failureOf(typo, 'invalid spec')
assert invalid.contains('typo.toml:4: [case[0].expect.cuont]')

def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 1, Errors: 1, Skipped: 0')
assert log.contains('encountered a non-critical issue during test discovery')
return true
