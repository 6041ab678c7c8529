// Keeps the files of the chosen language and plugin type, deletes the others, and removes the
// documentation's snippet markers (tag::name[] / end::name[]) from what is left.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.StandardCopyOption

def types = ['filter': 'FilterPlugin', 'map': 'MapPlugin', 'filter_map': 'FilterMapPlugin',
             'flat_map': 'FlatMapPlugin', 'aggregate': 'AggregatePlugin']
def languages = ['java', 'wat', 'c', 'rust']

Path root = Paths.get(request.outputDirectory, request.artifactId)
String type = request.properties.get('pluginType')
String language = request.properties.get('language')
String name = request.properties.get('pluginName')
String version = request.properties.get('version')

def fail = { String message ->
  root.toFile().deleteDir()
  throw new IllegalArgumentException(message)
}
if (!types.containsKey(type)) {
  fail("pluginType [${type}] is not a plugin type: pass -DpluginType= one of ${types.keySet().join(', ')}")
}
if (!languages.contains(language)) {
  fail("language [${language}] is not supported: pass -Dlanguage= one of ${languages.join(', ')}")
}
if (!(version ==~ /\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?/)) {
  fail("version [${version}] is not a semantic version, which plugin.toml needs: pass e.g. -Dversion=0.1.0-SNAPSHOT")
}
if (!(name ==~ /[A-Za-z0-9][A-Za-z0-9._-]*/)) {
  fail("pluginName [${name}] may hold only letters, digits, '.', '_' and '-': pass e.g. -DpluginName=my-plugin")
}

def delete = { String path ->
  File file = root.resolve(path).toFile()
  file.isDirectory() ? file.deleteDir() : file.delete()
}
def keepOnly = { String dir, String kept ->
  root.resolve(dir).toFile().eachFileRecurse { f -> if (f.isFile() && f.name != kept) f.delete() }
}

['wat', 'c', 'rust'].findAll { it != language }.each { delete("src/main/${it}") }
if (language != 'rust') {
  delete('Cargo.toml')
}
if (language == 'java') {
  keepOnly('src/main/java', "${types[type]}.java")
  keepOnly('src/test/java', "${types[type]}SpecTests.java")
} else {
  delete('src/main/java')
  delete('src/test/java')
  keepOnly("src/main/${language}", language == 'wat' ? "${type}.wat" : language == 'c' ? "${type}.c" : "${type}.rs")
  Path module = root.resolve("plugin/${type}.wasm")
  Files.createDirectories(module.parent)
  Files.move(root.resolve("prebuilt/${language}/${type}.wasm"), module, StandardCopyOption.REPLACE_EXISTING)
}
delete('prebuilt')

Path specs = root.resolve('src/test/dataflare')
Files.move(specs.resolve("${type}.toml"), specs.resolve("${name}.toml.kept"))
keepOnly('src/test/dataflare', "${name}.toml.kept")
Files.move(specs.resolve("${name}.toml.kept"), specs.resolve("${name}.toml"))

Files.move(root.resolve('gitignore'), root.resolve('.gitignore'))

root.toFile().eachFileRecurse { f ->
  if (f.isFile() && !f.name.endsWith('.wasm')) {
    String text = f.getText('UTF-8')
    String stripped = text.readLines().findAll { !(it =~ /(tag|end)::[\w-]+\[\]/) }.join('\n') + '\n'
    if (stripped != text) {
      f.setText(stripped, 'UTF-8')
    }
  }
}
