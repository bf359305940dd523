// enrichedSpec set to the description itself (spelled with '..'): the second build fails with one
// configuration error naming the parameter and the file, and overwrites nothing: the description
// and the first build's outputs are as they were, byte for byte.
def log = new File(basedir, 'build.log').text
def spec = new File(basedir, 'src/main/openapi/openapi.yaml').canonicalPath
def message = "invalid configuration: enrichedSpec ${spec} is the description (inputSpec), which the goal reads;" +
    " an output may not replace a file the goal reads"

assert log.readLines().count { it.contains('Enriched description: ') } == 1 : "only the first build wrote:\n${log}"
assert log.contains('BUILD FAILURE') : 'the second build failed'
def failure = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal dev.apierrors:api-errors-maven-plugin:') }
assert failure != null : "the plugin's goal failed the build:\n${log}"
assert failure.endsWith("on project enriched-spec-is-input-spec: ${message} -> [Help 1]") :
    "the failure is the one message naming the parameter and the file: ${failure}"
['at dev.apierrors', 'Exception in thread', 'Caused by:', '\tat '].each { trace ->
    assert !log.contains(trace) : "no stack trace at the default log level, found '${trace}':\n${log}"
}

def description = new File(spec)
assert description.text.startsWith("# The author's description: its comments and layout must survive") :
    "the author's description keeps its comments:\n${description.text}"

def lastGood = new File(basedir, 'target/last-good')
def compared = 0
[['api-errors', 'target/api-errors'], ['generated-sources', 'target/generated-sources/api-errors'],
 ['api-errors-state', 'target/api-errors-state'], ['openapi', 'src/main/openapi']].each { pair ->
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
assert compared > 3 : "the description, the enriched description and the Java sources were compared (${compared} files)"
return true
