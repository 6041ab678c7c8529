// A module importing env.abort: validate fails the build before anything is compiled or run.
def log = new File(basedir, 'build.log').text
assert log.contains('Plugin validation failed with 1 problem')
assert log.contains('plugin/filter.wasm: [env.abort] POLICY_VIOLATION')
assert log.contains('(fix: ')
assert !new File(basedir, 'target/surefire-reports').exists()
assert !new File(basedir, 'target/dataflare').exists()
return true
