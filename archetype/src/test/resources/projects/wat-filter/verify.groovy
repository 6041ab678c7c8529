// The generated project passed `mvn verify` (the IT fails otherwise): its specs ran, its benchmark
// was measured and gated, scored, and its bundle written; only the chosen language's files are left.
import java.util.zip.ZipFile

// basedir is the IT's folder; the project is generated below it
def project = new File(basedir, 'project/error-filter')
def file = { String path -> new File(project, path) }
def log = [file('build.log'), new File(basedir, 'build.log')].find { it.isFile() }.text
def name = 'error-filter'
def version = '0.1.0-SNAPSHOT'

assert log.contains("Valid: plugin.toml: ${name} ${version} (filter, WASM module plugin/filter.wasm)")
assert log =~ /Tests run: \d+, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [^\n]* -- in ${java.util.regex.Pattern.quote(name)}\n/
assert file('target/dataflare/benchmarks.json').text.contains("${name}/filter-mixed-1k")
assert log.contains("${name}/filter-mixed-1k is new: it has no baseline yet, so it passes")

def bundle = new ZipFile(file("target/dataflare/${name}-${version}.zip"))
assert bundle.entries().collect { it.name } as Set == (['plugin/filter.wasm'] + ['plugin.toml', 'README.md', 'quality.json', 'SHA256SUMS']) as Set
bundle.close()

// Scored for the marketplace (the checks are shared by every project: ../scored.groovy)
evaluate(new File(basedir, '../scored.groovy')).call(project, log)

assert file('.gitignore').isFile()
assert file("src/test/dataflare/${name}.toml").isFile()
assert file('src/test/dataflare').list() as List == ["${name}.toml".toString()]
assert !file('prebuilt').exists()
['src/main/java', 'src/test/java', 'src/main/c', 'src/main/rust', 'Cargo.toml'].each { assert !file(it).exists() : "${it} should have been deleted" }
['pom.xml', "src/test/dataflare/${name}.toml", 'plugin.toml'].each {
  assert !file(it).text.contains('tag::') : "snippet marker left in ${it}"
}

// wat2wasm rebuilt the module when it was on the PATH; else the committed one was tested
assert log.contains('Built plugin/filter.wasm from src/main/wat/filter.wat') ||
    log.contains('wat2wasm (Debian package wabt) is not on the PATH: testing the committed plugin/filter.wasm')
assert file('src/main/wat').list() as List == ['filter.wat']
return true
