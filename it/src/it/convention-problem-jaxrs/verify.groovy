def log = new File(basedir, 'build.log').text
def enriched = new File(basedir, 'target/api-errors/openapi.yaml').text
assert enriched.contains('application/problem+json') : "the enriched description uses RFC 9457's media type"
def generated = new File(basedir, 'target/generated-sources/api-errors/com/example/problem/errors')
['ApiErrorExceptionMapper', 'ApiErrorsFallbackExceptionMapper', 'ApiErrorsWebApplicationExceptionMapper',
 'ApiErrorsJsonExceptionMapper', 'ApiErrorsFeature', 'ApiErrorsClientResponseFilter'].each { type ->
    assert new File(generated, "${type}.java").isFile() : "${type}.java was not generated in ${generated}"
}
assert log =~ /Tests run: 5, Failures: 0, Errors: 0, Skipped: 0/ : "the Jakarta REST tests on the generated mappers did not all run and pass"
