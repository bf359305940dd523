import java.nio.file.Files
import javax.tools.ToolProvider

// The first build (run by the invoker) generated and filled the local cache; this script runs the
// next builds with the same Maven, each from clean, as a user would.
def project = new File(basedir, 'project')
def target = new File(project, 'target')
def cachedSkip = 'Skipping plugin execution (cached): api-errors:generate'

def mvn = { String name, List<String> args ->
    def log = new File(basedir, "${name}.log")
    def command = [new File(mavenHome as String, 'bin/mvn').path, '-B', '-o',
                   "-Dmaven.repo.local=${localRepositoryPath}".toString()] + args + ['clean', 'verify']
    def builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).redirectOutput(log)
    builder.environment().put('MAVEN_OPTS', mavenOpts as String)
    def process = builder.start()
    assert process.waitFor() == 0 : "build ${name} failed (${command.join(' ')}):\n${log.text}"
    log.text
}
def files = { File root ->
    def found = [:] as TreeMap
    root.eachFileRecurse(groovy.io.FileType.FILES) { found[root.toPath().relativize(it.toPath()).toString()] = it.bytes }
    found
}
def outputs = { [spec: files(new File(target, 'api-errors')), java: files(new File(target, 'generated-sources/api-errors'))] }
def sameOutputs = { a, b -> a.keySet() == b.keySet() && a.every { k, v -> a[k].keySet() == b[k].keySet() && v.every { f, bytes -> Arrays.equals(bytes, b[k][f]) } } }

// 1: the invoker's build generated and saved its result in the cache
def first = new File(basedir, 'build.log').text
assert first.contains('api-errors: generating: ') : 'the first build generates'
assert !first.contains(cachedSkip) : 'the first build finds nothing in the cache'
assert first =~ /Saved Build to local file: .*build-cache-project/ : 'the first build is saved in the local cache'
def generated = outputs()
assert generated.spec.keySet() == ['openapi.yaml'] as Set && generated.java.size() > 10 : "the first build's outputs: ${generated.java.keySet()}"

// 2: from clean again: the goal is restored from the cache, not run, and its outputs are the same bytes
def restored = mvn('build-restored', [])
assert restored.contains(cachedSkip) : "the second build restores the goal from the cache:\n${restored}"
assert !restored.contains('api-errors: generating') && !restored.contains('api-errors: skipped generation') : 'the goal did not run'
assert sameOutputs(outputs(), generated) : 'the restored enriched description and sources are byte for byte those generated'
assert new File(target, 'build-cache-project-1.0-SNAPSHOT.jar').isFile() : 'the jar is restored'
// the restored sources compile
def classes = Files.createTempDirectory('restored-classes').toFile()
def sources = []
new File(target, 'generated-sources/api-errors').eachFileRecurse(groovy.io.FileType.FILES) { sources << it.path }
assert ToolProvider.systemJavaCompiler.run(null, null, null, (['-d', classes.path, '--release', '17'] + sources) as String[]) == 0 :
    'the restored sources compile'
assert new File(classes, 'com/example/cache/errors/ApiError.class').isFile() : 'the restored sources compiled to classes'

// 3: every input of the goal, changed, makes the cache miss, and the goal generates from the change
def missesAndGenerates = { String name, List<String> args, Closure<Boolean> changed ->
    def log = mvn(name, args)
    assert !log.contains(cachedSkip) : "${name}: the cache must miss, a restore would be stale:\n${log}"
    assert log.contains('api-errors: generating: ') : "${name}: the goal generates"
    assert changed() : "${name}: the outputs show the change"
}
def edit = { String path, String from, String to ->
    def file = new File(basedir, path)
    assert file.text.contains(from) : "${path} contains '${from}'"
    file.text = file.text.replace(from, to)
}
def enriched = { new File(target, 'api-errors/openapi.yaml').text }

edit('project/src/main/openapi/openapi.yaml', 'title: Pets', 'title: Pets and owners')
missesAndGenerates('build-description', []) { enriched().contains('title: Pets and owners') }

edit('project/src/main/openapi/paths/pets.yaml', 'Lists the pets.', 'Lists every pet.')
missesAndGenerates('build-ref', []) { enriched().contains('Lists every pet.') }

edit('shared/schemas/pet.yaml', 'A pet of the shared schemas.', 'A pet, as the shared schemas say.')
missesAndGenerates('build-ref-outside', []) { enriched().contains('A pet, as the shared schemas say.') }

edit('shared/templates/fileHeader.mustache', '(template of build-cache-local)', '(changed template)')
missesAndGenerates('build-template', []) {
    new File(target, 'generated-sources/api-errors/com/example/cache/errors/ApiError.java').text.contains('(changed template)')
}

missesAndGenerates('build-configuration', ['-Derrors.package=com.example.other.errors']) {
    new File(target, 'generated-sources/api-errors/com/example/other/errors/ApiError.java').isFile()
}

return true
