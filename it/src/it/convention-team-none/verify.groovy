def log = new File(basedir, 'build.log').text
def enriched = new File(basedir, 'target/api-errors/openapi.yaml').text
assert enriched.contains('application/vnd.team.error+json') : "the enriched description uses the convention's media type"
assert enriched.contains('ApiErrorTooManyRequests') && enriched.contains('ApiErrorServiceUnavailable') : "429 and 503 are added"
assert !enriched.contains('ApiValidationError') : "the standard bodies are not added with a team's convention"
def generated = new File(basedir, 'target/generated-sources/api-errors/com/example/team/errors')
['TeamError', 'TeamErrorSource', 'TooManyRequestsException', 'ServiceUnavailableException', 'ErrorStatus',
 'ApiErrorDecoder'].each { type ->
    assert new File(generated, "${type}.java").isFile() : "${type}.java was not generated in ${generated}"
}
assert !generated.listFiles().any { it.text.contains('import com.fasterxml') } : "framework none sources must not use Jackson"
assert log =~ /Tests run: 4, Failures: 0, Errors: 0/ : "the tests on the generated types did not all run and pass"
