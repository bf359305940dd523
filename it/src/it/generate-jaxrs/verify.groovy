def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/api-errors/com/example/jaxrs/errors')
['ApiErrorExceptionMapper', 'ApiErrorsFallbackExceptionMapper', 'ApiErrorsWebApplicationExceptionMapper',
 'ApiErrorsFeature', 'ApiErrorsClientResponseFilter'].each { type ->
    assert new File(generated, "${type}.java").isFile() : "${type}.java was not generated in ${generated}"
}
assert log =~ /Tests run: 7, Failures: 0, Errors: 0/ : "the Jakarta REST tests on the generated mappers did not all run and pass"
