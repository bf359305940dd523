def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/api-errors/com/example/none/errors')
assert new File(generated, 'ErrorStatus.java').isFile() : "ErrorStatus.java was not generated in ${generated}"
assert new File(generated, 'ApiErrorDecoder.java').isFile() : "ApiErrorDecoder.java was not generated"
assert !new File(generated, 'ApiErrorsExceptionHandler.java').exists() : "framework none must not generate a Spring handler"
assert !generated.listFiles().any { it.text.contains('import com.fasterxml') } : "framework none sources must not use Jackson"
assert log =~ /Tests run: 5, Failures: 0, Errors: 0/ : "the tests on the generated types did not all run and pass"

// The enriched description is the author's text with the additions inserted: every line of it, in order.
def authored = new File(basedir, 'openapi.yaml').readLines()
def enriched = new File(basedir, 'target/api-errors/openapi.yaml').readLines()
int at = 0
authored.each { line ->
    int found = enriched.subList(at, enriched.size()).indexOf(line)
    assert found >= 0 : "line '${line}' of openapi.yaml is missing from, or out of order in, the enriched description"
    at += found + 1
}
assert enriched.size() > authored.size() : "the enriched description has no additions"
assert !(log =~ /written from the tree/) : "the enriched description was written from the tree instead of the author's text"
