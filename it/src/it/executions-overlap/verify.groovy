// Two executions whose outputs overlap fail the build before the second writes anything: first
// the same generated sources (one basePackage for both), then the same enriched description.
def log = new File(basedir, 'build.log').text
def failures = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal dev.apierrors:api-errors-maven-plugin:') }
assert failures.size() == 2 : "both builds fail in the plugin's goal:\n${log}"

def sources = new File(basedir, 'target/generated-sources/api-errors/com/example/errors').canonicalPath
assert failures[0].contains("generate (stores) on project executions-overlap: invalid configuration: executions 'pets' and 'stores'" +
    " of the goal both write ${sources}") : "the first names both executions and a file: ${failures[0]}"
assert failures[0].contains('; give one of them another outputDirectory or basePackage (each execution writes files of its own)') :
    "the first names the parameters to change: ${failures[0]}"

def enriched = new File(basedir, 'target/openapi.yaml').canonicalPath
assert failures[1].contains("invalid configuration: executions 'pets' and 'stores' of the goal both write ${enriched};" +
    " give one of them another enrichedSpec") : "the second names both executions, the file and enrichedSpec: ${failures[1]}"

['at dev.apierrors', 'Caused by:', '\tat '].each { trace ->
    assert !log.contains(trace) : "no stack trace at the default log level, found '${trace}':\n${log}"
}
assert !new File(basedir, 'target/api-errors/stores').exists() : "the failing execution wrote no enriched description"
// the second build's first execution moved to its own package (its old files went); the
// failing execution wrote no source at all
def out = new File(basedir, 'target/generated-sources/api-errors')
def operations = new File(out, 'com/example/pets/OperationErrors.java').text
assert operations.contains('getPet') && !operations.contains('getStore') : "the first execution's sources are its own"
out.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    assert !file.text.contains('getStore') : "nothing of the failing execution was written: ${file}"
}
assert new File(basedir, 'target/openapi.yaml').text.contains('title: Pets') : "the enriched file is the first execution's"
return true
