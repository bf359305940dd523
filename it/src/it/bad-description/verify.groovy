// A broken second file of the description: one clear message at the default log level, nothing written.
def log = new File(basedir, 'build.log').text
def pets = new File(basedir, 'src/main/openapi/paths/pets.yaml').canonicalPath
def main = new File(basedir, 'src/main/openapi/openapi.yaml').canonicalPath
def message = "${pets}:6:6: invalid YAML: expected <block end>, but found '<block mapping start>' (while parsing" +
    " a block mapping at line 4, column 5); the indentation of this line does not match the lines above it" +
    " (referenced at paths./pets of ${main})"

assert log.contains('BUILD FAILURE') : 'the build failed'
def failure = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal dev.apierrors:api-errors-maven-plugin:') }
assert failure != null : "the plugin's goal failed the build:\n${log}"
assert failure.endsWith("on project bad-description: ${message} -> [Help 1]") :
    "the failure is the one message naming the file, line and column: ${failure}"
assert log.readLines().count { it.contains('invalid YAML') } == 1 : "the message is shown once:\n${log}"

['at dev.apierrors', 'Exception in thread', 'Caused by:', '\tat '].each { trace ->
    assert !log.contains(trace) : "no stack trace at the default log level, found '${trace}':\n${log}"
}
// Maven 4 quotes the switch: '-e'
assert log =~ /re-run Maven with the '?-e'? switch/ : 'Maven offers the stack trace with -e'

assert !new File(basedir, 'target/api-errors').exists() : 'no enriched description was written'
assert !new File(basedir, 'target/generated-sources/api-errors').exists() : 'no Java source was written'
return true
