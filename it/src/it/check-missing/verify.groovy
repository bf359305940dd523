// check fails on a description that lacks error responses, says where each one belongs, and changes nothing.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def main = new File(basedir, 'src/main/openapi/openapi.yaml').canonicalPath
def pets = new File(basedir, 'src/main/openapi/paths/pets.yaml').canonicalPath

assert log.contains('BUILD FAILURE') : 'the build failed'
def expected = [
    "[ERROR] ${pets}:2:1: GET /pets lacks 500",
    "[ERROR] ${pets}:7:1: POST /pets lacks 400, 409, 422, 500",
    "[ERROR] ${main}:9:5: GET /pets/{petId} lacks 500",
]*.toString()
def findings = lines.findAll { it.contains(' lacks ') && it.startsWith('[ERROR] /') }
assert findings == expected : "one line per operation listing the codes it lacks, at the operation in its own file:\n${findings.join('\n')}"
def components = lines.findAll { it.startsWith('[ERROR] ') && it.endsWith(' is missing') }
assert components.size() == 6 : "the two bodies and the four responses some operation refers to are missing components:\n${components.join('\n')}"
assert components.contains("[ERROR] ${main}:1:1: components/responses/ApiErrorInternalServerError is missing".toString()) :
    "a missing component is named, in the main file:\n${components.join('\n')}"
def fix = lines.findIndexOf { it.contains("Run 'mvn api-errors:apply' to add them") }
assert fix > lines.findLastIndexOf { it.endsWith(' is missing') } : 'the last line of the report says how to fix it'
assert lines.any { it.startsWith('[ERROR] Failed to execute goal dev.apierrors:api-errors-maven-plugin:') &&
        it.contains(':check (default) on project check-missing: api-errors: the description lacks 6 error responses' +
        ' and 6 components of the API errors convention') } : "the goal check failed the build:\n${log}"
['Exception in thread', 'Caused by:', '\tat '].each { trace ->
    assert !log.contains(trace) : "no stack trace at the default log level, found '${trace}'"
}

assert new File(pets).text.startsWith('# the pets collection\nget:\n  operationId: listPets\n') : 'the files are unchanged'
assert !new File(pets).text.contains('500') && !new File(main).text.contains('components') : 'nothing was added'
assert !new File(basedir, 'target').exists() || !new File(basedir, 'target/api-errors').exists() : 'nothing was generated'
return true
