// A project with no Java test code: Surefire ran every spec file, one report per file.
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

def filter = report('error-filter')
assert filter.getAttribute('tests') == '4'
assert filter.getAttribute('failures') == '0'
assert filter.getAttribute('errors') == '0'
assert names(filter) == ['keeps-errors', 'drops-the-rest', 'keeps-errors-batch-after-batch',
                         'filter-throughput']

def keys = report('more.keys')
assert keys.getAttribute('tests') == '1'
assert names(keys) == ['keeps-key-and-metadata']

def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 5, Failures: 0, Errors: 0, Skipped: 0')
return true
