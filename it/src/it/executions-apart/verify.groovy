// Two executions, one per description, into one output folder with packages of their own: each
// writes its own enriched description (named after the execution), both compile, and the second
// build finds both up to date.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def generating = lines.findAll { it.contains('api-errors: generating: ') }
def skipped = lines.findAll { it.contains('api-errors: skipped generation, outputs up to date: ') }
assert generating.size() == 2 : "the first build generates each execution once: ${generating}"
assert skipped.size() == 2 : "the second build finds each execution up to date: ${skipped}\n${log}"
assert lines.findIndexOf { it.contains('skipped generation') } > lines.findLastIndexOf { it.contains('api-errors: generating: ') } :
    'both skips come after both generations'

['pets', 'stores'].each { execution ->
    def enriched = new File(basedir, "target/api-errors/${execution}/openapi.yaml")
    assert enriched.isFile() : "execution ${execution} wrote its own enriched description: ${enriched}"
    assert enriched.text.contains("title: ${execution.capitalize()}") : "${enriched} is ${execution}'s"
    assert new File(basedir, "target/classes/com/example/${execution}/ApiError.class").isFile() :
        "${execution}'s package compiled"
}
assert !new File(basedir, 'target/api-errors/openapi.yaml').exists() : 'no execution wrote the shared default'
def operations = new File(basedir, 'target/generated-sources/api-errors/com/example/pets/OperationErrors.java').text
assert operations.contains('getPet') && !operations.contains('getStore') : "pets' operations are pets' alone"
return true
