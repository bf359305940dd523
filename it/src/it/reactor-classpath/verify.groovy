import java.nio.file.Files

// A reactor: api publishes a multi-file description in its jar, server (spring) and client (none)
// generate from it through classpath:. The parallel builds pass, the second one skips generation in
// both modules, and their outputs are byte for byte those of the serial build.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def generating = lines.findIndexValues { it.contains('api-errors: generating: ') }
def skipped = lines.findIndexValues { it.contains('api-errors: skipped generation, outputs up to date: ') }
assert generating.size() == 4 : "the serial build and the first parallel build generate in both modules: ${generating.collect { lines[it as int] }}"
assert skipped.size() == 2 : "the second parallel build skips in both modules: ${skipped.collect { lines[it as int] }}"
assert skipped.every { it > generating.max() } : "the skips are the last build's"
skipped.each { i ->
    assert lines[i as int].contains('the description (3 files)') : "the description and both files it references in the jar: ${lines[i as int]}"
}
assert !log.contains('BUILD FAILURE') : "every build passes"
assert log.count('Using the MultiThreadedBuilder implementation with a thread count of 2') == 2 :
    "builds 2 and 3 ran their modules in parallel"

def handlers = [server: ['ApiErrorsExceptionHandler', 'ApiErrorsResponseErrorHandler', 'ApiErrorsStatusHandler'], client: []]
['server', 'client'].each { module ->
    def dir = new File(basedir, module)
    def pkg = "com/example/${module}/errors"
    ['ApiError', 'ApiValidationError', 'NotFoundException', 'ApiErrorDecoder', 'OperationErrors'].each { type ->
        assert new File(dir, "target/generated-sources/api-errors/${pkg}/${type}.java").isFile() : "${module}: ${type}.java was generated"
        assert new File(dir, "target/classes/${pkg}/${type}.class").isFile() : "${module}: ${type} compiled"
    }
    ['ApiErrorsExceptionHandler', 'ApiErrorsResponseErrorHandler', 'ApiErrorsStatusHandler'].each { type ->
        assert new File(dir, "target/generated-sources/api-errors/${pkg}/${type}.java").isFile() == handlers[module].contains(type) :
            "${module}: the Spring ${type} is generated for framework spring only"
    }
    def enriched = new File(dir, 'target/api-errors/openapi.yaml')
    assert enriched.isFile() : "${module}: the enriched description exists"
    assert enriched.text.contains('What the pet answers to') :
        "${module}: the file that the description in the jar references relatively was read"

    // the last build rewrote nothing
    def stamp = new File(dir, 'target/stamp/stamp.txt')
    assert stamp.isFile() : "${module}: the last build wrote its stamp"
    def javaRoot = new File(dir, 'target/generated-sources/api-errors')
    def outputs = [enriched]
    javaRoot.eachFileRecurse(groovy.io.FileType.FILES) { outputs << it }
    outputs.each { file ->
        assert file.lastModified() < stamp.lastModified() : "${module}: ${file} was rewritten by the skipping build"
    }

    // byte for byte the serial build's outputs
    def compare = { File serialRoot, File parallelRoot ->
        def names = { File root ->
            def found = [] as SortedSet
            if (root.isDirectory()) {
                root.eachFileRecurse(groovy.io.FileType.FILES) { found << root.toPath().relativize(it.toPath()).toString() }
            }
            found
        }
        assert !names(serialRoot).isEmpty() : "${module}: the serial build kept its outputs in ${serialRoot}"
        assert names(serialRoot) == names(parallelRoot) : "${module}: the same files in ${parallelRoot} as in the serial build"
        names(serialRoot).each { name ->
            assert Files.readAllBytes(new File(serialRoot, name).toPath()) == Files.readAllBytes(new File(parallelRoot, name).toPath()) :
                "${module}: ${name} differs from the serial build's"
        }
    }
    compare(new File(dir, 'serial/spec'), new File(dir, 'target/api-errors'))
    compare(new File(dir, 'serial/java'), javaRoot)
}
return true
