def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/api-errors/com/example/spring/errors')
assert new File(generated, 'ApiErrorsExceptionHandler.java').isFile() : "the Spring handler was not generated in ${generated}"
assert new File(generated, 'ApiErrorsResponseErrorHandler.java').isFile() : "the Spring client error handler was not generated"
assert log =~ /Tests run: 8, Failures: 0, Errors: 0/ : "the Spring tests on the generated handlers did not all run and pass"
