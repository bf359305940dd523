def log = new File(basedir, 'build.log').text
def enriched = new File(basedir, 'target/api-errors/openapi.yaml').text
assert enriched.contains('application/vnd.team.error+json') : "the enriched description uses the convention's media type"
assert enriched.contains('ApiErrorTooManyRequests') && enriched.contains('ApiErrorServiceUnavailable') : "429 and 503 are added"
def generated = new File(basedir, 'target/generated-sources/api-errors/com/example/team/errors')
['TeamError', 'TooManyRequestsException', 'ServiceUnavailableException', 'ApiErrorsExceptionHandler',
 'ApiErrorsResponseErrorHandler', 'ApiErrorsStatusHandler'].each { type ->
    assert new File(generated, "${type}.java").isFile() : "${type}.java was not generated in ${generated}"
}
assert log =~ /Tests run: 4, Failures: 0, Errors: 0, Skipped: 0/ : "the Spring tests on the generated handlers did not all run and pass"
