// dataflare:package: skipped on request, then the bundle with its checksums.
import java.security.MessageDigest
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
assert log.contains('Skipping dataflare:package because dataflare.package.skip is true')

def bundle = new File(basedir, 'target/dataflare/error-filter-1.0.0.zip')
assert bundle.isFile()
assert log.contains('Bundled target/dataflare/error-filter-1.0.0.zip: README.md, plugin.toml, plugin/filter.wasm, SHA256SUMS')
assert log.contains('The bundle has no quality.json')
assert !new File(basedir, 'target/dataflare').list().any { it.endsWith('.partial') }

def zip = new ZipFile(bundle)
def bytes = { String name -> zip.getInputStream(zip.getEntry(name)).bytes }
assert zip.entries().collect { it.name } == ['README.md', 'plugin.toml', 'plugin/filter.wasm', 'SHA256SUMS']
assert bytes('plugin/filter.wasm') == new File(basedir, 'plugin/filter.wasm').bytes
assert bytes('plugin.toml') == new File(basedir, 'plugin.toml').bytes

// SHA256SUMS in sha256sum's format, one line per other entry
def sha256 = { byte[] b -> MessageDigest.getInstance('SHA-256').digest(b).encodeHex().toString() }
def lines = new String(bytes('SHA256SUMS'), 'UTF-8').readLines()
assert lines == ['README.md', 'plugin.toml', 'plugin/filter.wasm'].collect { "${sha256(bytes(it))}  ${it}".toString() }
zip.close()
return true
