def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/api-errors/com/example/spring/errors')
assert new File(generated, 'ApiErrorsExceptionHandler.java').isFile() : "the Spring handler was not generated in ${generated}"
assert new File(generated, 'ApiErrorsResponseErrorHandler.java').isFile() : "the Spring client error handler was not generated"
assert new File(generated, 'ApiErrorsStatusHandler.java').isFile() : "the RestClient status handler was not generated"
def passed = log.readLines().findAll { it =~ /Tests run: 9, Failures: 0, Errors: 0, Skipped: 0$/ }
assert passed.size() == 2 : "the Spring tests on the generated handlers ran and passed on Spring 6 and on Spring 7: ${passed}"
return true
