// A Java spec class and a TOML spec file (through a marker class) run in one Surefire build.
import javax.xml.parsers.DocumentBuilderFactory

def report = { String name ->
  def file = new File(basedir, "target/surefire-reports/TEST-${name}.xml")
  assert file.isFile() : "no Surefire report ${file}"
  DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file).documentElement
}
def names = { suite ->
  def cases = suite.getElementsByTagName('testcase')
  (0..<cases.length).collect { cases.item(it).getAttribute('name') }
}

def java = report('com.example.ErrorFilterSpecsTest')
assert java.getAttribute('tests') == '2'
assert java.getAttribute('failures') == '0'
assert names(java) == ['java-keeps-errors', 'java-drops-the-rest']

def toml = report('error-filter')
assert toml.getAttribute('tests') == '1'
assert names(toml) == ['toml-keeps-errors']

def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
return true
