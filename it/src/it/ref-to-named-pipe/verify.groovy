// A $ref names a named pipe: the second build fails at once (the case's timeout would stop a build
// that waited on the pipe) with one message naming the pipe, what it is and where it is referenced,
// and the first build's outputs and state are as they were, byte for byte.
def log = new File(basedir, 'build.log').text
def pipe = new File(basedir, 'src/main/openapi/pipe.yaml').canonicalPath
def piped = new File(basedir, 'src/main/openapi/piped.yaml').canonicalPath
def message = "${pipe} is a named pipe (FIFO), not an OpenAPI description file; only regular files are read" +
    " (referenced at paths./pets/{petId}.get.responses.200.content.application/json.schema of ${piped})"

assert log.readLines().count { it.contains('Enriched description: ') } == 1 : "only the first build wrote:\n${log}"
assert log.contains('BUILD FAILURE') : 'the second build failed'
def failure = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal dev.apierrors:api-errors-maven-plugin:') }
assert failure != null : "the plugin's goal failed the build:\n${log}"
assert failure.endsWith("on project ref-to-named-pipe: ${message} -> [Help 1]") :
    "the failure is the one message naming the pipe: ${failure}"
['at dev.apierrors', 'Exception in thread', 'Caused by:', '\tat '].each { trace ->
    assert !log.contains(trace) : "no stack trace at the default log level, found '${trace}':\n${log}"
}

def lastGood = new File(basedir, 'target/last-good')
def compared = 0
[['api-errors', 'target/api-errors'], ['generated-sources', 'target/generated-sources/api-errors'],
 ['api-errors-state', 'target/api-errors-state']].each { pair ->
    def before = new File(lastGood, pair[0])
    def now = new File(basedir, pair[1])
    def beforeFiles = [] as SortedSet
    def nowFiles = [] as SortedSet
    before.eachFileRecurse(groovy.io.FileType.FILES) { beforeFiles << before.toPath().relativize(it.toPath()).toString() }
    now.eachFileRecurse(groovy.io.FileType.FILES) { nowFiles << now.toPath().relativize(it.toPath()).toString() }
    assert !beforeFiles.isEmpty() : "the first build's ${pair[1]} was copied aside"
    assert nowFiles == beforeFiles : "${pair[1]} holds the same files as before, and no temporary ones: ${nowFiles} vs ${beforeFiles}"
    beforeFiles.each { name ->
        assert new File(now, name).bytes == new File(before, name).bytes : "${pair[1]}/${name} is unchanged, byte for byte"
        compared++
    }
}
assert compared > 3 : "the enriched description, the Java sources and the state were compared (${compared} files)"
return true
