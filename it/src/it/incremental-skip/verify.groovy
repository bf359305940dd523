// Two builds without a change: the second skips generation, says so in one line, and rewrites nothing.
def log = new File(basedir, 'build.log').text
def generating = log.readLines().findAll { it.contains('api-errors: generating: ') }
def skipped = log.readLines().findAll { it.contains('api-errors: skipped generation, outputs up to date: ') }
assert generating.size() == 1 : "exactly the first build generates, found: ${generating}"
assert generating[0].contains('no earlier build recorded') : "the first build says why it generates: ${generating[0]}"
assert skipped.size() == 1 : "exactly the second build skips, found: ${skipped}"
assert log.indexOf(skipped[0]) > log.indexOf(generating[0]) : "the skip is the second build's"
assert skipped[0].contains('the description (3 files), the configuration, the templates and the plugin are as in the last build') :
    "the skip line says why: ${skipped[0]}"

def stamp = new File(basedir, 'target/stamp/stamp.txt')
assert stamp.isFile() : "the second build wrote its stamp ${stamp}"
def enriched = new File(basedir, 'target/api-errors/openapi.yaml')
assert enriched.isFile() : "the enriched description exists: ${enriched}"
def javaRoot = new File(basedir, 'target/generated-sources/api-errors')
def sources = []
javaRoot.eachFileRecurse(groovy.io.FileType.FILES) { sources << it }
['ApiError', 'ApiValidationError', 'NotFoundException', 'OperationErrors'].each { type ->
    assert new File(javaRoot, "com/example/pets/errors/${type}.java").isFile() : "${type}.java was generated"
}
assert skipped[0].endsWith("its outputs (${sources.size() + 1} files) are unmodified") :
    "the skip line counts the Java sources and the enriched description: ${skipped[0]}"
assert new File(basedir, 'target/classes/com/example/pets/errors/ApiError.class').isFile() : "the sources compiled"
assert log.contains('Nothing to compile - all classes are up to date') :
    "with the sources untouched, the second build's compiler had nothing to do"
([enriched] + sources).each { file ->
    assert file.lastModified() < stamp.lastModified() :
        "${file} was written by the second build (${file.lastModified()} >= stamp ${stamp.lastModified()})"
}
def state = new File(basedir, 'target/api-errors-state/default/api-errors-state.properties')
assert state.lastModified() < stamp.lastModified() : "the skipped build did not rewrite its state ${state}"
return true
