// Compatibility properties declared in TOML and in Java run in one Surefire build, one test each.
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

def java = report('com.example.ErrorFilterPropertiesTest')
assert java.getAttribute('failures') == '0'
assert names(java) == ['deterministic', 'modes', 'keeps-only-records-with-the-needle']

def toml = report('error-filter')
assert toml.getAttribute('failures') == '0'
assert names(toml) == ['deterministic', 'batch', 'pool_hygiene', 'robust', 'laws']

def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 8, Failures: 0, Errors: 0, Skipped: 0')
return true
