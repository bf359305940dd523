def log = new File(basedir, 'build.log').text
def enriched = new File(basedir, 'target/api-errors/openapi.yaml').text
assert enriched.contains('application/problem+json') : "the enriched description uses RFC 9457's media type"
assert enriched.contains('about:blank') && enriched.contains('instance') : "the problem details schema is added"
assert !enriched.contains('request_id') : "the standard body is not added with the problem convention"
def generated = new File(basedir, 'target/generated-sources/api-errors/com/example/problem/errors')
assert new File(generated, 'ApiErrorsExceptionHandler.java').isFile() : "the Spring handler was not generated in ${generated}"
assert new File(generated, 'ApiValidationErrorErrorsItem.java').isFile() : "the record of an entry of errors was not generated"
assert log =~ /Tests run: 5, Failures: 0, Errors: 0, Skipped: 0/ : "the Spring tests on the generated handlers did not all run and pass"
