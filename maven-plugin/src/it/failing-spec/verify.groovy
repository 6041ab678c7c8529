// A spec the plugin does not meet: the test phase fails, naming the case; nothing is benchmarked.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 1, Errors: 0, Skipped: 0')
assert log.contains('drops-records-with-error-in-them')
def report = new File(basedir, 'target/surefire-reports/TEST-error-filter.xml').text
assert report =~ /(?s)name="drops-records-with-error-in-them"[^>]*>\s*<failure/
assert !new File(basedir, 'target/dataflare/benchmarks.json').exists()
return true
