def log = new File(basedir, 'build.log').text
def generated = new File(basedir, 'target/generated-sources/api-errors/com/example/none/errors')
assert new File(generated, 'ErrorStatus.java').isFile() : "ErrorStatus.java was not generated in ${generated}"
assert new File(generated, 'ApiErrorDecoder.java').isFile() : "ApiErrorDecoder.java was not generated"
assert !new File(generated, 'ApiErrorsExceptionHandler.java').exists() : "framework none must not generate a Spring handler"
assert !generated.listFiles().any { it.text.contains('import com.fasterxml') } : "framework none sources must not use Jackson"
assert log =~ /Tests run: 5, Failures: 0, Errors: 0/ : "the tests on the generated types did not all run and pass"
